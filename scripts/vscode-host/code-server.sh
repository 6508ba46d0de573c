# Sourced: start_code_server DIR WORKSPACE [ARGS...] starts code-server on a free loopback port with its own
# user-data and extensions folders under DIR, waits for /healthz, and sets CS_PID and CS_URL.
# stop_code_server stops it. Needs env.sh sourced and setup.sh run.

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

start_code_server() {
  local dir=$1 ws=$2
  shift 2
  local port=${CS_PORT:-$(free_port)}
  mkdir -p "$dir"
  echo 'auth: none' >"$dir/cs.yaml"
  CS_ARGS=(--config "$dir/cs.yaml" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry
    --disable-update-check --disable-workspace-trust --user-data-dir "$dir/user-data"
    --extensions-dir "$dir/extensions")
  PATH=$NODE24/bin:$PATH "$CODE_SERVER" "${CS_ARGS[@]}" "$@" "$ws" >"$dir/code-server.log" 2>&1 &
  CS_PID=$!
  export CS_URL=http://127.0.0.1:$port
  for _ in $(seq 90); do
    curl -sf "$CS_URL/healthz" >/dev/null && return 0
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 1
  done
  echo "code-server did not start; its log:" >&2
  cat "$dir/code-server.log" >&2
  return 1
}

descendants() { # descendants PID: every process below PID, children first, but the sidecar (siza_ml)
  local c
  for c in $(pgrep -P "$1"); do
    grep -qa siza_ml "/proc/$c/cmdline" 2>/dev/null && continue
    descendants "$c"
    echo "$c"
  done
}
any_alive() { local p; for p; do [ -e "/proc/$p" ] && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null && return 0; done; return 1; }

# SIGTERM to code-server and everything below it (its extension hosts: code-server alone would leave them
# waiting out the reconnection grace time), SIGKILL after 10 s. Not the sidecar: it must end with its
# extension host by itself (the extension stops it, or its parent watchdog does), which the callers check.
stop_code_server() {
  [ -n "${CS_PID:-}" ] || return 0
  local tree
  tree=$(descendants "$CS_PID")
  kill -TERM "$CS_PID" $tree 2>/dev/null || true
  for _ in $(seq 20); do any_alive "$CS_PID" $tree || break; sleep 0.5; done
  kill -KILL "$CS_PID" $tree 2>/dev/null || true
  CS_PID=
}
