#!/usr/bin/env bash
# Peak memory of the renter pipeline (node/pipeline) at two file sizes: builds
# node/pipeline/internal/rsscheck, which puts a generated file into a shard directory, gets it back,
# checks every byte and prints VmHWM. Fails if any run peaks at 256 MiB or more, or if the live heap
# left after a run grows by more than 16 MiB between sizes: apart from the manifest (64 bytes per
# shard in memory, ~5 MiB for 10 GiB at 10+20) nothing may grow with the file. Peaks differ more
# than live heaps between sizes: the garbage collector lets the heap reach about twice what is live
# before collecting, and a small run can end before its first collection.
#
#   scripts/pipeline-rss.sh                 # 1 GiB and 10 GiB, network parameters (10+20)
#   SIZES="1GiB 4GiB" PARAMS=devnet scripts/pipeline-rss.sh
#   PARITY=store scripts/pipeline-rss.sh    # keep parity shards too (3x the file on disk)
#
# By default only data shards are written (about the file's size on disk, removed afterwards):
# parity shards are computed and named, then dropped. SHARD_DIR sets where shards go.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sizes=${SIZES:-"1GiB 10GiB"}
params=${PARAMS:-network}
parity=${PARITY:-discard}
limit_mib=256
growth_mib=16

bin=$(mktemp -d)/rsscheck
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./node/pipeline/internal/rsscheck

to_gib() { # "10GiB" -> 10 (rounded up), for the disk check
  case $1 in
    *GiB) echo "${1%GiB}" ;;
    *MiB) echo $(( (${1%MiB} + 1023) / 1024 )) ;;
    *) echo $(( ($1 + (1 << 30) - 1) >> 30 )) ;;
  esac
}

dir_args=()
if [ -n "${SHARD_DIR:-}" ]; then dir_args=(-dir "$SHARD_DIR"); fi
check_dir=${SHARD_DIR:-${TMPDIR:-/tmp}}
mkdir -p "$check_dir"

first=""
status=0
for size in $sizes; do
  need=$(to_gib "$size")
  [ "$parity" = store ] && need=$(( need * 3 ))
  avail=$(df -BG --output=avail "$check_dir" | tail -1 | tr -dc 0-9)
  if [ "$avail" -lt $(( need + 2 )) ]; then
    echo "pipeline-rss: $size needs ~${need} GiB free in $check_dir, only ${avail} GiB" >&2
    exit 1
  fi
  echo "== $size"
  out=$("$bin" -size "$size" -params "$params" -parity "$parity" "${dir_args[@]}")
  echo "$out"
  peak=$(echo "$out" | sed -n 's/^peak RSS (VmHWM) \([0-9]*\) MiB$/\1/p')
  live=$(echo "$out" | sed -n 's/^live heap after the run \([0-9]*\)\.[0-9] MiB.*/\1/p')
  if [ -z "$peak" ] || [ -z "$live" ]; then echo "pipeline-rss: no figures in output" >&2; exit 1; fi
  if [ "$peak" -ge "$limit_mib" ]; then
    echo "pipeline-rss: FAIL: $size peaked at $peak MiB (limit $limit_mib MiB)" >&2
    status=1
  fi
  if [ -z "$first" ]; then
    first=$live
  elif [ "$live" -gt $(( first + growth_mib )) ]; then
    echo "pipeline-rss: FAIL: $size left $live MiB live, more than $growth_mib MiB above the first run ($first MiB)" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "pipeline-rss: OK (peaks under $limit_mib MiB, live heap growth under $growth_mib MiB)"
exit $status
