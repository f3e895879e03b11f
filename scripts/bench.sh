#!/usr/bin/env bash
# Granary's end-to-end benchmarks on the agreement path, written as a markdown report (BENCHMARKS.md by
# default). (The old deal path's steps, TestBench and the StorageMarket gas table, were removed with
# that path.)
#   1. node/testnet/bench's TestBenchAgreements (AgreementMarket): a renter process on
#      renter.Agreements puts, gets and removes AGREE_SIZES (3+3 on 6 farmers, default 1GiB) and
#      AGREE_WIDE (10+20 on 30 farmers, default 256MiB; "none" skips), against the pipeline alone on
#      the same bytes (ratios, time to first byte, the renter's peak RSS and disk use, chain
#      transactions per put). ONLY_AGREEMENTS=1 runs only it and replaces its section (between the
#      agreements:begin/end markers) in the existing report;
#   2. node/testnet/bench's TestGatewayBench: the S3 gateway over renter.Agreements against `renter
#      put`/`get` on the same bytes (S3_SIZE, default 1GiB; the ratio of their throughputs) and the
#      gateway process's peak RSS over a multipart upload of S3_MULTIPART (default 5GiB) (SKIP_S3=1
#      skips it);
#   3. node/testnet's TestAgreementLoad with bigger files and more rounds: 20 renters on agreements
#      against 6 farmers, the goroutines, open files and live heap after each round (SKIP_LOAD=1
#      skips it);
#   4. the Hardhat AgreementMarket gas table (hardhat/test/agreements-gas.test.ts; SKIP_HARDHAT=1
#      skips it).
#
#   scripts/bench.sh                          # report in BENCHMARKS.md (~15 min)
#   OUT=/tmp/b.md SKIP_S3=1 SKIP_HARDHAT=1 scripts/bench.sh
#   ONLY_AGREEMENTS=1 AGREE_SIZES="1GiB 10GiB" scripts/bench.sh
#
# Other knobs: AGREE_REPEAT (runs of each size up to 1 GiB, default 3), LOAD_ROUNDS (default 6),
# LOAD_KIB (file size of the load test, default 1024). Temporary data (farmers' shards) goes under
# TMPDIR.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${OUT:-$root/BENCHMARKS.md}
case $out in /*) ;; *) out=$PWD/$out ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# agreements runs TestBenchAgreements (the test binary in $tmp/bench.test) and splices its section
# into the report file $1: between its markers if they are there, else at the end.
agreements() {
  local report=$1 sizes=${AGREE_SIZES:-1GiB} wide=${AGREE_WIDE:-256MiB}
  echo "== agreement path: 3+3 on 6 farmers ($sizes), 10+20 on 30 farmers ($wide)" >&2
  (cd "$tmp" && GRANARY_BENCH=1 BENCH_AGREE_SIZES="$sizes" BENCH_AGREE_WIDE="$wide" BENCH_AGREE_REPEAT="${AGREE_REPEAT:-3}" \
    BENCH_AGREE_OUT="$tmp/agreements.md" BENCH_COMMIT="$commit" \
    "$tmp/bench.test" -test.run '^TestBenchAgreements$' -test.v -test.timeout 120m) >&2
  touch "$report"
  if grep -q '^<!-- agreements:begin' "$report"; then
    awk -v sec="$tmp/agreements.md" '
      /^<!-- agreements:begin/ { while ((getline l < sec) > 0) print l; skip = 1; next }
      /^<!-- agreements:end/ { skip = 0; next }
      !skip { print }' "$report" >"$tmp/spliced.md"
    cp "$tmp/spliced.md" "$report"
  else
    { echo; cat "$tmp/agreements.md"; } >>"$report"
  fi
}

to_mib() { # "1GiB" -> 1024, "256MiB" -> 256
  case $1 in
    *GiB) echo $(( ${1%GiB} * 1024 )) ;;
    *MiB) echo "${1%MiB}" ;;
    *KiB) echo 1 ;;
    *) echo $(( ($1 + (1 << 20) - 1) >> 20 )) ;;
  esac
}
total=0
if [ -z "${ONLY_AGREEMENTS:-}" ] && [ -z "${SKIP_S3:-}" ]; then
  # The gateway bench keeps the multipart object and one S3_SIZE object, twice over (3+3).
  total=$(( 2 * ($(to_mib "${S3_SIZE:-1GiB}") + $(to_mib "${S3_MULTIPART:-5GiB}")) ))
fi
agree=0
if [ -z "${SKIP_AGREEMENTS:-}" ]; then
  for s in ${AGREE_SIZES:-1GiB}; do agree=$(( $(to_mib "$s") * 3 > agree ? $(to_mib "$s") * 3 : agree )); done
  for s in ${AGREE_WIDE:-256MiB}; do [ "$s" = none ] || agree=$(( $(to_mib "$s") * 4 > agree ? $(to_mib "$s") * 4 : agree )); done
fi
need_gib=$(( (total + agree + 1023) / 1024 + 2 ))
tmpdir=${TMPDIR:-/tmp}
avail=$(df -BG --output=avail "$tmpdir" | tail -1 | tr -dc 0-9)
if [ "$avail" -lt "$need_gib" ]; then
  echo "bench: needs ~${need_gib} GiB free in $tmpdir, only ${avail} GiB" >&2
  exit 1
fi

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain 2>/dev/null | grep -v '^?? ' | grep -v ' BENCHMARKS.md$' || true)" ]; then
  commit="$commit (with uncommitted changes)"
fi

go test -c -o "$tmp/bench.test" ./node/testnet/bench
if [ -n "${ONLY_AGREEMENTS:-}" ]; then
  agreements "$out"
  echo "bench: agreement section written to $out" >&2
  exit 0
fi

{
  echo "# Granary benchmarks"
  echo
  echo "Latest report of \`scripts/bench.sh\` at commit \`$commit\`, on the agreement path (AgreementMarket). The old deal"
  echo "path (StorageMarket deals) and its sections were removed."
  echo
} >"$tmp/report.md"

if [ -z "${SKIP_AGREEMENTS:-}" ]; then
  agreements "$tmp/report.md"
fi

if [ -z "${SKIP_S3:-}" ]; then
  echo "== S3 gateway: ${S3_SIZE:-1GiB} against renter put/get, multipart ${S3_MULTIPART:-5GiB}" >&2
  (cd "$tmp" && GRANARY_BENCH=1 BENCH_S3_SIZE="${S3_SIZE:-1GiB}" BENCH_S3_MULTIPART="${S3_MULTIPART:-5GiB}" \
    BENCH_S3_OUT="$tmp/s3.md" "$tmp/bench.test" -test.run '^TestGatewayBench$' -test.v -test.timeout 90m) >&2
  { echo; cat "$tmp/s3.md"; } >>"$tmp/report.md"
fi

if [ -z "${SKIP_LOAD:-}" ]; then
  rounds=${LOAD_ROUNDS:-6}
  kib=${LOAD_KIB:-1024}
  echo "== load: 20 renters on agreements, 6 farmers, $rounds rounds of $kib KiB files" >&2
  go test -c -o "$tmp/testnet.test" ./node/testnet
  (cd "$root/node/testnet" && LOAD_ROUNDS=$rounds LOAD_KIB=$kib "$tmp/testnet.test" -test.run '^TestAgreementLoad$' -test.v \
    -test.timeout 60m) | tee "$tmp/load.log" >&2
  {
    echo "## Load: 20 renters on agreements against 6 farmers"
    echo
    echo "node/testnet's TestAgreementLoad with LOAD_ROUNDS=$rounds LOAD_KIB=$kib: in each round every renter puts a new $kib KiB"
    echo "file (3+3, 64 KiB segments) and reads back every file it stored so far, whole and a range, all 20 at once; then the"
    echo "process settles and is measured. Everything runs in one process (chain, farmers with their heartbeat loops,"
    echo "renters); round 0 opens each renter's six agreements, later rounds only revise them. Most of the live heap is"
    echo "goleveldb's memtables (each renter has a catalogue and an agreement book, each farmer a shard index and an"
    echo "agreement database; LOAD_HEAP_PROFILE=<file> writes the profile). The test fails if goroutines or open files grow"
    echo "past round 0, or if a renter ends with other than one agreement per farmer."
    echo
    echo "| round | puts | gets | took | goroutines | open fds | live heap |"
    echo "|---|---|---|---|---|---|---|"
    sed -n 's/.*load round \([0-9]*\): \([0-9]*\) puts and \([0-9]*\) gets of [0-9]* KiB in \([0-9.]*\) s; goroutines \([0-9]*\), open fds \([0-9]*\), live heap \([0-9.]*\) MiB.*/| \1 | \2 | \3 | \4 s | \5 | \6 | \7 MiB |/p' "$tmp/load.log"
    echo
  } >>"$tmp/report.md"
fi

if [ -z "${SKIP_HARDHAT:-}" ]; then
  echo "== hardhat: AgreementMarket gas table" >&2
  env=$(scripts/setup.sh) || { echo "bench: setup failed" >&2; exit 1; }
  eval "$env"
  rm -f hardhat/cache/agreements-gas.md
  (cd hardhat && npx hardhat test mocha test/agreements-gas.test.ts) >&2
  {
    echo "## AgreementMarket gas and chain gas per TB-month (Hardhat)"
    echo
    echo "From \`cd hardhat && npx hardhat test mocha test/agreements-gas.test.ts\` (hardhat/cache/agreements-gas.md), in the"
    echo "same run; AGREEMENTS_GAS_FULL=1 measures the 10,000-agreement farmer instead of 1,000."
    echo
    # The TB-month arithmetic (from "reference load:" to the next blank line) as a code block.
    awk '/^reference load:/ && !f { print "```"; f = 1 } f && /^$/ { print "```"; f = 0 } { print } END { if (f) print "```" }' \
      hardhat/cache/agreements-gas.md
    echo
  } >>"$tmp/report.md"
fi

cp "$tmp/report.md" "$out"
echo "bench: report written to $out" >&2
