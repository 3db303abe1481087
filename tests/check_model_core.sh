#!/usr/bin/env bash
# The model core (model/, except the document layer in model/document/, formerly model/commands/)
# is plain C++ with nlohmann_json and Boost: no Qt header, no Qt type. Prints each offending line.
#   tests/check_model_core.sh SOURCE_DIR
set -euo pipefail
model="$1/model"
[ -d "$model/core" ] || { echo "FAIL: no model core in $model"; exit 1; }
if grep -rnE '#include *<(Q|qt)[A-Za-z]|\bQ[A-Z][a-z][A-Za-z]*\b|\bqint[0-9]+\b|\bquint[0-9]+\b|\bQ_[A-Z]+\b' \
    --include='*.h' --include='*.cpp' --exclude-dir=commands --exclude-dir=document "$model"; then
    echo "FAIL: the model core uses Qt (above); Qt belongs in er_document, er_views, er_report, er_ui"
    exit 1
fi
echo "the model core uses no Qt"
