#!/usr/bin/env bash
# Checks a packaged .vsix as VS Code would install it: the worker, the model and onnxruntime-node for linux-x64 are
# inside, and the unpacked extension embeds a text with nothing from the checkout (onnxruntime-node is found in the
# extension's own node_modules). Usage: bash scripts/check-vsix.sh [dist/siza-gen-linux-x64.vsix]
set -euo pipefail
VSIX=$(realpath "${1:-dist/siza-gen-linux-x64.vsix}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -q "$VSIX" 'extension/*' -d "$tmp"
ext=$tmp/extension
for f in dist/extension.js dist/embed-worker.js models/all-MiniLM-L6-v2/siza-model.json \
  models/all-MiniLM-L6-v2/onnx/model.onnx models/all-MiniLM-L6-v2/tokenizer.json \
  node_modules/onnxruntime-node/dist/index.js node_modules/onnxruntime-node/bin/napi-v6/linux/x64/onnxruntime_binding.node \
  node_modules/onnxruntime-common/dist/cjs/index.js; do
  [ -f "$ext/$f" ] || { echo "check-vsix: $f is not in $VSIX" >&2; exit 1; }
done
other=$(unzip -Z1 "$VSIX" | grep -E 'napi-v6/(darwin|win32|linux/arm64)/|node_modules/(sharp|@huggingface|onnxruntime-web)/' || true)
[ -z "$other" ] || { echo "check-vsix: files for other platforms or unused packages:" >&2; echo "$other" >&2; exit 1; }
# The worker, driven through its message protocol (src/inference/inprocess/messages.ts), from outside the checkout.
cd "$tmp"
env -u NODE_PATH node -e '
const { Worker } = require("node:worker_threads");
const [ext, cache] = process.argv.slice(1);
const w = new Worker(ext + "/dist/embed-worker.js", { workerData: { modelsDir: ext + "/models", cacheDir: cache, intraOpThreads: 1, interOpThreads: 1 } });
w.on("error", (e) => { console.error("check-vsix: the worker failed:", e); process.exit(1); });
w.on("message", (m) => {
  if (m.type === "loaded") return;
  if (m.type !== "vectors") { console.error("check-vsix:", m.message); process.exit(1); }
  const norm = Math.hypot(...m.data);
  if (m.dimensions !== 384 || m.data.length !== 384 || Math.abs(norm - 1) > 1e-4) { console.error("check-vsix: bad vector", m.dimensions, norm); process.exit(1); }
  console.log("check-vsix: the unpacked extension embeds (384-d, norm " + norm.toFixed(6) + ")");
  process.exit(0);
});
w.postMessage({ type: "embed", id: 1, texts: ["a submit button"] });
' "$ext" "$tmp/cache"
# The analysis worker's validator type-checks TSX with the typelibs shipped beside it: a wrong prop type is an error.
env -u NODE_PATH node -e '
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
  console.log("check-vsix: the unpacked analysis worker type-checks TSX against @types/react (" + b.value.errors.length + " errors found in the bad file)");
  process.exit(0);
});
w.postMessage({ id: 1, request: { op: "validate", framework: "react", code: good, fileName: "Hi.tsx" } });
w.postMessage({ id: 2, request: { op: "validate", framework: "react", code: bad, fileName: "Hi.tsx" } });
' "$ext"
echo "check-vsix: $VSIX ($(du -h "$VSIX" | cut -f1)) is complete"
