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

# First paint of the main window, whole process, on a given screen (MainWindow::Screen:
# 0 Plan, 1 Units, 2 Submissions, 7 Dashboard, where the program opens).
first_paint() {
    local screen=$1 config paints=() line start painted
    command -v xvfb-run >/dev/null 2>&1 || { echo "n/a (xvfb-run not found)"; return; }
    config=$(mktemp -d)
    for _ in $(seq "$runs"); do
        line=$(XDG_CONFIG_HOME="$config" xvfb-run -a sh -c "echo start=\$(date +%s%3N); QT_QPA_PLATFORM=xcb $build/tests/bench/bench_firstpaint $big $screen" 2>/dev/null)
        start=$(printf '%s\n' "$line" | sed -n 's/^start=//p')
        painted=$(printf '%s\n' "$line" | sed -n 's/^first_paint_epoch_ms=//p')
        paints+=($((painted - start)))
    done
    rm -rf "$config"
    echo "$(printf '%s\n' "${paints[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
}
# Opening the Submissions screen from the window, as the clerk does (in process): the
# window is up on the Dashboard, the screen is asked for, built with the year's rows and
# painted. One measure per process (a built screen is kept), median over the runs.
open_screen() {
    local screen=$1 config times=() line
    command -v xvfb-run >/dev/null 2>&1 || { echo "n/a (xvfb-run not found)"; return; }
    config=$(mktemp -d)
    for _ in $(seq "$runs"); do
        line=$(XDG_CONFIG_HOME="$config" xvfb-run -a env QT_QPA_PLATFORM=xcb "$build/tests/bench/bench_openscreen" "$big" "$screen" 2>/dev/null)
        times+=("$(printf '%s\n' "$line" | sed -n 's/^open_ms=//p')")
    done
    rm -rf "$config"
    echo "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
}
open_submissions=$(open_screen 2)
paint=$(first_paint 7)
paint_plan=$(first_paint 0)
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
# A base made by an older build is upgraded here, once: a copy at an older schema would
# be upgraded (and backed up) in every run below, and measured with the import.
"$xhht" --db "$base" units >/dev/null
rm -f "$base".v*.bak
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
# What SQLite alone needs to store the rows that import wrote (the last run's database),
# with the same pragmas and commit: the floor under the import's figure.
floor=$("$build/tests/bench/bench_importfloor" "$base" "$out/import-run.sqlite" 2025)
floor_ms=$(printf '%s\n' "$floor" | sed -n 's/^floor_ms=//p')
floor_closed_ms=$(printf '%s\n' "$floor" | sed -n 's/^floor_closed_ms=//p')
floor_rows=$(printf '%s\n' "$floor" | sed -n 's/^floor_rows=//p')

# The units' own workbooks (issue 20), whole process: the 2025 workbooks of 100 units
# written by `xhht import template --per-unit`, then the 100 returned ones (filled in by
# openpyxl as units would, once) checked and imported as a folder into a fresh copy.
hundred="$out/units-100.sqlite"
if [ ! -f "$hundred" ]; then
    "$xhht" --db "$hundred" init >/dev/null
    "$xhht" --db "$hundred" demo --units 75 --years 2024-2024 >/dev/null 2>&1
fi
"$xhht" --db "$hundred" units >/dev/null
rm -f "$hundred".v*.bak
written="$out/workbooks-2025"
workbooks_ms=$(median_ms sh -c "rm -rf '$written' && '$xhht' --db '$hundred' import template --year 2025 --per-unit -o '$written'")
workbooks_count=$(find "$written" -name '*.xlsx' | wc -l)
returned="$out/workbooks-returned"
rm -rf "$returned" && cp -r "$written" "$returned"
/usr/bin/python3 tools/bench-fill-workbooks.py "$returned"
returned_times=()
for i in $(seq "$runs"); do
    f="$out/workbooks-run.sqlite"; rm -f "$f" "$f"-wal "$f"-shm; cp "$hundred" "$f"
    sync
    start=$(now_ms)
    "$xhht" --db "$f" import submissions "$returned" >/dev/null
    end=$(now_ms)
    returned_times+=($((end - start)))
done
returned_ms=$(printf '%s\n' "${returned_times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
returned_new=$("$xhht" --db "$f" submissions --year 2025 --format tsv | tail -n +2 | grep -c received || true)

# Saving one edited submission and a year's overview, in process, on a copy.
cp "$big" "$out/save.sqlite"; rm -f "$out/save.sqlite"-wal "$out/save.sqlite"-shm
inproc=$("$build/tests/bench/bench_submissions" "$out/save.sqlite" 2025)
save_ms=$(printf '%s\n' "$inproc" | sed -n 's/^save_ms=//p')
overview_ms=$(printf '%s\n' "$inproc" | sed -n 's/^overview_ms=//p')

# Ranking 10,000 units on 10 criteria, in process (issue 4).
ranking=$("$build/tests/bench/bench_ranking" "$big" 2025)
rank_ms=$(printf '%s\n' "$ranking" | sed -n 's/^rank_ms=//p')
rank_year_ms=$(printf '%s\n' "$ranking" | sed -n 's/^rank_year_ms=//p')

# The plan's tasks as obligations of 10,000 units over 7 years, in process (issue 6).
obligations=$("$build/tests/bench/bench_obligations" 10000)
obligations_fresh_ms=$(printf '%s\n' "$obligations" | sed -n 's/^generate_fresh_ms=//p')
obligations_again_ms=$(printf '%s\n' "$obligations" | sed -n 's/^generate_again_ms=//p')
obligations_count=$(printf '%s\n' "$obligations" | sed -n 's/^obligations=//p')

# The Dashboard's summary on a copy of the 10,000-unit database with 7 years of task
# obligations, in process (issue 6).
cp "$big" "$out/dashboard.sqlite"; rm -f "$out/dashboard.sqlite"-wal "$out/dashboard.sqlite"-shm
dashboard=$("$build/tests/bench/bench_dashboard" "$out/dashboard.sqlite")
dashboard_ms=$(printf '%s\n' "$dashboard" | sed -n 's/^dashboard_ms=//p')

# The phase review (issue 7): `xhht report review --phase 1 -o review.pdf` on the
# 10,000-unit database (whole process: both years read, every unit's row in Phụ lục I).
review_ms=$(runs=3 median_ms "$xhht" --db "$big" report review --phase 1 -o "$out/review-10000.pdf")
review_pages=$(pdfinfo "$out/review-10000.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')

units_total=$("$xhht" --db "$big" units | tail -n +2 | wc -l)
echo
echo "xhht benchmarks (median of $runs runs, release build, $(nproc) cores)"
echo "  database: $big ($units_total units, $(du -h "$big" | cut -f1))"
echo "  xhht init, new file (whole process):         ${init_ms} ms"
echo "  xhht units, 10,000-unit db (whole process):  ${units_ms} ms"
echo "  xhht units --year 2030 --format json:        ${units_year_ms} ms"
echo "  main window first paint, Dashboard (opening): ${paint}"
echo "  main window first paint, Plan screen:        ${paint_plan}"
echo "  main window first paint, Units screen:       ${paint_units}"
echo "  main window first paint, Submissions 2026:   ${paint_submissions}"
echo "  Submissions screen opened from the window, 2026 (in process): ${open_submissions}"
echo "  xhht import submissions, ${import_rows} rows CSV:  ${import_ms} ms, peak $((import_kb / 1024)) MiB"
echo "    SQLite alone storing the same ${floor_rows} rows (in process, INSERT ... SELECT): ${floor_ms} ms ($(awk -v a="$import_ms" -v b="$floor_ms" 'BEGIN {printf "import %.2fx the floor", a / b}'))"
echo "    the same with closing the database after, which checkpoints the WAL as the import's process does when it ends: ${floor_closed_ms} ms ($(awk -v a="$import_ms" -v b="$floor_closed_ms" 'BEGIN {printf "import %.2fx", a / b}'))"
echo "  ${workbooks_count} unit workbooks written (--per-unit, whole process): ${workbooks_ms} ms"
echo "  ${workbooks_count} returned workbooks checked and imported as a folder (whole process): ${returned_ms} ms (${returned_new} submissions received)"
echo "  save one edited submission (in process):     ${save_ms} ms"
echo "  overview of 2025 for the screen (in process): ${overview_ms} ms"
echo "  ranking 10,000 units x 10 criteria (in process): ${rank_ms} ms (with reading: ${rank_year_ms} ms)"
echo "  dashboard summary, 10,000 units with 7 years of tasks (in process): ${dashboard_ms} ms"
echo "  task obligations, 10,000 units x 7 years (${obligations_count}): ${obligations_fresh_ms} ms fresh, ${obligations_again_ms} ms again"
echo "  phase 1 review report PDF, 10,000 units (${review_pages:-?} pages, whole process, median of 3): ${review_ms} ms"

# The printed ranked list (issue 4): `xhht rank -o list.pdf` (whole process) side by side
# with LibreOffice converting an equivalent document (the same header lines and table,
# as HTML) to PDF, for 200 and 10,000 units. LibreOffice is installed here if missing
# (it is only needed for this comparison).
if ! command -v soffice >/dev/null 2>&1; then
    echo "bench: installing LibreOffice Writer for the comparison (once)"
    if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
    DEBIAN_FRONTEND=noninteractive $apt_get install -y --no-install-recommends libreoffice-writer-nogui >/dev/null
fi
small="$out/units-200.sqlite"
if [ ! -f "$small" ]; then
    "$xhht" --db "$small" init >/dev/null
    "$xhht" --db "$small" demo --units 175 --years 2024-2025 >/dev/null 2>&1
fi
# The list as an HTML document with the same content, for LibreOffice.
html_of() {
    local db=$1 year=$2 file=$3
    {
        printf '<html><head><meta charset="utf-8"><style>body{font-family:"Times New Roman",Tinos;font-size:14pt}'
        printf 'table{border-collapse:collapse;width:100%%}td,th{border:1px solid #000;font-size:13pt}</style></head><body>'
        printf '<p>UBND TỈNH TÂY NINH<br><b>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</b></p>'
        printf '<p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></p>'
        printf '<p align="center"><b>DANH SÁCH XẾP HẠNG ĐƠN VỊ HỌC TẬP NĂM %s</b></p>' "$year"
        printf '<table><thead><tr><th>Hạng</th><th>Đơn vị</th><th>Tổng điểm</th><th>Xếp loại</th><th>Ghi chú</th></tr></thead><tbody>'
        "$xhht" --db "$db" rank --year "$year" | tail -n +2 |
            awk -F'\t' '{printf "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td></td></tr>", $1, $3, $4, $5}'
        printf '</tbody></table><p align="right"><b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b></p></body></html>'
    } > "$file"
}
pdf_runs=${PDF_RUNS:-5}
compare_pdf() {
    local db=$1 label=$2 times=() lo=() rss=() start end r f html
    html="$out/list-$label.html"
    html_of "$db" 2025 "$html"
    for _ in $(seq "$pdf_runs"); do
        f="$out/list-$label.pdf"; rm -f "$f"
        start=$(now_ms)
        r=$( { /usr/bin/time -f '%M' "$xhht" --db "$db" rank --year 2025 -o "$f" >/dev/null; } 2>&1 | tail -n 1)
        end=$(now_ms)
        times+=($((end - start))); rss+=("$r")
        rm -f "$out/list-$label-lo.pdf"
        start=$(now_ms)
        soffice --headless --convert-to pdf --outdir "$out/lo" "$html" >/dev/null 2>&1
        end=$(now_ms)
        lo+=($((end - start)))
    done
    local x l m
    x=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    l=$(printf '%s\n' "${lo[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    m=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "  ranked list PDF, $label units: xhht ${x} ms (peak $((m / 1024)) MiB), soffice ${l} ms, $(awk -v a="$l" -v b="$x" 'BEGIN {printf "%.1f", a / b}')x"
}
echo "  (median of $pdf_runs runs each)"
compare_pdf "$small" 200
compare_pdf "$big" 10000

# The summary report (issue 5): `xhht report summary -o report.pdf` (whole process, 200
# units, with both appendices) side by side with LibreOffice converting the same report,
# exported by xhht as ODT, to PDF.
compare_summary() {
    local db=$1 label=$2 times=() lo=() rss=() start end r f odt
    odt="$out/summary-$label.odt"
    "$xhht" --db "$db" report summary --year 2025 -o "$odt" >/dev/null 2>&1
    for _ in $(seq "$pdf_runs"); do
        f="$out/summary-$label.pdf"; rm -f "$f"
        start=$(now_ms)
        r=$( { /usr/bin/time -f '%M' "$xhht" --db "$db" report summary --year 2025 -o "$f" >/dev/null; } 2>&1 | tail -n 1)
        end=$(now_ms)
        times+=($((end - start))); rss+=("$r")
        start=$(now_ms)
        soffice --headless --convert-to pdf --outdir "$out/lo" "$odt" >/dev/null 2>&1
        end=$(now_ms)
        lo+=($((end - start)))
    done
    local x l m pages
    x=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    l=$(printf '%s\n' "${lo[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    m=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    pages=$(pdfinfo "$out/summary-$label.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    echo "  summary report PDF, $label units ($pages pages): xhht ${x} ms (peak $((m / 1024)) MiB), soffice ${l} ms, $(awk -v a="$l" -v b="$x" 'BEGIN {printf "%.1f", a / b}')x"
}
compare_summary "$small" 200
