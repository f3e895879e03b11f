#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine and prints the environment to source:
#   eval "$(scripts/setup.sh)"
# - Node >= 22 for Hardhat 3 (fetched from the npm registry when the system Node is older),
# - the Hardhat project's npm packages (npm ci: exactly the committed lockfile),
# - Debian's chromium for the dashboard's headless-browser tests (apt, only when missing),
# - geth v1.17.8 built from source into .tools/geth (for the tests on `geth --dev`).
# abigen is a Go tool dependency (go.mod `tool`): `go tool abigen`, at the go-ethereum version in go.mod.
# Idempotent: a second run only checks.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v go >/dev/null 2>&1 || { echo "setup: Go is not installed (need Go >= 1.26)" >&2; exit 1; }
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs and npm from apt" >&2
  (apt-get update -qq && apt-get install -y -qq nodejs npm) >&2
fi
# Debian packages the tests drive, installed only when missing, in one apt run: chromium for the
# dashboard's browser tests (node/dashboard, chromedp), the aws CLI and rclone for the S3 gateway's
# client tests (node/s3gw).
pkgs=""
command -v chromium >/dev/null 2>&1 || pkgs="$pkgs chromium"
command -v aws >/dev/null 2>&1 || pkgs="$pkgs awscli"
command -v rclone >/dev/null 2>&1 || pkgs="$pkgs rclone"
if [ -n "$pkgs" ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing$pkgs from apt" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs) >/dev/null 2>&1 ||
    echo "setup: could not install$pkgs: the tests that drive them will fail" >&2
fi
nodebin=$("$root/scripts/node22.sh")
export PATH="$nodebin:$PATH"
# Hardhat writes config and caches under XDG dirs; keep them inside the checkout.
export XDG_CONFIG_HOME="$root/hardhat/.cache/xdg" XDG_DATA_HOME="$root/hardhat/.cache/xdg" XDG_CACHE_HOME="$root/hardhat/.cache/xdg"
stamp="$root/hardhat/node_modules/.granary-installed"
if [ ! -f "$stamp" ] || [ "$root/hardhat/package-lock.json" -nt "$stamp" ]; then
  # npm ci installs exactly the committed lock file and never rewrites it (npm install under Node 22
  # would add its optional native packages to hardhat/package-lock.json).
  (cd "$root/hardhat" && npm ci --no-audit --no-fund --loglevel=error) >&2
  touch "$stamp"
fi
# geth, for the tests that run the market on `geth --dev` (cmd/granary TestOutsideChainGethDev): built
# from source at v1.17.8 (the newest release whose geth command builds here) into .tools/geth, once.
gethbin="$root/.tools/geth/geth"
if [ ! -x "$gethbin" ] || ! "$gethbin" version 2>/dev/null | grep -q '^Version: 1.17.8'; then
  echo "setup: building geth v1.17.8 (a few minutes, once)" >&2
  GOBIN="$root/.tools/geth" go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8 >&2
fi
echo "export GRANARY_GETH=\"$gethbin\""
echo "export PATH=\"$nodebin:\$PATH\""
echo "export XDG_CONFIG_HOME=\"$XDG_CONFIG_HOME\" XDG_DATA_HOME=\"$XDG_DATA_HOME\" XDG_CACHE_HOME=\"$XDG_CACHE_HOME\""
