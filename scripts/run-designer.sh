#!/usr/bin/env bash
# Installs what is missing, builds, and opens the designer on a bundled example (or the files
# given).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
if [ $# -eq 0 ]; then
    set -- examples/maximum-resiliency.ertopo
fi
exec "${BUILD_DIR:-build}/expressroute-designer" "$@"
