#!/usr/bin/env bash
# Measures, on a database of 10,000 units, the time and peak memory of `xhht import submissions FILE --dry-run` on the
# hostile files of issue 17 and on the same data written plainly (tools/hostile-inputs.py).
# Usage: tools/bench-hostile.sh [BUILD_DIR] [WORK_DIR]   (defaults: build/dev, a temporary folder)
# LIMIT_MB=N caps each run's address space (a runaway read then fails instead of
# exhausting the machine); each run is stopped after 300 s.
# Prints one line per file: seconds, peak resident memory in MB, the file's size, the
# exit code and the first line of what the program said. Prints figures; passes or fails nothing.
set -euo pipefail

build=${1:-build/dev}
xhht=$build/app/xhht
work=${2:-$(mktemp -d)}
mkdir -p "$work"
db=$work/bench.sqlite
year=2024

rm -f "$db"
"$xhht" --db "$db" init >/dev/null
"$xhht" --db "$db" demo --units 10000 --years "$year-$year" >/dev/null 2>&1
"$xhht" --db "$db" import template --year "$year" --filled -o "$work/template.csv" >/dev/null
test -f "$work/wide.csv" || python3 "$(dirname "$0")/hostile-inputs.py" "$work/template.csv" "$work"

printf '%-12s %8s %8s %10s %4s  %s\n' file seconds peak_MB size_MB exit message
for name in narrow.csv wide.csv plain.xlsx xfd.xlsx bomb.xlsx utf8.csv w1258.csv random1.csv random2.csv; do
    file=$work/$name
    test -f "$file" || continue
    set +e
    (test -z "${LIMIT_MB:-}" || ulimit -v $((LIMIT_MB * 1024))
        exec /usr/bin/time -o "$work/time" -f '%e %M' timeout 300 "$xhht" --db "$db" import submissions "$file" --year "$year" \
        --dry-run) >"$work/out" 2>&1
    code=$?
    set -e
    read -r seconds kilobytes < <(tail -n 1 "$work/time")
    size=$(stat -c %s "$file")
    message=$( (grep -v "^\s*$" "$work/out" || true) | tail -n 1 | cut -c 1-110)
    printf '%-12s %8s %8d %10.2f %4d  %s\n' "$name" "$seconds" $((kilobytes / 1024)) \
        "$(echo "$size / 1048576" | bc -l)" "$code" "$message"
done
