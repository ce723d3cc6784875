#!/usr/bin/env bash
# Benchmarks of the foundation (issue 2) and of submissions (issue 3), on a release build. Prints figures; it does
# not pass or fail on time. Usage: tools/bench.sh BUILD_DIR
set -euo pipefail
build=${1:-build/release}
xhht="$build/app/xhht"
out=out/bench
mkdir -p "$out"
big="$out/units-10000.sqlite"
runs=${RUNS:-15}

now_ms() { date +%s%3N; }

# Median of a command's wall time over $runs runs, in ms.
median_ms() {
    local times=() start end
    for _ in $(seq "$runs"); do
        "$@" >/dev/null 2>&1 || { echo "bench: command failed: $*" >&2; exit 1; }
        start=$(now_ms); "$@" >/dev/null 2>&1; end=$(now_ms)
        times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

if [ ! -f "$big" ]; then
    echo "bench: creating a 10,000-unit database ($big), once"
    rm -f "$big" "$big"-wal "$big"-shm
    "$xhht" --db "$big" init >/dev/null
    "$xhht" --db "$big" demo --units 10000 --years 2024-2030
fi

# xhht init on a new file: the whole process, a fresh file each run.
init_times=()
for i in $(seq "$runs"); do
    f="$out/init-$i.sqlite"; rm -f "$f" "$f"-wal "$f"-shm
    start=$(now_ms); "$xhht" --db "$f" init >/dev/null; end=$(now_ms)
    init_times+=($((end - start)))
    rm -f "$f" "$f"-wal "$f"-shm
done
init_ms=$(printf '%s\n' "${init_times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

units_ms=$(median_ms "$xhht" --db "$big" units)
units_year_ms=$(median_ms "$xhht" --db "$big" units --year 2030 --format json)

# First paint of the main window, whole process, opening on a given screen (0 Plan,
# 1 Units) through the window state the program keeps.
first_paint() {
    local screen=$1 config paints=() line start painted
    command -v xvfb-run >/dev/null 2>&1 || { echo "n/a (xvfb-run not found)"; return; }
    config=$(mktemp -d)
    mkdir -p "$config/xhht-bench"
    printf '[window]\nscreen=%s\n' "$screen" > "$config/xhht-bench/bench_firstpaint.conf"
    for _ in $(seq "$runs"); do
        line=$(XDG_CONFIG_HOME="$config" xvfb-run -a sh -c "echo start=\$(date +%s%3N); QT_QPA_PLATFORM=xcb $build/tests/bench/bench_firstpaint $big" 2>/dev/null)
        start=$(printf '%s\n' "$line" | sed -n 's/^start=//p')
        painted=$(printf '%s\n' "$line" | sed -n 's/^first_paint_epoch_ms=//p')
        paints+=($((painted - start)))
    done
    rm -rf "$config"
    echo "$(printf '%s\n' "${paints[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
}
paint=$(first_paint 0)
paint_units=$(first_paint 1)
paint_submissions=$(first_paint 2)

# Import of a 10,000-row CSV (whole process, peak memory): the 2025 submissions of the
# big database, written as a filled-in template, into a database with the same 10,000
# units and nothing for 2025. A fresh copy each run.
base="$out/import-base.sqlite"
csv="$out/import-2025.csv"
if [ ! -f "$base" ]; then
    rm -f "$base" "$base"-wal "$base"-shm
    "$xhht" --db "$base" init >/dev/null
    "$xhht" --db "$base" demo --units 10000 --years 2024-2024 >/dev/null 2>&1
fi
"$xhht" --db "$big" import template --year 2025 --filled -o "$csv" >/dev/null
import_times=(); import_rss=()
for i in $(seq "$runs"); do
    f="$out/import-run.sqlite"; rm -f "$f" "$f"-wal "$f"-shm; cp "$base" "$f"
    sync
    start=$(now_ms)
    rss=$( { /usr/bin/time -f '%M' "$xhht" --db "$f" import submissions "$csv" >/dev/null; } 2>&1 | tail -n 1)
    end=$(now_ms)
    import_times+=($((end - start))); import_rss+=("$rss")
done
import_ms=$(printf '%s\n' "${import_times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
import_kb=$(printf '%s\n' "${import_rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
import_rows=$(($(wc -l < "$csv") - 1))

# Saving one edited submission and a year's overview, in process, on a copy.
cp "$big" "$out/save.sqlite"; rm -f "$out/save.sqlite"-wal "$out/save.sqlite"-shm
inproc=$("$build/tests/bench/bench_submissions" "$out/save.sqlite" 2025)
save_ms=$(printf '%s\n' "$inproc" | sed -n 's/^save_ms=//p')
overview_ms=$(printf '%s\n' "$inproc" | sed -n 's/^overview_ms=//p')

# Ranking 10,000 units on 10 criteria, in process (issue 4).
ranking=$("$build/tests/bench/bench_ranking" "$big" 2025)
rank_ms=$(printf '%s\n' "$ranking" | sed -n 's/^rank_ms=//p')
rank_year_ms=$(printf '%s\n' "$ranking" | sed -n 's/^rank_year_ms=//p')

units_total=$("$xhht" --db "$big" units | tail -n +2 | wc -l)
echo
echo "xhht benchmarks (median of $runs runs, release build, $(nproc) cores)"
echo "  database: $big ($units_total units, $(du -h "$big" | cut -f1))"
echo "  xhht init, new file (whole process):         ${init_ms} ms"
echo "  xhht units, 10,000-unit db (whole process):  ${units_ms} ms"
echo "  xhht units --year 2030 --format json:        ${units_year_ms} ms"
echo "  main window first paint, Plan screen:        ${paint}"
echo "  main window first paint, Units screen:       ${paint_units}"
echo "  main window first paint, Submissions 2026:   ${paint_submissions}"
echo "  xhht import submissions, ${import_rows} rows CSV:  ${import_ms} ms, peak $((import_kb / 1024)) MiB"
echo "  save one edited submission (in process):     ${save_ms} ms"
echo "  overview of 2025 for the screen (in process): ${overview_ms} ms"
echo "  ranking 10,000 units x 10 criteria (in process): ${rank_ms} ms (with reading: ${rank_year_ms} ms)"
