#!/usr/bin/env bash
# Builds the libFuzzer target (clang-14, ASan + UBSan) in build-fuzz/ and runs it for SECONDS
# (default 600) over a temporary copy of the seed corpus: the examples and every test fixture.
# Crashing inputs are written to build-fuzz/crashes/; keep each one as a regression fixture in
# tests/fixtures/fuzz/ (tests/tst_fuzzregressions.cpp loads them all).
#   scripts/fuzz.sh [SECONDS] [TARGET]   extra libFuzzer flags via FUZZ_FLAGS="-jobs=2 ..."
# TARGET: fuzz_design (default: designs, seeds *.ertopo) or fuzz_prices (price lists and saved
# Retail Prices API responses, seeds tests/fixtures/prices and resources/catalogue/prices.json).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
target=${2:-fuzz_design}
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}

CC=clang-14 CXX=clang++-14 cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DER_FUZZ=ON -DER_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build_dir" --target "$target"

corpus=$(mktemp -d "${TMPDIR:-/tmp}/er-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
case "$target" in
fuzz_prices)
    cp tests/fixtures/prices/*.json resources/catalogue/prices.json "$corpus/"
    dictionary=()
    ;;
*)
    find examples tests/fixtures -name '*.ertopo' -exec cp {} "$corpus/" \;
    dictionary=(-dict=fuzz/ertopo.dict)
    ;;
esac
crashes="$build_dir/crashes"
mkdir -p "$crashes"

echo "Fuzzing for ${seconds}s over $(ls "$corpus" | wc -l) seeds; crashes go to $crashes/"
# shellcheck disable=SC2086
"$build_dir/$target" "$corpus" "${dictionary[@]}" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" ${FUZZ_FLAGS:-}
