#!/usr/bin/env bash
# The README's run command: build, make the demo store on first run, open Batscope on it
# (or on the directory given as the first argument), and write the demo's archive
# demo.batpak.tar.zst next to it. Without a display the app saves a
# screenshot, prints where, and exits.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
DEMO="${XDG_DATA_HOME:-$HOME/.local/share}/batscope/demo"
if [ ! -d "$DEMO" ] || [ -z "$(ls -A "$DEMO" 2>/dev/null)" ]; then
  echo "Generating the demo store in $DEMO (200,000 events)…"
  mkdir -p "$(dirname "$DEMO")"
  ./build/app/batscope-cli generate "$DEMO" --events 200000 --entities 50 --scopes 8 \
    --segment-bytes 8388608 --seed 1
fi
ARCHIVE="$(dirname "$DEMO")/demo.batpak.tar.zst"
if [ ! -f "$ARCHIVE" ]; then
  ./build/app/batscope-cli archive "$DEMO" "$ARCHIVE"
fi
if [ $# -gt 0 ]; then
  exec ./build/app/batscope "$@"
fi
exec ./build/app/batscope "$DEMO"
