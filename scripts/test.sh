#!/usr/bin/env bash
# Granary's whole test suite, as CI runs it on a fresh machine (README: "Run the tests").
# Installs what it needs (scripts/setup.sh), then: gofmt, go vet, go mod tidy, the bindings check,
# the Go tests, a short run of each fuzz target, and the Hardhat tests (which print the gas table).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
env=$(scripts/setup.sh) || { echo "test: setup failed" >&2; exit 1; }
eval "$env"
step() { printf '\n== %s\n' "$*"; }

step "gofmt"
bad=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$bad" ]; then echo "gofmt would change: $bad" >&2; exit 1; fi

step "go vet"
go vet ./...

step "go mod tidy"
go mod tidy -diff

step "bindings are up to date with contracts/"
scripts/bindings.sh --check

step "go test"
go test -count=1 ./...

# The budget is a count of executions, not a duration: Go 1.26's fuzz coordinator
# can fail a target with a bare "context deadline exceeded" when a -fuzztime
# duration ends while a worker is mid-call (golang/go#75804, fixed in Go 1.27).
# A count has no deadline to race. FUZZTIME=30s still works for longer local runs.
step "fuzz (every Fuzz target, ${FUZZTIME:=50000x} each, seeds in testdata/fuzz)"
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    go test -run '^$' -fuzz "^$target\$" -fuzztime "$FUZZTIME" "$pkg"
  done
done

step "hardhat test"
(cd hardhat && npx hardhat test mocha)
