#!/usr/bin/env bash
# Fails when the Vietnamese translation is out of date with the source strings or has an
# unfinished or empty entry. Reads a fresh lupdate of the sources into a scratch copy, so
# the committed .ts is never rewritten here.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=translations/xhht_vi.ts
lupdate=$(command -v lupdate || true)
[ -x /usr/lib/qt6/bin/lupdate ] && lupdate=/usr/lib/qt6/bin/lupdate
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/xhht_vi.ts"
if [ -n "$lupdate" ]; then
    "$lupdate" -silent -locations none -no-obsolete core ui app -ts "$scratch/xhht_vi.ts" >/dev/null
fi
check="$scratch/xhht_vi.ts"
unfinished=$(grep -c 'type="unfinished"' "$check" || true)
empty=$(grep -c '<translation></translation>' "$check" || true)
total=$(grep -c '<source>' "$check" || true)
if [ "$unfinished" -gt 0 ] || [ "$empty" -gt 0 ]; then
    echo "xhht: $ts lacks $unfinished unfinished and $empty empty translation(s) of $total; run 'make lupdate' and translate:" >&2
    grep -A1 -B4 'type="unfinished"' "$check" | grep '<source>' | head -n 20 >&2 || true
    exit 1
fi
echo "translations: $ts complete ($total strings)"
