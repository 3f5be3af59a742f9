#!/bin/sh
# Workload benchmark at province scale: 100,000 employees and about 5,000 units (demo data).
#   full recompute (WorkloadEngine::compute, everything the dashboard shows)   target < 100 ms
#   dashboard switch between two dinas (figures, tables, four charts, painted) target < 150 ms
# Beside each, in the same run, sqlite3 running the equivalent aggregation queries, and the ratio.
# Usage: tests/benchmarks/workload.sh [build-dir]   (default build-ci; RUNS=15 EMPLOYEES=100000)
set -eu
BUILD=${1:-build-ci}
RUNS=${RUNS:-15}
EMPLOYEES=${EMPLOYEES:-100000}
cd "$(dirname "$0")/../.."
cmake --build "$BUILD" -j2 --target imbang-cli workload_benchmark >/dev/null

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/office.sqlite"
export IMBANG_TODAY="${IMBANG_TODAY:-2026-11-29}" QT_QPA_PLATFORM=offscreen

start=$(date +%s%N)
"$BUILD/app/imbang-cli" demo --employees "$EMPLOYEES" --db "$DB" >/dev/null
demo_ms=$(( ($(date +%s%N) - start) / 1000000 ))

OUT=$("$BUILD/tests/benchmarks/workload_benchmark" "$DB" --runs "$RUNS" 2>/dev/null)
value() { echo "$OUT" | sed -n "s/^$1=//p"; }

# The same figures computed by sqlite3 alone (rows written to /dev/null): the engine's queries, except that
# sqlite3 also groups the retirement candidates by birth-year key, which the engine does in memory. Those
# read are the ones who can reach BUP (58 at the least) within the five outlook years.
YEAR=$(echo "$IMBANG_TODAY" | cut -c1-4)
LIMIT="$((YEAR + 4 - 58))-12-01"
cat > "$WORK/recompute.sql" <<SQL
SELECT id, parent_id, code, name, region, kind FROM unit;
SELECT id, code, name, family, kind, level, teacher, bup_override FROM position ORDER BY name;
SELECT unit_id, position_id, need, source FROM staffing_need;
SELECT unit_id, position_id, count(*) FROM employee WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 GROUP BY unit_id, position_id;
SELECT unit_id, position_id, CAST(substr(birth_date, 1, 4) AS INTEGER) + (substr(birth_date, 6, 2) = '12') AS k, count(*) FROM employee WHERE unit_id IS NOT NULL AND position_id IS NOT NULL AND active = 1 AND birth_date >= '1000' AND birth_date < '$LIMIT' GROUP BY unit_id, position_id, k;
SQL
# A switch done in SQL instead of memory: need and staff per sub-unit of the second dinas, over its subtree.
cat > "$WORK/switch.sql" <<SQL
WITH RECURSIVE sub(id, top) AS (SELECT id, id FROM unit WHERE parent_id = (SELECT id FROM unit WHERE code = '02.08') UNION ALL SELECT u.id, sub.top FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT sub.top, sum(s.need) FROM staffing_need s JOIN sub ON s.unit_id = sub.id GROUP BY sub.top;
WITH RECURSIVE sub(id, top) AS (SELECT id, id FROM unit WHERE parent_id = (SELECT id FROM unit WHERE code = '02.08') UNION ALL SELECT u.id, sub.top FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT sub.top, count(*) FROM employee e JOIN sub ON e.unit_id = sub.id WHERE e.active = 1 GROUP BY sub.top;
SQL

# Median over RUNS of the summed "Run Time: real" (wall) and user+sys (CPU) of one pass over a query file,
# after one warm-up pass, all in one sqlite3 process.
sqlite_ms() {
    {
        echo ".output /dev/null"
        cat "$1"
        echo ".timer on"
        i=0
        while [ $i -lt "$RUNS" ]; do cat "$1"; echo "SELECT 'end-of-pass';"; i=$((i + 1)); done
    } | sqlite3 "$DB" 2>&1 | awk -v n="$(grep -c ';' "$1")" '
        /^Run Time:/ { wall += $4; cpu += $6 + $8; k++
                       if (k == n) { printf "%.3f %.3f\n", wall * 1000, cpu * 1000; wall = 0; cpu = 0 }
                       if (k == n + 1) k = 0 }' > "$WORK/passes"
    echo "$(cut -d' ' -f1 "$WORK/passes" | median) $(cut -d' ' -f2 "$WORK/passes" | median)"
}
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
set -- $(sqlite_ms "$WORK/recompute.sql"); sq_wall=$1; sq_cpu=$2
set -- $(sqlite_ms "$WORK/switch.sql"); sw_wall=$1; sw_cpu=$2

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
verdict() { awk -v a="$1" -v t="$2" 'BEGIN { print (a < t) ? "ok" : "OVER" }'; }

echo "Workload benchmark: $EMPLOYEES employees, $(sqlite3 "$DB" 'SELECT count(*) FROM unit') units, $(value posts) posts; demo built in ${demo_ms} ms"
printf '%-34s %10s %10s %7s  %s\n' "figure (median of $RUNS)" "imbang" "sqlite3" "ratio" "target"
printf '%-34s %7s ms %7s ms %7s  %s\n' "full recompute, wall" "$(value recompute_ms)" "$sq_wall" \
    "$(ratio "$(value recompute_ms)" "$sq_wall")" "< 100 ms $(verdict "$(value recompute_ms)" 100)"
printf '%-34s %7s ms %7s ms %7s\n' "full recompute, CPU" "$(value recompute_cpu_ms)" "$sq_cpu" \
    "$(ratio "$(value recompute_cpu_ms)" "$sq_cpu")"
printf '%-34s %7s ms %7s ms %7s  %s\n' "dashboard switch 01.08 <-> 02.08, wall" "$(value switch_ms)" "$sw_wall" \
    "$(ratio "$(value switch_ms)" "$sw_wall")" "< 150 ms $(verdict "$(value switch_ms)" 150)"
printf '%-34s %7s ms %7s ms %7s\n' "dashboard switch, CPU" "$(value switch_cpu_ms)" "$sw_cpu" \
    "$(ratio "$(value switch_cpu_ms)" "$sw_cpu")"
echo "(sqlite3 switch peer: need and staff per sub-unit of one dinas by recursive SQL; the dashboard also"
echo " rebuilds four charts and three tables and paints them. CPU is this thread's time: on a shared machine"
echo " the wall clock also counts waiting for a core.)"
