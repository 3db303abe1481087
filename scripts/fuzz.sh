#!/usr/bin/env bash
# Builds a libFuzzer target (clang-14, ASan + UBSan) in build-fuzz/ and runs it for SECONDS
# (default 600) over a temporary copy of its seed corpus. Crashing inputs are written to
# build-fuzz/crashes/; keep each one as a regression fixture (designs in tests/fixtures/fuzz/,
# loaded by tst_fuzzregressions; imports in tests/fixtures/fuzz/import/, loaded by tst_import).
#   scripts/fuzz.sh [SECONDS] [TARGET]   extra libFuzzer flags via FUZZ_FLAGS="-jobs=2 ..."
# TARGET (or FUZZ_TARGET): fuzz_design (default; designs, seeds *.ertopo), fuzz_prices (price lists
# and saved Retail Prices API responses) or fuzz_import (the importers, over tests/fixtures/import).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
target=${2:-${FUZZ_TARGET:-fuzz_design}}
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}

CC=clang-14 CXX=clang++-14 cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DER_FUZZ=ON -DER_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build_dir" --target "$target"

corpus=$(mktemp -d "${TMPDIR:-/tmp}/er-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
dictionary=()
case "$target" in
fuzz_prices)
    cp tests/fixtures/prices/*.json resources/catalogue/prices.json "$corpus/"
    ;;
fuzz_import)
    # The first byte of an input picks the import's options (fuzz/fuzz_import.cpp).
    for seed in tests/fixtures/import/*.json; do
        { printf '\000'; cat "$seed"; } >"$corpus/$(basename "$seed")"
    done
    dictionary=(-dict=fuzz/import.dict)
    ;;
*)
    find examples tests/fixtures -name '*.ertopo' -exec cp {} "$corpus/" \;
    dictionary=(-dict=fuzz/ertopo.dict)
    ;;
esac
crashes="$build_dir/crashes"
mkdir -p "$crashes"

echo "Fuzzing $target for ${seconds}s over $(ls "$corpus" | wc -l) seeds; crashes go to $crashes/"
# shellcheck disable=SC2086
"$build_dir/$target" "$corpus" "${dictionary[@]}" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" ${FUZZ_FLAGS:-}
