#!/usr/bin/env bash
# Formats every C++ file the project tracks with its .clang-format (clang-format-14, Debian 12's).
# --check changes nothing and fails, naming each file, when one differs from the format.
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "format.sh: clang-format-14 is missing (scripts/setup.sh installs it)" >&2
    exit 2
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = --check ]; then
    unformatted=()
    for file in "${files[@]}"; do
        "$formatter" --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
    done
    if [ ${#unformatted[@]} -gt 0 ]; then
        echo "format.sh: ${#unformatted[@]} file(s) differ from .clang-format (run scripts/format.sh):" >&2
        printf '  %s\n' "${unformatted[@]}" >&2
        exit 1
    fi
    echo "format.sh: ${#files[@]} files match .clang-format"
else
    "$formatter" -i "${files[@]}"
fi
