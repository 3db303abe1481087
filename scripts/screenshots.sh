#!/usr/bin/env bash
# Refreshes docs/screenshots/ (the README shows docs/screenshots/main-window.png): builds the
# screenshot tool and runs it offscreen on an example.
#   scripts/screenshots.sh [design.ertopo]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
if [ ! -f "$BUILD_DIR/build.ninja" ] && [ ! -f "$BUILD_DIR/Makefile" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$BUILD_DIR" --target er-screenshots
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/er-screenshots" docs/screenshots "${1:-examples/maximum-resiliency.ertopo}"
