#!/usr/bin/env bash
# Builds the Debian package from the build folder (cpack -G DEB) into a temporary folder, extracts
# it (dpkg-deb -x) and checks that it holds every file of tests/installed-files.txt under usr/,
# and that its dependencies come from dpkg-shlibdeps (the Qt libraries the program links).
#   tests/check_package.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)
list="$(cd "$(dirname "$0")" && pwd)/installed-files.txt"
work=$(mktemp -d "${TMPDIR:-/tmp}/er-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v $tool >/dev/null; then
        echo "SKIP: $tool not installed (scripts/setup.sh installs dpkg-dev)"
        exit 0
    fi
done

(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log") \
    || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$work"/out/expressroute-designer_*.deb)
dpkg-deb -x "$deb" "$work/root"

failed=0
fail() { echo "FAIL: $*"; failed=1; }
while read -r path; do
    case $path in '' | '#'*) continue ;; esac
    [ -s "$work/root/usr/$path" ] || fail "not in the package: usr/$path"
done <"$list"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6widgets6 libqt6svg6 libc6; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = expressroute-designer ] || fail "wrong package name"
[ $failed -eq 0 ] && echo "$(basename "$deb"): every file present; Depends: $depends"
exit $failed
