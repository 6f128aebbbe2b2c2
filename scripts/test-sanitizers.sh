#!/usr/bin/env bash
# The engine and its tests under AddressSanitizer + UndefinedBehaviorSanitizer, in their own
# build folder (build-asan). The window is not built here: its tests run in the normal
# build. The damage corpus runs in a reduced size (ASan needs far more time per run).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build-asan}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBATSCOPE_SANITIZE=ON -DBATSCOPE_BUILD_UI=OFF "$@"
cmake --build "$BUILD_DIR" -j "$(nproc)"
cd "$BUILD_DIR"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:allocator_may_return_null=1:detect_stack_use_after_return=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export BATSCOPE_DAMAGE_CASES=${BATSCOPE_DAMAGE_CASES:-250}
ctest --output-on-failure -j "$(nproc)"
