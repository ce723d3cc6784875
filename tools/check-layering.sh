#!/usr/bin/env bash
# The layering rules of DESIGN.md, checked on every test run:
# - core/ uses no Widgets or PrintSupport (its target does not link them; this also
#   catches a <QtWidgets/...> include that the shared Qt include root would let through);
# - ui/ and app/ run no SQL and include no <QSql...>.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
if grep -rnE '#include *<(QtWidgets/|QtPrintSupport/)|#include *<Q(Widget|Dialog|MainWindow|Application|MessageBox|PushButton|TableView|TreeView|PrintDialog|Printer|PrintPreviewDialog)>' core; then
    echo "layering: core/ includes Widgets or PrintSupport headers (above)" >&2
    status=1
fi
if grep -rnE 'QSql[A-Z]|#include *<QtSql' ui app; then
    echo "layering: ui/ or app/ use Qt Sql directly (above); SQL belongs in core/storage" >&2
    status=1
fi
[ $status -eq 0 ] && echo "layering: core/ free of Widgets, ui/ and app/ free of SQL"
exit $status
