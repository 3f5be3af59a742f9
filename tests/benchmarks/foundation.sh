#!/bin/bash
# Benchmarks of the foundation issue at province scale (100,000 employees, ~5,000 units):
#   demo generation, opening the database to the first painted page, one search keystroke, and the
#   GUI's peak memory. Each figure is printed beside a peer measured in the same run, with the ratio.
# Usage: tests/benchmarks/foundation.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
CLI="$BUILD/app/imbang-cli"
BENCH="$BUILD/tests/benchmarks/bench_mainwindow"
for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "installing the peers"; ./packaging/install-deps.sh >/dev/null; break; }
done
[ -x "$CLI" ] && [ -x "$BENCH" ] || { echo "build first: cmake --build $BUILD" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/province.sqlite"
ms() { echo $(( ($2 - $1) / 1000000 )); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
row() { printf '%-38s %10s   %-40s %10s   ratio %s\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$4")"; }

echo "Imbang foundation benchmark ($(nproc) cores, $(date -I))"
echo

# 1. Demo generation vs sqlite3 importing the same employee rows from CSV.
t0=$(date +%s%N)
"$CLI" demo --db "$DB" --employees 100000 --seed 1 >/dev/null
t1=$(date +%s%N)
demo_ms=$(ms "$t0" "$t1")
sqlite3 -csv -header "$DB" "SELECT * FROM employee" > "$WORK/employees.csv"
t0=$(date +%s%N)
sqlite3 "$WORK/peer.sqlite" ".mode csv" ".import $WORK/employees.csv employee"
t1=$(date +%s%N)
import_ms=$(ms "$t0" "$t1")
row "demo 100,000 employees (ms)" "$demo_ms" "sqlite3 .import of the same rows (ms)" "$import_ms"
echo "  target: well under 10,000 ms"

# 2-4. The GUI: open to first page, keystrokes, peak memory.
QT_QPA_PLATFORM=offscreen /usr/bin/time -v "$BENCH" "$DB" > "$WORK/gui.txt" 2> "$WORK/gui-time.txt"
value() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/gui.txt"; }
gui_rss_kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$WORK/gui-time.txt")

# Peer: the sqlite3 shell opening the file, checking it and reading the first page by name.
t0=$(date +%s%N)
sqlite3 "$DB" "PRAGMA quick_check; SELECT nip, name FROM employee WHERE active = 1 ORDER BY name COLLATE NOCASE, id LIMIT 100;" >/dev/null
t1=$(date +%s%N)
row "open to first page painted (ms)" "$(value open_to_first_page_ms)" "sqlite3: quick_check + first page (ms)" "$(ms "$t0" "$t1")"
echo "  target: < 300 ms; the GUI thread used $(value open_to_first_page_cpu_ms) ms of CPU (load average now: $(cut -d' ' -f1 /proc/loadavg));"
echo "  the integrity check (quick_check, in a worker) had finished after $(value open_to_checked_ms) ms"

# Peer: sqlite3 running the search query of one keystroke.
# (.timer prints only for statements read from standard input, not for those given as arguments.)
peer_search=$(printf '.timer on\nSELECT count(*) FROM (SELECT e.id FROM employee e WHERE e.active = 1 AND instr(e.search_text, %s) > 0 ORDER BY e.name COLLATE NOCASE, e.id);\n' "'sit'" \
    | sqlite3 "$DB" 2>&1 | awk '/Run Time/ { printf "%.1f", $4 * 1000 }')
row "search keystroke, median (ms)" "$(value keystroke_median_ms)" "sqlite3: the same query (ms)" "$peer_search"
row "search keystroke, worst (ms)" "$(value keystroke_max_ms)" "sqlite3: the same query (ms)" "$peer_search"
echo "  target: < 50 ms"

peer_rss_kb=$( { /usr/bin/time -v sqlite3 "$DB" "SELECT * FROM employee ORDER BY name;" >/dev/null; } 2>&1 | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
row "GUI peak memory (MB)" "$((gui_rss_kb / 1024))" "sqlite3 reading every employee (MB)" "$((peer_rss_kb / 1024))"
echo "  database file: $(( $(stat -c %s "$DB") / 1048576 )) MB; rows listed: $(value rows_listed)"
