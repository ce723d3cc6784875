#!/usr/bin/env bash
# Fails when the Vietnamese translation has an unfinished or empty entry.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=translations/xhht_vi.ts
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
empty=$(grep -c '<translation></translation>' "$ts" || true)
total=$(grep -c '<source>' "$ts" || true)
if [ "$unfinished" -gt 0 ] || [ "$empty" -gt 0 ]; then
    echo "xhht: $ts has $unfinished unfinished and $empty empty translation(s) of $total" >&2
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -n 20 >&2 || true
    exit 1
fi
echo "translations: $ts complete ($total strings)"
