#!/usr/bin/env bash
# The shared office database (issue 16) measured against the same work on SQLite, in the
# same run: a throwaway PostgreSQL 15 on this machine, reached over its Unix socket, with
# the 10,000-unit database of tools/bench.sh copied into it by `xhht copy`. Prints
# figures and ratios; it does not pass or fail on time. Usage:
# tools/bench-server.sh BUILD_DIR (after tools/bench.sh made out/bench/*.sqlite).
set -euo pipefail
build=${1:-build/release}
xhht="$build/app/xhht"
out=out/bench
big="$out/units-10000.sqlite"
base="$out/import-base.sqlite"
csv="$out/import-2025.csv"
runs=${RUNS:-7}
[ -f "$big" ] && [ -f "$base" ] && [ -f "$csv" ] || { echo "bench-server: run tools/bench.sh first" >&2; exit 1; }

pg=$(mktemp -d /tmp/xhht-pg-bench.XXXXXX) # its own: two runs at once do not stop each other's server
tools/pg-test-server.sh start "$pg" >/dev/null
trap 'tools/pg-test-server.sh stop "$pg"' EXIT
admin=(psql -h "$pg" -U postgres -qAt -d postgres)
uri() { echo "postgresql://postgres@/$1?host=$pg"; }

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"${admin[@]}" -c "CREATE DATABASE big"
"${admin[@]}" -c "CREATE DATABASE importbase"
start=$(now_ms)
"$xhht" copy --from "$big" --to "$(uri big)" >/dev/null
copy_ms=$(($(now_ms) - start))
"$xhht" copy --from "$base" --to "$(uri importbase)" >/dev/null

# First paint of the Submissions screen (whole process, under Xvfb), both databases.
first_paint() {
    local db=$1 line start painted config paints=()
    config=$(mktemp -d)
    for _ in $(seq "$runs"); do
        line=$(XDG_CONFIG_HOME="$config" xvfb-run -a sh -c "echo start=\$(date +%s%3N); QT_QPA_PLATFORM=xcb $build/tests/bench/bench_firstpaint '$db' 2" 2>/dev/null)
        start=$(printf '%s\n' "$line" | sed -n 's/^start=//p')
        painted=$(printf '%s\n' "$line" | sed -n 's/^first_paint_epoch_ms=//p')
        paints+=($((painted - start)))
    done
    rm -rf "$config"
    printf '%s\n' "${paints[@]}" | median
}
paint_sqlite=$(first_paint "$big")
paint_pg=$(first_paint "$(uri big)")

# Ranking 10,000 units in process, both.
rank_sqlite=$("$build/tests/bench/bench_ranking" "$big" 2025 | sed -n 's/^rank_year_ms=//p')
rank_pg=$("$build/tests/bench/bench_ranking" "$(uri big)" 2025 | sed -n 's/^rank_year_ms=//p')

# Saving one edited submission in process, both (on copies).
cp "$big" "$out/save-server.sqlite"; rm -f "$out/save-server.sqlite"-wal "$out/save-server.sqlite"-shm
save_sqlite=$("$build/tests/bench/bench_submissions" "$out/save-server.sqlite" 2025 | sed -n 's/^save_ms=//p')
save_pg=$("$build/tests/bench/bench_submissions" "$(uri big)" 2025 | sed -n 's/^save_ms=//p')

# Importing the 10,000-row CSV (whole process), alternating SQLite and PostgreSQL runs,
# each into a fresh copy of the same base.
sqlite_times=(); pg_times=()
for i in $(seq "$runs"); do
    f="$out/import-server-run.sqlite"; rm -f "$f" "$f"-wal "$f"-shm; cp "$base" "$f"; sync
    start=$(now_ms); "$xhht" --db "$f" import submissions "$csv" >/dev/null; end=$(now_ms)
    sqlite_times+=($((end - start)))
    "${admin[@]}" -c "DROP DATABASE IF EXISTS importrun" -c "CREATE DATABASE importrun TEMPLATE importbase"
    start=$(now_ms); "$xhht" --db "$(uri importrun)" import submissions "$csv" >/dev/null; end=$(now_ms)
    pg_times+=($((end - start)))
done
import_sqlite=$(printf '%s\n' "${sqlite_times[@]}" | median)
import_pg=$(printf '%s\n' "${pg_times[@]}" | median)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
echo
echo "xhht on PostgreSQL 15 (same machine, Unix socket) beside SQLite, median of $runs runs"
echo "  xhht copy of the 10,000-unit database into the server: ${copy_ms} ms"
echo "  Submissions screen first paint, 10,000 units: PostgreSQL ${paint_pg} ms, SQLite ${paint_sqlite} ms ($(ratio "$paint_pg" "$paint_sqlite"))"
echo "  ranking 10,000 units with reading (in process): PostgreSQL ${rank_pg} ms, SQLite ${rank_sqlite} ms ($(ratio "$rank_pg" "$rank_sqlite"))"
echo "  saving one submission (in process): PostgreSQL ${save_pg} ms, SQLite ${save_sqlite} ms ($(ratio "$save_pg" "$save_sqlite"))"
echo "  importing 10,000 rows (whole process): PostgreSQL ${import_pg} ms, SQLite ${import_sqlite} ms ($(ratio "$import_pg" "$import_sqlite"))"
