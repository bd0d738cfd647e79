#!/usr/bin/env bash
# The long run of issue 13 (docs/fuzzing.md): each named fuzz target (all when none named)
# until 10 million executions or an hour of wall time, whichever first, from the same seeds
# and dictionary as its bounded ctest run, under ASan and UBSan; then a leak-checking replay
# of the corpus it grew, with full stacks (as CI runs). Prints one table row per target.
#
# Usage (repository root, after scripts/dev.sh test built build-sanitize/):
#   tests/fuzz/long-run.sh [NAME...]
# Environment: LONGFUZZ_DIR (default /tmp/longfuzz), LONGFUZZ_SECONDS (3600),
# LONGFUZZ_RUNS (10000000), LONGFUZZ_NICE (19: beside a working session).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${SORTIE_SANITIZE_DIR:-$root/build-sanitize}
out=${LONGFUZZ_DIR:-/tmp/longfuzz}
seconds=${LONGFUZZ_SECONDS:-3600}
runs=${LONGFUZZ_RUNS:-10000000}
niceness=${LONGFUZZ_NICE:-19}

# The fuzzer, dictionary and seeds of each target, as ctest runs it (tests/fuzz/CMakeLists.txt).
mapfile -t specs < <(cd "$build" && ctest --show-only=json-v1 -L fuzz | python3 -c '
import json, sys
for test in json.load(sys.stdin)["tests"]:
    c = test["command"]
    # run-isolated.sh SANDBOX run-fuzzer.sh FUZZER SECONDS WORKDIR DICT REGRESSIONS SEED...
    i = next(k for k, a in enumerate(c) if a.endswith("run-fuzzer.sh"))
    print("\t".join([test["name"][len("fuzz."):], c[i + 1], c[i + 4], c[i + 5]] + c[i + 6:]))
')
wanted=("$@")
for spec in "${specs[@]}"; do
  IFS=$'\t' read -r -a fields <<<"$spec"
  name=${fields[0]} fuzzer=${fields[1]} dict=${fields[2]} regressions=${fields[3]}
  seeds=("${fields[@]:4}")
  if ((${#wanted[@]})) && [[ ! " ${wanted[*]} " == *" $name "* ]]; then
    continue
  fi
  work=$out/$name
  mkdir -p "$work/corpus"
  for seed in "${seeds[@]}"; do cp "$seed" "$work/corpus/seed-$(basename "$seed")"; done
  # malloc_context_size=0: ASan keeps every distinct allocation stack it ever saw, for ever,
  # and a parser fed millions of shapes makes millions of them. Measured on fuzz_aircraftjson
  # (docs/fuzzing.md): with the default 30 frames RSS passed 2 GB in 5.6 M runs while the live
  # heap stayed near 32 MB; with 4 frames it still grew (600 to 1,035 MB in 2.2 M runs); with
  # none it stayed at 490-518 MB over 1.5 M runs. A finding is replayed with full stacks below.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:malloc_context_size=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  set +e
  nice -n "$niceness" /usr/bin/time -v -o "$work/time" "$fuzzer" -detect_leaks=0 -runs="$runs" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=1048576 -dict="$dict" \
    -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus" 2>"$work/log"
  status=$?
  ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
    LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0 \
    nice -n "$niceness" "$fuzzer" -runs=0 "$work/corpus" >"$work/replay.log" 2>&1
  replay=$?
  set -e
  stat() { grep -E "^stat::$1:" "$work/log" | awk '{print $2}'; }
  cov=$(grep -oE 'cov: [0-9]+' "$work/log" | tail -1 | awk '{print $2}')
  ft=$(grep -oE 'ft: [0-9]+' "$work/log" | tail -1 | awk '{print $2}')
  wall=$(grep 'Elapsed (wall' "$work/time" | awk '{print $NF}')
  user=$(grep 'User time' "$work/time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/time" | awk '{print int($NF / 1024)}')
  findings=$( ((status == 0)) && echo 0 || echo "exit $status")
  leaks=$( ((replay == 0)) && echo 0 || echo "exit $replay")
  printf '| %s | %s | %s | %s | %s s | %s | %s | %s | %s MB | %s (replay with leak checks: %s) |\n' \
    "$name" "$(date -u +%F)" "$(stat number_of_executed_units)" "$wall" "${user%.*}" "$cov" "$ft" \
    "$(ls "$work/corpus" | wc -l)" "$rss" "$findings" "$leaks" | tee -a "$out/table.md"
done
