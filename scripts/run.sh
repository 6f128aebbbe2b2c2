#!/usr/bin/env bash
# The README's run command: build, then run Batscope's main job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
STORE=${1:-../shared/fixtures/batpak-0.5.0/multi-segment/data}
./build/app/batscope-cli info "$STORE"
