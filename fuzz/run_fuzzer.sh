#!/usr/bin/env bash
# Runs one libFuzzer harness for SECONDS over its seeds and a growing corpus.
#   run_fuzzer.sh BINARY NAME SECONDS MAX_LEN BUILD_DIR [extra libFuzzer flags…]
# Corpus: BUILD_DIR/corpus/NAME (new inputs), seeds: BUILD_DIR/seeds/NAME (made on demand),
# regressions: fuzz/regressions/NAME (if any), crashes: BUILD_DIR/artifacts/NAME/,
# log: BUILD_DIR/logs/NAME.log.
# Prints "NAME: N execs in S s" and exits non-zero if the harness found a crash/leak/timeout/OOM.
set -uo pipefail
bin=$1 name=$2 secs=$3 maxlen=$4 build=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)
fixtures=${BATSCOPE_FIXTURES:-$here/../../shared/fixtures/batpak-0.5.0}
if [ ! -d "$build/seeds/$name" ]; then
  python3 "$here/make_seeds.py" "$fixtures" "$build/seeds" >/dev/null || exit 2
fi
mkdir -p "$build/corpus/$name" "$build/artifacts/$name" "$build/logs"
# Reproducers of fixed bugs (fuzz/regressions/NAME) are part of the seed set.
extra=()
[ -d "$here/regressions/$name" ] && extra+=("$here/regressions/$name")
log=$build/logs/$name.log
# 2 cores: one job at a time. ASan leak checks stay on (detect_leaks=1 is the default).
"$bin" -max_total_time="$secs" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$build/artifacts/$name/" "$@" \
  "$build/corpus/$name" "$build/seeds/$name" "${extra[@]}" >"$log" 2>&1
rc=$?
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
if [ $rc -ne 0 ]; then
  echo "$name: FAILED (exit $rc) after ${execs:-?} execs; see $log and $build/artifacts/$name/"
  grep -m3 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|SUMMARY' "$log"
  exit 1
fi
echo "$name: ${execs:-?} execs in ${secs} s (corpus $(ls "$build/corpus/$name" | wc -l) files)"
