#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) in build-fuzz and runs each for SECONDS (default 30).
#   scripts/fuzz.sh [SECONDS]
# Prints the executions of every harness; exits non-zero if any crashed, leaked, timed out or
# ran out of memory (reproducers in build-fuzz/artifacts/<harness>/, logs in build-fuzz/logs/).
set -euo pipefail
secs=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
fixtures=${BATSCOPE_FIXTURES:-$root/../shared/fixtures/batpak-0.5.0}

bash "$root/scripts/install-deps.sh"
CC=clang-16 CXX=clang++-16 cmake -S "$root" -B "$build" -G Ninja -DBATSCOPE_FUZZ=ON \
  -DBATSCOPE_BUILD_UI=OFF -DBATSCOPE_BUILD_TESTS=OFF -DBATSCOPE_FIXTURES="$fixtures" >/dev/null
cmake --build "$build" --target fuzzers
rm -rf "$build/seeds"
python3 "$root/fuzz/make_seeds.py" "$fixtures" "$build/seeds"

# name max_len: keep in sync with fuzz/CMakeLists.txt
harnesses=(segment:32768 frame_body:4096 sidx_footer:16384 snapshot:65536 checkpoint:65536
           visibility:1024 msgpack:4096 manifest:4096 event_query:256 data_dir:65536)
failed=()
for h in "${harnesses[@]}"; do
  name=${h%%:*} maxlen=${h##*:}
  BATSCOPE_FIXTURES=$fixtures bash "$root/fuzz/run_fuzzer.sh" "$build/fuzz/${name}_fuzzer" "$name" \
    "$secs" "$maxlen" "$build" || failed+=("$name")
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#harnesses[@]} harnesses ran ${secs} s each without a finding"
