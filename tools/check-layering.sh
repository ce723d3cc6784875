#!/usr/bin/env bash
# The layering rules of DESIGN.md and docs/architecture.md, checked on every test run.
# Core flows one way: domain <- storage <- services <- {imports, reports}; io is a leaf.
# - core/ uses no Widgets or PrintSupport (its target does not link them; this also
#   catches a <QtWidgets/...> include that the shared Qt include root would let through);
# - ui/ and app/ run no SQL and include no <QSql...>;
# - ui/ and app/ include no storage/ header: screens and commands read and write
#   through services (services/services.h);
# - domain/ includes only domain/ headers and Qt Core (its target links Qt Core alone);
# - storage/ includes only domain/ and storage/;
# - services/ include no reports/ or imports/;
# - imports/ and reports/ include no storage/ (they go through services);
# - io/ includes only io/: formats, no knowledge of the rest.
# Usage: tools/check-layering.sh [ROOT]   (ROOT defaults to the project's root)
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"
status=0

# forbid FOLDER REGEX MESSAGE: fails when a file under FOLDER matches REGEX.
forbid() {
    local folder=$1 regex=$2 message=$3 hits
    [ -d "$folder" ] || return 0
    if hits=$(grep -rnE --include='*.h' --include='*.cpp' "$regex" "$folder"); then
        printf '%s\n' "$hits" >&2
        echo "layering: $message (above)" >&2
        status=1
    fi
}

forbid core '#include *<(QtWidgets/|QtPrintSupport/)|#include *<Q(Widget|Dialog|MainWindow|Application|MessageBox|PushButton|TableView|TreeView|PrintDialog|Printer|PrintPreviewDialog)>' \
    "core/ includes Widgets or PrintSupport headers"
forbid ui 'QSql[A-Z]|#include *<QtSql' "ui/ uses Qt Sql directly; SQL belongs in core/storage"
forbid app 'QSql[A-Z]|#include *<QtSql' "app/ uses Qt Sql directly; SQL belongs in core/storage"
forbid ui '#include *"storage/' "ui/ includes a storage/ header; go through a service (services/services.h)"
forbid app '#include *"storage/' "app/ includes a storage/ header; go through a service (services/services.h)"
forbid core/domain '#include *"(storage|services|imports|reports|io)/|#include *<(QtGui|QtSql|QtWidgets)/|#include *<QSql' \
    "domain/ includes something other than domain/ and Qt Core"
forbid core/storage '#include *"(services|imports|reports|io)/' "storage/ includes a layer above it"
forbid core/services '#include *"(imports|reports)/' "services/ include imports/ or reports/, which are built on services"
forbid core/imports '#include *"(storage|reports)/' "imports/ reach storage/ or reports/; they write through services"
forbid core/reports '#include *"(storage|imports)/' "reports/ reach storage/ or imports/; they read services"
forbid core/io '#include *"(domain|storage|services|imports|reports)/' "io/ knows more than formats"

[ $status -eq 0 ] && echo "layering: one-way core (domain <- storage <- services <- imports, reports; io a leaf), ui/ and app/ through services, no SQL outside core/storage"
exit $status
