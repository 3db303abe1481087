#!/usr/bin/env bash
# Builds the libFuzzer target (clang-14, ASan + UBSan) in build-fuzz/ and runs it for SECONDS
# (default 600) over a temporary copy of the seed corpus: the examples and every test fixture.
# Crashing inputs are written to build-fuzz/crashes/; keep each one as a regression fixture in
# tests/fixtures/fuzz/ (tests/tst_fuzzregressions.cpp loads them all).
#   scripts/fuzz.sh [SECONDS]        extra libFuzzer flags via FUZZ_FLAGS="-jobs=2 ..."
#   FUZZ_TARGET=fuzz_import scripts/fuzz.sh   the importers, over tests/fixtures/import/*.json;
#                                    keep its crashes in tests/fixtures/fuzz/import/ (tst_import)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}

CC=clang-14 CXX=clang++-14 cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DER_FUZZ=ON -DER_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
target=${FUZZ_TARGET:-fuzz_design}
cmake --build "$build_dir" --target "$target"

corpus=$(mktemp -d "${TMPDIR:-/tmp}/er-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
if [ "$target" = fuzz_import ]; then
    # The first byte of an input picks the import's options (fuzz/fuzz_import.cpp).
    for seed in tests/fixtures/import/*.json; do
        { printf '\000'; cat "$seed"; } >"$corpus/$(basename "$seed")"
    done
else
    find examples tests/fixtures -name '*.ertopo' -exec cp {} "$corpus/" \;
fi
crashes="$build_dir/crashes"
mkdir -p "$crashes"

echo "Fuzzing for ${seconds}s over $(ls "$corpus" | wc -l) seeds; crashes go to $crashes/"
dict=fuzz/ertopo.dict
[ "$target" = fuzz_import ] && dict=fuzz/import.dict
# shellcheck disable=SC2086
"$build_dir/$target" "$corpus" -dict="$dict" -max_total_time="$seconds" \
    -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" ${FUZZ_FLAGS:-}
