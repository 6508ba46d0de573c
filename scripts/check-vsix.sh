#!/usr/bin/env bash
# Checks packaged .vsix files as VS Code would install them, one by one: the target in the manifest, onnxruntime-node's
# binaries for that target only (path and architecture, by `file`), no other platform's native code, no node_modules
# but onnxruntime's and the validator's typelibs, the same model in each; then the unpacked extension embeds a text
# with nothing from the checkout (on another target's package: its JS with this machine's binary of the same
# onnxruntime-node version, when one is at hand) and its analysis worker type-checks TSX.
# Usage: bash scripts/check-vsix.sh [VSIX or DIRECTORY ...]   (a directory: its siza-gen-*.vsix; default: dist/)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "check-vsix: $*" >&2; exit 1; }
for tool in unzip file node; do
  command -v "$tool" >/dev/null || fail "needs \`$tool\` (on Debian/Ubuntu: apt install $tool)"
done

vsixes=()
[ $# -gt 0 ] || set -- "$ROOT/dist"
for a in "$@"; do
  if [ -d "$a" ]; then
    for f in "$a"/siza-gen-*.vsix; do [ -f "$f" ] && vsixes+=("$(realpath "$f")"); done
  elif [ -f "$a" ]; then
    vsixes+=("$(realpath "$a")")
  else
    fail "$a is neither a .vsix nor a directory"
  fi
done
[ ${#vsixes[@]} -gt 0 ] || fail "no siza-gen-*.vsix in $*"

host=$(node -p 'process.platform + "-" + process.arch')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
model_sha=
if [ -f "$ROOT/models/all-MiniLM-L6-v2/siza-model.json" ]; then
  model_sha=$(node -p 'require(process.argv[1]).sha256' "$ROOT/models/all-MiniLM-L6-v2/siza-model.json")
fi
summary=()

# embed EXT: the embedding worker from the unpacked extension, through its message protocol (src/inference/inprocess/messages.ts)
embed() {
  (cd "$tmp" && env -u NODE_PATH node -e '
const { Worker } = require("node:worker_threads");
const [ext, cache] = process.argv.slice(1);
const w = new Worker(ext + "/dist/embed-worker.js", { workerData: { modelsDir: ext + "/models", cacheDir: cache, intraOpThreads: 1, interOpThreads: 1 } });
w.on("error", (e) => { console.error("check-vsix: the worker failed:", e); process.exit(1); });
w.on("message", (m) => {
  if (m.type === "loaded") return;
  if (m.type !== "vectors") { console.error("check-vsix:", m.message); process.exit(1); }
  const norm = Math.hypot(...m.data);
  if (m.dimensions !== 384 || m.data.length !== 384 || Math.abs(norm - 1) > 1e-4) { console.error("check-vsix: bad vector", m.dimensions, norm); process.exit(1); }
  console.log("embeds (384-d, norm " + norm.toFixed(6) + ")");
  process.exit(0);
});
w.postMessage({ type: "embed", id: 1, texts: ["a submit button"] });
' "$1" "$tmp/cache")
}

# analyse EXT: the analysis worker's validator type-checks TSX with the typelibs shipped beside it
analyse() {
  (cd "$tmp" && env -u NODE_PATH node -e '
const { Worker } = require("node:worker_threads");
const w = new Worker(process.argv[1] + "/dist/analysis-worker.js");
const good = "export function Hi({ name }: { name: string }) { return <p className=\"text-sm\">{name}</p>; }\n";
const bad = "export function Hi({ name }: { name: string }) { return <p className={42}>{name.nope()}</p>; }\n";
const replies = new Map();
w.on("error", (e) => { console.error("check-vsix: the analysis worker failed:", e); process.exit(1); });
w.on("message", (m) => {
  replies.set(m.id, m);
  if (replies.size < 2) return;
  const [g, b] = [replies.get(1), replies.get(2)];
  if (!g.ok || !b.ok) { console.error("check-vsix: validate failed", g.error ?? b.error); process.exit(1); }
  if (!g.value.ok || g.value.warnings.length || b.value.ok || b.value.errors.length < 2) { console.error("check-vsix: the validator did not type-check", JSON.stringify([g.value, b.value])); process.exit(1); }
  console.log("type-checks TSX against @types/react (" + b.value.errors.length + " errors found in the bad file)");
  process.exit(0);
});
w.postMessage({ id: 1, request: { op: "validate", framework: "react", code: good, fileName: "Hi.tsx" } });
w.postMessage({ id: 2, request: { op: "validate", framework: "react", code: bad, fileName: "Hi.tsx" } });
' "$1")
}

check() {
  local vsix=$1 dir ext target bin arch name
  name=$(basename "$vsix")
  dir=$tmp/$name
  unzip -q "$vsix" 'extension/*' extension.vsixmanifest -d "$dir"
  ext=$dir/extension
  target=$(grep -o 'TargetPlatform="[^"]*"' "$dir/extension.vsixmanifest" | cut -d'"' -f2 || true)
  case $target in
    linux-x64) arch='ELF 64-bit LSB .*x86-64' ;;
    linux-arm64) arch='ELF 64-bit LSB .*aarch64' ;;
    darwin-x64) arch='Mach-O 64-bit .*x86_64' ;;
    darwin-arm64) arch='Mach-O 64-bit .*arm64' ;;
    win32-x64) arch='PE32\+ .*x86-64' ;;
    win32-arm64) arch='PE32\+ .*Aarch64' ;;
    *) fail "$name: its manifest names no target this project packages (TargetPlatform=\"$target\")" ;;
  esac
  case $name in siza-gen-*.vsix) [ "$name" = "siza-gen-$target.vsix" ] || fail "$name is packaged for $target" ;; esac
  bin=node_modules/onnxruntime-node/bin/napi-v6/${target%-*}/${target#*-}
  for f in dist/extension.js dist/embed-worker.js dist/analysis-worker.js models/all-MiniLM-L6-v2/siza-model.json \
    models/all-MiniLM-L6-v2/config.json models/all-MiniLM-L6-v2/tokenizer.json models/all-MiniLM-L6-v2/tokenizer_config.json \
    models/all-MiniLM-L6-v2/onnx/model.onnx node_modules/onnxruntime-node/package.json node_modules/onnxruntime-node/dist/index.js \
    "$bin/onnxruntime_binding.node" node_modules/onnxruntime-common/package.json node_modules/onnxruntime-common/dist/cjs/index.js; do
    [ -f "$ext/$f" ] || fail "$name: $f is missing"
  done
  local files
  files=$(unzip -Z1 "$vsix")
  # node_modules: onnxruntime's two packages, and the typelibs the validator reads (dist/typelibs/node_modules/@types/react, csstype)
  local stray
  stray=$(grep 'node_modules/' <<<"$files" | grep -vE '^extension/(node_modules/onnxruntime-(node|common)/|dist/typelibs/node_modules/(@types/react|csstype)/)' || true)
  [ -z "$stray" ] || fail "$name: node_modules that the extension does not use:"$'\n'"$stray"
  # every native file is one of the target's onnxruntime binaries, built for its architecture
  stray=$(grep -E 'napi-v6/|\.(node|so(\.[0-9]+)*|dylib|dll|exe)$' <<<"$files" | grep -v "^extension/$bin/" || true)
  [ -z "$stray" ] || fail "$name: native code that is not $target's onnxruntime:"$'\n'"$stray"
  local f kind natives=0
  while IFS= read -r f; do
    kind=$(file -b "$ext/$f")
    grep -qE "$arch" <<<"$kind" || fail "$name: $f is not for $target: $kind"
    natives=$((natives + 1))
  done < <(cd "$ext" && find "$bin" -type f)
  local ver common
  ver=$(node -p 'require(process.argv[1]).version' "$ext/node_modules/onnxruntime-node/package.json")
  common=$(node -p 'require(process.argv[1]).version' "$ext/node_modules/onnxruntime-common/package.json")
  [ "$ver" = "$common" ] || fail "$name: onnxruntime-node $ver beside onnxruntime-common $common"
  # the model: as stamped, and the same as the checkout's and every other package's
  local sha stamped
  sha=$( (sha256sum "$ext/models/all-MiniLM-L6-v2/onnx/model.onnx" 2>/dev/null || shasum -a 256 "$ext/models/all-MiniLM-L6-v2/onnx/model.onnx") | cut -d' ' -f1)
  stamped=$(node -p 'require(process.argv[1]).sha256' "$ext/models/all-MiniLM-L6-v2/siza-model.json")
  [ "$sha" = "$stamped" ] || fail "$name: model.onnx ($sha) is not the model its siza-model.json describes ($stamped)"
  [ -z "$model_sha" ] || [ "$sha" = "$model_sha" ] || fail "$name: its model ($sha) is not the checkout's or the other packages' ($model_sha)"
  model_sha=$sha
  echo "check-vsix: $name: $target, onnxruntime-node $ver, $natives native files ($(file -b "$ext/$bin/onnxruntime_binding.node" | sed "s/, flags:.*//" | cut -d, -f1-2)), model ${sha:0:12}"
  # the worker: the package's own binary on its own platform; elsewhere the package's JS with this machine's binary of that version
  local how hostbin=napi-v6/${host%-*}/${host#*-} src
  if [ "$target" = "$host" ]; then
    how="its own binary"
  else
    how=
    for src in "$ROOT/node_modules/onnxruntime-node" "$ROOT/node_modules/.cache/siza-ort/$ver/onnxruntime-node"; do
      if [ -f "$src/bin/$hostbin/onnxruntime_binding.node" ] && [ "$(node -p 'require(process.argv[1]).version' "$src/package.json")" = "$ver" ]; then
        mkdir -p "$ext/node_modules/onnxruntime-node/bin/$hostbin"
        cp "$src/bin/$hostbin"/* "$ext/node_modules/onnxruntime-node/bin/$hostbin/"
        how="this machine's $host binary of onnxruntime-node $ver"
        break
      fi
    done
  fi
  local said # assigned alone, so that a failing worker ends the script (set -e)
  if [ -n "$how" ]; then
    said=$(embed "$ext")
    echo "check-vsix: $name: the unpacked extension (with $how) $said"
  else
    echo "check-vsix: $name: embedding not run here (no $host binary of onnxruntime-node $ver at hand)"
  fi
  said=$(analyse "$ext")
  echo "check-vsix: $name: the unpacked analysis worker $said"
  local bytes
  bytes=$(wc -c <"$vsix" | tr -d ' ')
  summary+=("$(printf '%-26s %-13s %6s MiB  %s' "$name" "$target" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" "${how:+embeds with $how}")")
  rm -rf "$dir"
}

for v in "${vsixes[@]}"; do check "$v"; done
echo "check-vsix: ${#vsixes[@]} package(s) complete:"
printf '  %s\n' "${summary[@]}"
