#!/usr/bin/env bash
# Installs the build folder into a temporary prefix (cmake --install BUILD --prefix TMP) and checks
# what a user's system gets: every file of tests/installed-files.txt, icons of the right size, a
# menu entry, file type and metainfo the desktop tools accept, and a program that answers.
#   tests/check_install.sh BUILD_DIR
set -euo pipefail
build_dir=$1
list="$(dirname "$0")/installed-files.txt"
prefix=$(mktemp -d "${TMPDIR:-/tmp}/er-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build_dir" --prefix "$prefix" >/dev/null
failed=0
fail() { echo "FAIL: $*"; failed=1; }

while read -r path; do
    case $path in '' | '#'*) continue ;; esac
    [ -s "$prefix/$path" ] || fail "not installed (or empty): $path"
done <"$list"
[ -x "$prefix/bin/expressroute-designer" ] || fail "bin/expressroute-designer is not executable"

# Each PNG icon has the size its folder names.
if command -v file >/dev/null; then
    for png in "$prefix"/share/icons/hicolor/*x*/apps/*.png; do
        size=$(basename "$(dirname "$(dirname "$png")")")
        file "$png" | grep -q "PNG image data, ${size%x*} x ${size#*x}," \
            || fail "$png is not a ${size} PNG: $(file -b "$png")"
    done
else
    echo "SKIP: 'file' not installed, icon sizes not checked"
fi

app_id=org.expressroutedesigner.ExpressRouteDesigner
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/$app_id.desktop" \
        || fail "desktop-file-validate refused the .desktop file"
else
    echo "SKIP: desktop-file-validate not installed (scripts/setup.sh installs desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" \
        || fail "appstreamcli refused the metainfo"
else
    echo "SKIP: appstreamcli not installed (scripts/setup.sh installs appstream)"
fi
# The file type: shared-mime-info compiles it, and recognises a design by name and by content.
if command -v update-mime-database >/dev/null; then
    # (with the prefix among the data folders, so that only a real complaint prints anything)
    complaint=$(XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
        update-mime-database "$prefix/share/mime" 2>&1) || fail "update-mime-database failed"
    [ -z "$complaint" ] || fail "update-mime-database complained: $complaint"
    [ -s "$prefix/share/mime/application/x-expressroute-topology.xml" ] \
        || fail "update-mime-database did not register application/x-expressroute-topology"
    grep -q 'expressroute-designer-topology' "$prefix/share/mime/magic" \
        || fail "the .ertopo content magic is missing from the compiled mime database"
    grep -q '\*\.ertopo' "$prefix/share/mime/globs2" || fail "the *.ertopo glob is missing"
else
    echo "SKIP: update-mime-database not installed, the file type is not compiled"
fi
grep -q "^MimeType=application/x-expressroute-topology;" \
    "$prefix/share/applications/$app_id.desktop" || fail "the menu entry does not open .ertopo files"

# The installed program answers in a terminal.
"$prefix/bin/expressroute-designer" --version | grep -q "^expressroute-designer " \
    || fail "the installed program does not answer --version"
"$prefix/bin/expressroute-designer" validate \
    "$prefix/share/expressroute-designer/examples/maximum-resiliency.ertopo" >/dev/null \
    || fail "the installed program does not validate an installed example"

[ $failed -eq 0 ] && echo "Installed files: all $(grep -cv '^\(#\|$\)' "$list") present and valid"
exit $failed
