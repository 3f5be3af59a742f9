#!/bin/sh
# Planner benchmark at province scale: 100,000 employees and about 5,000 units (demo data).
#   plan of the whole office (RebalancePlanner::plan)   target < 2 s wall, < 500 MB peak memory
# Beside it, in the same run: the workload engine's full recompute (the planner's first step) and glpsol
# (GLPK) solving the same network as an LP, both phases; the ratios, and both objectives, which must match.
# Usage: tests/benchmarks/planner.sh [build-dir]
#   (default build-ci; RUNS=5 EMPLOYEES=100000 GLPSOL=1 GLPSOL_TIMEOUT=3600; glpsol needs about 20 minutes on
#   the 100,000-employee network, GLPSOL=0 skips it)
set -eu
BUILD=${1:-build-ci}
RUNS=${RUNS:-5}
EMPLOYEES=${EMPLOYEES:-100000}
GLPSOL=${GLPSOL:-1}
GLPSOL_TIMEOUT=${GLPSOL_TIMEOUT:-3600}
cd "$(dirname "$0")/../.."
cmake --build "$BUILD" -j2 --target imbang-cli planner_benchmark >/dev/null

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/office.sqlite"
export IMBANG_TODAY="${IMBANG_TODAY:-2026-11-29}" QT_QPA_PLATFORM=offscreen
"$BUILD/app/imbang-cli" demo --employees "$EMPLOYEES" --db "$DB" >/dev/null

OUT=$("$BUILD/tests/benchmarks/planner_benchmark" "$DB" --runs "$RUNS" --lp "$WORK/plan")
value() { echo "$OUT" | sed -n "s/^$1=//p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
verdict() { awk -v a="$1" -v t="$2" 'BEGIN { print (a < t) ? "ok" : "OVER" }'; }

echo "Planner benchmark: $EMPLOYEES employees, $(sqlite3 "$DB" 'SELECT count(*) FROM unit') units, $(sqlite3 "$DB" 'SELECT count(*) FROM position') positions"
echo "network: $(value supply_posts) surplus posts, $(value demand_posts) shortage posts, $(value candidates) candidates, $(value nodes) nodes, $(value arcs) arcs"
echo "plan: $(value moves) moves, shortage $(value shortage_before) -> $(value shortage_after), surplus $(value surplus_before) -> $(value surplus_after), $(value distance_km) km"
printf '%-40s %10s  %s\n' "figure (median of $RUNS)" "value" "target"
printf '%-40s %7s ms  %s\n' "plan, wall" "$(value plan_ms)" "< 2000 ms $(verdict "$(value plan_ms)" 2000)"
printf '%-40s %7s ms\n' "plan, CPU" "$(value plan_cpu_ms)"
printf '%-40s %7s MB  %s\n' "peak memory (whole benchmark process)" "$(value peak_rss_mb)" "< 500 MB $(verdict "$(value peak_rss_mb)" 500)"
printf '%-40s %7s ms  ratio plan/recompute %s\n' "peer: workload recompute, wall" "$(value recompute_ms)" \
    "$(ratio "$(value plan_ms)" "$(value recompute_ms)")"

if [ "$GLPSOL" = 1 ] && command -v glpsol >/dev/null; then
    glpk() { # prints "wall_ms objective"
        start=$(date +%s%N)
        timeout "$GLPSOL_TIMEOUT" glpsol --lp "$1" -o "$WORK/out.txt" >/dev/null 2>&1 || { echo "- -"; return; }
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        echo "$ms $(sed -n 's/^Objective: *obj = *\([-0-9.e+]*\).*/\1/p' "$WORK/out.txt")"
    }
    set -- $(glpk "$WORK/plan-maxflow.lp"); g1_ms=$1; g1_obj=$2
    set -- $(glpk "$WORK/plan-mincost.lp"); g2_ms=$1; g2_obj=$2
    g_ms=$(awk -v a="$g1_ms" -v b="$g2_ms" 'BEGIN { print a + b }')
    printf '%-40s %7s ms  ratio plan/glpsol %s\n' "peer: glpsol, both phases, wall" "$g_ms" "$(ratio "$(value plan_ms)" "$g_ms")"
    echo "objectives: covered shortage imbang $(value flow), glpsol $g1_obj; cost (100 m units) imbang $(value cost), glpsol $g2_obj"
    awk -v a="$(value flow)" -v b="$g1_obj" -v c="$(value cost)" -v d="$g2_obj" \
        'BEGIN { if (a == b + 0 && c == d + 0) print "objectives equal: ok"; else { print "objectives DIFFER"; exit 1 } }'
fi
