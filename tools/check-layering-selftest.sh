#!/usr/bin/env bash
# Proves that tools/check-layering.sh catches each rule when it is broken: for every rule
# it copies the sources into a scratch folder, adds one include that breaks the rule, and
# expects the check to fail there (and to pass on the untouched copy first).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
copy() {
    rm -rf "$scratch/tree"
    mkdir -p "$scratch/tree"
    (cd "$here" && find core ui app \( -name '*.h' -o -name '*.cpp' \) -exec cp --parents {} "$scratch/tree" \;)
}
copy
"$here/tools/check-layering.sh" "$scratch/tree" >/dev/null 2>&1 || { echo "selftest: the untouched tree fails" >&2; exit 1; }

failures=0
# breaks FILE LINE: the check must fail once LINE is added at the top of FILE.
breaks() {
    local file=$1 line=$2
    copy
    printf '%s\n' "$line" | cat - "$scratch/tree/$file" >"$scratch/tmp" && mv "$scratch/tmp" "$scratch/tree/$file"
    if "$here/tools/check-layering.sh" "$scratch/tree" >/dev/null 2>&1; then
        echo "selftest: not caught: '$line' in $file" >&2
        failures=$((failures + 1))
    else
        echo "selftest: caught '$line' in $file"
    fi
}
breaks core/services/rankingservice.cpp '#include <QWidget>'
breaks ui/mainwindow.cpp '#include <QSqlQuery>'
breaks app/main.cpp '#include <QSqlDatabase>'
breaks ui/plan/planscreen.cpp '#include "storage/planrepository.h"'
breaks app/main.cpp '#include "storage/database.h"'
breaks core/domain/points.cpp '#include "storage/database.h"'
breaks core/domain/points.cpp '#include "services/rankingservice.h"'
breaks core/domain/points.cpp '#include <QtGui/QColor>'
breaks core/storage/database.cpp '#include "services/seeder.h"'
breaks core/services/rankingservice.cpp '#include "reports/rankedlistdocument.h"'
breaks core/services/rankingservice.cpp '#include "imports/unitimport.h"'
breaks core/imports/unitimport.cpp '#include "storage/unitrepository.h"'
breaks core/reports/rankedlistdocument.cpp '#include "storage/organisationrepository.h"'
breaks core/reports/rankedlistdocument.cpp '#include "imports/unitimport.h"'
breaks core/io/csvreader.cpp '#include "domain/unit.h"'
breaks core/io/csvreader.cpp '#include "services/submissionservice.h"'
breaks core/io/csvreader.cpp '#include "storage/database.h"'
[ "$failures" -eq 0 ] || exit 1
echo "selftest: every layering rule fails when broken"
