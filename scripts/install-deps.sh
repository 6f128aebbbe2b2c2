#!/usr/bin/env bash
# Installs every Debian bookworm package Batscope needs to build, test and package.
# Safe to re-run: apt-get skips what is already installed.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libzstd-dev zlib1g-dev libarchive-dev nlohmann-json3-dev
  libisal-dev librust-blake3-dev
  clang-16 libclang-rt-16-dev libfuzzer-16-dev
  libgraphviz-dev graphviz
  xvfb xauth b3sum
  appstream desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl dpkg-dev file
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
