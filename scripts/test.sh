#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test; then builds again with AddressSanitizer
# and UndefinedBehaviorSanitizer into build-asan/ (or $ASAN_BUILD_DIR) and runs every test there
# too. ER_SKIP_SANITIZERS=1 skips the second pass.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/format.sh --check
scripts/build.sh -DER_WERROR=ON
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j2

if [ "${ER_SKIP_SANITIZERS:-0}" != 1 ]; then
    asan_dir=${ASAN_BUILD_DIR:-build-asan}
    # The first pass holds the code to -Werror; with sanitizers GCC warns falsely
    # (-Wmaybe-uninitialized), so this pass does not.
    BUILD_DIR="$asan_dir" scripts/build.sh -DER_SANITIZE=ON -DER_WERROR=OFF
    # Any sanitizer report fails the test that triggered it.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    ctest --test-dir "$asan_dir" --output-on-failure -j2
fi
