#!/bin/sh
# Builds the .deb with CPack (output stays under the build tree) and checks its
# contents and its shlibdeps-generated dependencies.
# usage: deb_package_test.sh CPACK CPACK_CONFIG PACKAGE_DIR DPKG_DEB
set -eu
cpack=$1; config=$2; pkgdir=$3; dpkg_deb=$4

rm -f "$pkgdir"/*.deb
"$cpack" -G DEB --config "$config" -B "$pkgdir"
deb=$(ls "$pkgdir"/*.deb | head -n 1)
echo "package: $deb"

contents=$("$dpkg_deb" -c "$deb")
echo "$contents"
fail=0
for f in \
  ./usr/bin/batscope \
  ./usr/bin/batscope-cli \
  ./usr/share/applications/io.github.batscope.Batscope.desktop \
  ./usr/share/mime/packages/batscope-mime.xml \
  ./usr/share/icons/hicolor/scalable/apps/io.github.batscope.Batscope.svg \
  ./usr/share/metainfo/io.github.batscope.Batscope.metainfo.xml
do
  if echo "$contents" | awk '{print $NF}' | grep -qx "$f"; then
    echo "ok: $f"
  else
    echo "FAIL: $f missing from the package"
    fail=1
  fi
done

"$dpkg_deb" -f "$deb" Package Version Architecture Section Homepage Maintainer Depends
depends=$("$dpkg_deb" -f "$deb" Depends)
for d in libqt6widgets6 libqt6core6 libc6; do
  if echo "$depends" | grep -q "$d"; then
    echo "ok: Depends mentions $d"
  else
    echo "FAIL: Depends does not mention $d"
    fail=1
  fi
done
[ "$("$dpkg_deb" -f "$deb" Package)" = batscope ] || { echo "FAIL: package name"; fail=1; }
exit $fail
