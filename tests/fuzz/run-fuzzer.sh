#!/bin/sh
# One bounded fuzz run for ctest: replay the target's crash regressions, then fuzz from the
# seeds for SECONDS. Any crash, leak, undefined behaviour, timeout or out-of-memory fails it;
# the input that did it is left in WORKDIR (crash-*, leak-*, timeout-*, oom-*) and printed.
#
# Usage: run-fuzzer.sh FUZZER SECONDS WORKDIR DICT REGRESSIONS_DIR SEED...
set -eu
fuzzer=$1 seconds=$2 work=$3 dict=$4 regressions=$5
shift 5
mkdir -p "$work/corpus"
# A fresh copy of the seeds each run; inputs the fuzzer found earlier stay (they only add coverage).
n=0
for seed in "$@"; do
  n=$((n + 1))
  cp "$seed" "$work/corpus/seed-$n-$(basename "$seed")"
done
if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions" 2>/dev/null)" ]; then
  echo "replaying $(ls "$regressions" | wc -l) regression inputs from $regressions"
  "$fuzzer" -runs=0 "$regressions"/*
fi
set +e
"$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=1048576 \
  -dict="$dict" -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus" 2>"$work/log"
status=$?
set -e
grep -E '^(#[0-9]+ *DONE|stat::|INFO: Loaded|Done [0-9]+ runs)' "$work/log" || true
if [ $status -ne 0 ]; then
  echo "FINDING (exit $status): see $work/log" >&2
  tail -n 60 "$work/log" >&2
  ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null >&2 || true
  exit 1
fi
