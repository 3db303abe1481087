#!/usr/bin/env bash
# Builds the Debian package: a Release build without the tests in build-package/ (or $BUILD_DIR),
# then `cpack -G DEB`, whose dependencies come from dpkg-shlibdeps. Prints the .deb's path.
#   scripts/package.sh            then: sudo apt install ./build-package/expressroute-designer_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build_dir=${BUILD_DIR:-build-package}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build_dir"
(cd "$build_dir" && cpack -G DEB >/dev/null)
ls "$PWD/$build_dir"/expressroute-designer_*.deb
