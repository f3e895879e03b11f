#!/usr/bin/env bash
# Builds the granary binary into ./build/granary and runs `granary demo` on the embedded chain:
# a devnet, 8 farmers, a renter and an auditor in one process, telling the agreement market's story
# (puts, removal, heartbeats, misses and disqualification, repair, settlement, claims) in about 15 s.
# Extra arguments go to the demo (e.g. --size 32MiB, --json). Needs only Go (the contract bindings
# are checked in).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
go build -o build/granary ./cmd/granary
exec build/granary demo "$@"
