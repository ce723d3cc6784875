#!/usr/bin/env bash
# The submission import measured against its aims (issues 17, 20 and 16), on a release build, after
# tools/bench.sh made out/bench/*.sqlite and out/bench/import-2025.csv. Prints figures; it does not pass or
# fail on time or memory. Usage: tools/bench-import.sh [BUILD_DIR] [OTHER_XHHT]
#   OTHER_XHHT: another build's xhht (such as main's), measured in the same runs, alternating, for a
#   before/after on the same loaded machine.
#   PARTS=memory,speed,server (the default: all three); RUNS=N (default 5).
set -euo pipefail
build=${1:-build/release}
other=${2:-}
xhht="$build/app/xhht"
out=out/bench
runs=${RUNS:-5}
parts=${PARTS:-memory,speed,server}
big="$out/units-10000.sqlite"
base="$out/import-base.sqlite"
csv="$out/import-2025.csv"
[ -f "$big" ] && [ -f "$base" ] && [ -f "$csv" ] || { echo "bench-import: run tools/bench.sh first" >&2; exit 1; }
work="$out/import-bench"
mkdir -p "$work"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
fresh() { rm -f "$2" "$2"-wal "$2"-shm; cp "$1" "$2"; sync; }
binaries=("$xhht")
[ -n "$other" ] && binaries+=("$other")
label() { [ "$1" = "$xhht" ] && echo "this build" || echo "other ($1)"; }

# The databases at this build's schema, once (a copy at an older one would be upgraded in every run).
for db in "$big" "$base"; do "$xhht" --db "$db" units >/dev/null; rm -f "$db".v*.bak; done

if [[ $parts == *memory* ]]; then
    # Issue 17: peak memory of the whole process against 64 MiB + 20 x the file's size in MB.
    "$xhht" --db "$big" import template --year 2025 --filled -o "$work/full-2025.csv" >/dev/null
    head -n 1 "$work/full-2025.csv" >"$work/one-row.csv"
    sed -n 50p "$work/full-2025.csv" >>"$work/one-row.csv"
    if [ ! -f "$work/hostile/plain.xlsx" ]; then
        /usr/bin/python3 tools/hostile-inputs.py "$work/full-2025.csv" "$work/hostile" >/dev/null
    fi
    db="$work/memory.sqlite"
    peak() { # BINARY DATABASE FILE [ARGS...]: peak KB
        local x=$1 d=$2 f=$3
        shift 3
        /usr/bin/time -o "$work/peak" -f '%M' "$x" --db "$d" import submissions "$f" "$@" >/dev/null 2>&1 || true
        tail -n 1 "$work/peak"
    }
    echo
    echo "Peak memory (whole process, /usr/bin/time %M), 10,000-unit databases; limit 64 MiB + 20 x N MB"
    for x in "${binaries[@]}"; do
        echo "  $(label "$x"):"
        fresh "$big" "$db"
        units_kb=$({ /usr/bin/time -f '%M' "$x" --db "$db" units >/dev/null; } 2>&1 | tail -n 1)
        echo "    xhht units (the process floor): $((units_kb / 1024)) MiB"
        report() { # NAME FILE KB
            local mb limit
            mb=$(awk -v s="$(stat -c %s "$2")" 'BEGIN {printf "%.2f", s / 1e6}')
            limit=$(awk -v m="$mb" 'BEGIN {printf "%.0f", 64 * 1.048576 + 20 * m}')
            printf '    %-58s %5.1f MB peak, limit %4s MB (file %s MB): %s\n' "$1" "$(awk -v k="$3" 'BEGIN {print k * 1024 / 1e6}')" \
                "$limit" "$mb" "$(awk -v k="$3" -v l="$limit" 'BEGIN {print (k * 1024 / 1e6 <= l) ? "under" : "OVER"}')"
        }
        fresh "$base" "$db"
        report "bench CSV, 10,000 new rows, written" "$csv" "$(peak "$x" "$db" "$csv")"
        fresh "$big" "$db"
        report "bench CSV again over 10,000 stored (2025), written" "$work/full-2025.csv" \
            "$(peak "$x" "$db" "$work/full-2025.csv")"
        report "1-row CSV, 10,000 stored in 2025, --dry-run" "$work/one-row.csv" "$(peak "$x" "$db" "$work/one-row.csv" --dry-run)"
        report "1-row CSV, 10,000 stored in 2025, written" "$work/one-row.csv" "$(peak "$x" "$db" "$work/one-row.csv")"
        report "narrow.csv (50,000 rows, error-heavy), --dry-run" "$work/hostile/narrow.csv" \
            "$(peak "$x" "$db" "$work/hostile/narrow.csv" --dry-run)"
        report "plain.xlsx (100,000 rows, 90,000 errors), --dry-run" "$work/hostile/plain.xlsx" \
            "$(peak "$x" "$db" "$work/hostile/plain.xlsx" --dry-run)"
        report "plain.xlsx (100,000 rows, 90,000 errors), written" "$work/hostile/plain.xlsx" \
            "$(peak "$x" "$db" "$work/hostile/plain.xlsx")"
    done
fi

if [[ $parts == *speed* ]]; then
    # Issue 20: the 10,000-row import (whole process) beside SQLite alone storing the same rows
    # (bench_importfloor, in process), in the same run; each binary alternating on fresh copies.
    declare -A times cpu
    for _ in $(seq "$runs"); do
        for x in "${binaries[@]}"; do
            f="$work/speed.sqlite"
            fresh "$base" "$f"
            start=$(now_ms)
            used=$({ /usr/bin/time -f '%U %S' "$x" --db "$f" import submissions "$csv" >/dev/null; } 2>&1 | tail -n 1)
            end=$(now_ms)
            times[$x]+="$((end - start)) "
            cpu[$x]+="$(awk -v u="${used% *}" -v s="${used#* }" 'BEGIN {printf "%.0f", (u + s) * 1000}') "
        done
    done
    floor=$("$build/tests/bench/bench_importfloor" "$base" "$work/speed.sqlite" 2025)
    floor_ms=$(printf '%s\n' "$floor" | sed -n 's/^floor_ms=//p')
    floor_closed_ms=$(printf '%s\n' "$floor" | sed -n 's/^floor_closed_ms=//p')
    echo
    echo "Import of the 10,000-row CSV (whole process, median of $runs runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
    echo "  SQLite alone storing the same rows (bench_importfloor): ${floor_ms} ms, ${floor_closed_ms} ms with the close"
    for x in "${binaries[@]}"; do
        m=$(printf '%s\n' ${times[$x]} | median)
        c=$(printf '%s\n' ${cpu[$x]} | median)
        echo "  $(label "$x"): ${m} ms ($(ratio "$m" "$floor_ms") the floor, $(ratio "$m" "$floor_closed_ms") with the close), CPU ${c} ms; runs: ${times[$x]}"
    done
fi

if [[ $parts == *server* ]]; then
    # Issue 16: the same import on PostgreSQL 15 (a throwaway server on this machine, Unix socket),
    # alternating with SQLite, each into a fresh copy of the same base; then on a server set up with
    # `xhht server init` (roles, grants, row-level security and triggers in force, as in an office).
    pg=$(mktemp -d /tmp/xhht-pg-import.XXXXXX)
    tools/pg-test-server.sh start "$pg" >/dev/null
    trap 'tools/pg-test-server.sh stop "$pg"' EXIT
    admin=(psql -h "$pg" -U postgres -qAt -d postgres)
    uri() { echo "postgresql://postgres@/$1?host=$pg"; }
    "${admin[@]}" -c "CREATE DATABASE importbase" -c "CREATE DATABASE importaccess"
    "$xhht" copy --from "$base" --to "$(uri importbase)" >/dev/null
    "$xhht" copy --from "$base" --to "$(uri importaccess)" >/dev/null
    "$xhht" --db "$(uri importaccess)" server init >/dev/null
    echo
    echo "Import of the 10,000-row CSV on PostgreSQL beside SQLite (whole process, median of $runs runs)"
    for x in "${binaries[@]}"; do
        s=(); p=(); a=()
        for _ in $(seq "$runs"); do
            f="$work/server.sqlite"
            fresh "$base" "$f"
            start=$(now_ms); "$x" --db "$f" import submissions "$csv" >/dev/null; s+=($(($(now_ms) - start)))
            "${admin[@]}" -c "DROP DATABASE IF EXISTS importrun" -c "CREATE DATABASE importrun TEMPLATE importbase"
            start=$(now_ms); "$x" --db "$(uri importrun)" import submissions "$csv" >/dev/null; p+=($(($(now_ms) - start)))
            "${admin[@]}" -c "DROP DATABASE IF EXISTS importrun" -c "CREATE DATABASE importrun TEMPLATE importaccess"
            start=$(now_ms); "$x" --db "$(uri importrun)" import submissions "$csv" >/dev/null; a+=($(($(now_ms) - start)))
        done
        ms=$(printf '%s\n' "${s[@]}" | median)
        mp=$(printf '%s\n' "${p[@]}" | median)
        ma=$(printf '%s\n' "${a[@]}" | median)
        echo "  $(label "$x"): SQLite ${ms} ms; PostgreSQL ${mp} ms ($(ratio "$mp" "$ms")); after server init ${ma} ms ($(ratio "$ma" "$ms"))"
    done
fi
