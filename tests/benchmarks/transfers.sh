#!/bin/sh
# Transfer workflow at province scale: a batch of 40 class teachers from crowded schools to one short
# school, in a database of 100,000 employees, through imbang-cli. Each figure is printed beside the
# time of `imbang-cli stats` on the same file (opening the database and counting), measured in the
# same run, as a ratio: how many "plain commands" each step costs.
#   tests/benchmarks/transfers.sh [build-dir] [employees]
set -eu
BUILD=${1:-build-ci}
N=${2:-100000}
CLI="$BUILD/app/imbang-cli"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/office.sqlite"
export IMBANG_TODAY=2026-01-15 IMBANG_LANG=en

now() { date +%s.%N; }
# seconds of one command (output discarded); exits on failure
timed() {
    t0=$(now)
    "$@" >/dev/null
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}

echo "creating a demo database of $N employees..."
"$CLI" demo --db "$DB" --employees "$N" --seed 7 >/dev/null

# Forty PNS class teachers from schools with more than they need, and the school with the largest shortage.
NIPS=$(sqlite3 "$DB" "WITH lvl AS (SELECT s.unit_id, s.position_id, s.need, (SELECT count(*) FROM employee e
        WHERE e.unit_id = s.unit_id AND e.position_id = s.position_id AND e.active = 1) AS staff
        FROM staffing_need s JOIN position p ON p.id = s.position_id WHERE p.name = 'Guru Ahli Pertama Kelas')
    SELECT group_concat(nip) FROM (SELECT e.nip FROM employee e JOIN lvl ON lvl.unit_id = e.unit_id
        AND lvl.position_id = e.position_id WHERE lvl.staff > lvl.need + 1 AND e.status = 'PNS' AND e.active = 1
        ORDER BY e.id LIMIT 40)")
TARGET=$(sqlite3 "$DB" "SELECT u.code FROM staffing_need s JOIN unit u ON u.id = s.unit_id
    JOIN position p ON p.id = s.position_id WHERE p.name = 'Guru Ahli Pertama Kelas'
    ORDER BY s.need - (SELECT count(*) FROM employee e WHERE e.unit_id = s.unit_id AND e.position_id = s.position_id
        AND e.active = 1) DESC LIMIT 1")
COUNT=$(echo "$NIPS" | tr ',' '\n' | wc -l)
echo "batch: $COUNT teachers to $TARGET"

# The baseline is the best of three, so one slow start does not flatter the ratios.
BASE=$( (for i in 1 2 3; do timed "$CLI" stats --db "$DB"; done) | sort -n | head -n 1)
row() { awk -v what="$1" -v t="$2" -v base="$BASE" \
    'BEGIN { printf "%-44s %8.3f s   stats %6.3f s   ratio %6.1f\n", what, t, base, t / base }'; }

T=$(timed "$CLI" transfer check --db "$DB" --nip "$NIPS" --unit "$TARGET" --position "Guru Ahli Pertama Kelas" --tmt 2026-02-01)
row "check 40 (every rule, live in the dialog)" "$T"
J="--justify target_shortage=benchmark --justify origin_minimum=benchmark --justify time_in_post=benchmark --justify retirement=benchmark"
# shellcheck disable=SC2086
T=$(timed "$CLI" transfer propose --db "$DB" --nip "$NIPS" --unit "$TARGET" --position "Guru Ahli Pertama Kelas" \
    --tmt 2026-02-01 --submit $J)
row "propose and submit 40" "$T"
for n in $(seq 1 "$COUNT"); do
    "$CLI" transfer tick --db "$DB" --id "$(printf 'MUT-2026-%04d' "$n")" --document ALL --file "Arsip/$n" >/dev/null
done
T=$(timed "$CLI" transfer advance --db "$DB" --batch 1 --to DIVERIFIKASI)
row "verify the batch" "$T"
T=$(timed "$CLI" transfer advance --db "$DB" --batch 1 --to DISETUJUI)
row "approve the batch (rules re-checked)" "$T"
"$CLI" transfer advance --db "$DB" --batch 1 --to SK_TERBIT --decree-number 800/1/BKD/2026 --decree-date 2026-01-14 >/dev/null
T=$(export IMBANG_TODAY=2026-02-01; timed "$CLI" transfer execute --db "$DB" --batch 1)
row "execute the batch (one transaction)" "$T"
T=$(timed "$CLI" transfers --db "$DB" --json)
row "list the register" "$T"
T=$(timed "$CLI" transfers --db "$DB" --flows)
row "in/out flows per unit" "$T"
ENTRIES=$(sqlite3 "$DB" "SELECT count(*) FROM audit_entry")
T=$(timed "$CLI" audit verify --db "$DB")
row "verify the audit trail ($ENTRIES entries)" "$T"
