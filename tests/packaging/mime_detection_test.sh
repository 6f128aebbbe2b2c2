#!/bin/sh
# Installs batscope-mime.xml into a private XDG data dir and checks that
# xdg-mime names our types for a fixture archive and segment.
# usage: mime_detection_test.sh MIME_XML BATSCOPE_CLI FIXTURE_DATA_DIR WORK_DIR
set -eu
mime_xml=$1; cli=$2; data=$3; work=$4

rm -rf "$work"
mkdir -p "$work/xdg/mime/packages" "$work/files"
cp "$mime_xml" "$work/xdg/mime/packages/"

XDG_DATA_HOME="$work/xdg"
XDG_DATA_DIRS="$work/xdg:/usr/share"
export XDG_DATA_HOME XDG_DATA_DIRS
update-mime-database "$work/xdg/mime"
# Keep xdg-mime on its generic code path (mimetype from libfile-mimeinfo-perl).
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID || true

"$cli" archive "$data" "$work/files/tiny.batpak.tar.zst"
cp "$data/000001.fbat" "$work/files/000001.fbat"
# Same bytes without the .fbat extension: only the FBAT magic can identify it.
cp "$data/000001.fbat" "$work/files/segment-without-extension"

fail=0
expect() {
  got=$(xdg-mime query filetype "$1" | tr -d '\r')
  # Some backends append "; charset=…"
  got=${got%%;*}
  if [ "$got" = "$2" ]; then
    echo "ok: $1 -> $got"
  else
    echo "FAIL: $1 -> '$got' (expected $2)"
    fail=1
  fi
}
expect "$work/files/tiny.batpak.tar.zst" application/x-batpak-archive
expect "$work/files/000001.fbat" application/x-batpak-segment
expect "$data/000001.fbat" application/x-batpak-segment
expect "$work/files/segment-without-extension" application/x-batpak-segment
exit $fail
