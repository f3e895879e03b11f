#!/usr/bin/env bash
# Generates the Go bindings in bindings/ from the Hardhat build of contracts/ (abigen, v1 style).
#   scripts/bindings.sh          regenerate bindings/
#   scripts/bindings.sh --check  fail if bindings/ differs from what the contracts compile to
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
env=$("$root/scripts/setup.sh") || exit 1
eval "$env"
check=0
[ "${1:-}" = "--check" ] && check=1
(cd "$root/hardhat" && npx hardhat build --quiet >/dev/null)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for c in GranaryToken AgreementMarket; do
  art="$root/hardhat/artifacts/contracts/$c.sol/$c.json"
  node -e 'const a=require(process.argv[1]); const fs=require("fs");
    fs.writeFileSync(process.argv[2]+".abi", JSON.stringify(a.abi));
    fs.writeFileSync(process.argv[2]+".bin", a.bytecode);' "$art" "$out/$c"
  lower=$(echo "$c" | sed -E 's/([a-z])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')
  (cd "$root" && go tool abigen --abi "$out/$c.abi" --bin "$out/$c.bin" --pkg bindings --type "$c" --out "$out/$lower.go")
done
if [ $check = 1 ]; then
  stale=0
  for f in "$out"/*.go; do
    if ! cmp -s "$f" "$root/bindings/$(basename "$f")"; then
      echo "bindings: bindings/$(basename "$f") is stale: run scripts/bindings.sh and commit" >&2; stale=1
    fi
  done
  [ $stale = 0 ] && echo "bindings: up to date"
  exit $stale
fi
mkdir -p "$root/bindings"
cp "$out"/*.go "$root/bindings/"
echo "bindings: regenerated $(ls "$out"/*.go | wc -l) files in bindings/"
