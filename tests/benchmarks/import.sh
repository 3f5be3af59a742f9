#!/bin/bash
# Benchmark of the spreadsheet import (issue 4): a 100,000-row agency file saved by LibreOffice,
# imported in full (read, parse, validate, match, commit with indexes) by `imbang-cli import`, as
# .xlsx and as .ods. Targets: xlsx within 1.5 s, ods within 3 s, peak memory under 250 MB.
# Printed beside each figure, from the same run: `sqlite3 .import` of the same rows as CSV (a bare
# bulk load, no checks) and `soffice --headless --convert-to csv` of the same file (LibreOffice
# reading it), with the ratios.
#
#   tests/benchmarks/import.sh [BUILD_DIR]      (default: build-ci, else build)
# Environment: ROWS (default 100000), KEEP=1 keeps the work folder.
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-}
if [ -z "$build" ]; then
    if [ -x "$here/build-ci/app/imbang-cli" ]; then build="$here/build-ci"; else build="$here/build"; fi
fi
cli="$build/app/imbang-cli"
[ -x "$cli" ] || { echo "imbang-cli not found in $build/app; build first (cmake --preset ci && cmake --build build-ci)"; exit 2; }
samples="$here/../shared/samples"
rows=${ROWS:-100000}

# The peers and the measuring tool, installed when missing.
need=()
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} ..."
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/imbang-import-bench.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
export IMBANG_LANG=en HOME="$work/home"
mkdir -p "$HOME"

echo "Generating $rows agency rows ..."
python3 - "$samples/units.csv" "$work/agency.csv" "$rows" <<'PY'
import csv, random, sys
units_csv, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(4)
units = [r["Nama Unit"] for r in csv.DictReader(open(units_csv, encoding="utf-8"), delimiter=";")]
positions = ["Guru Ahli Pertama Kelas", "Guru Ahli Muda Kelas", "Guru Ahli Madya Kelas", "Guru Ahli Muda Matematika",
             "Perawat Terampil", "Perawat Ahli Pertama", "Bidan Terampil", "Dokter Ahli Pertama", "Bendahara",
             "Pengadministrasi Perkantoran", "Pengelola Kepegawaian", "Arsiparis Terampil", "Kepala Bidang",
             "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Penata Kelola Sistem dan Teknologi Informasi"]
first = ["Budi", "Siti", "Ahmad", "Rina", "Dedi", "Fitri", "Hendra", "Indah", "Joko", "Lestari", "Rizki", "Desi"]
last = ["Santoso", "Pratama", "Saputra", "Rahmawati", "Kurniawan", "Susanto", "Maharani", "Simanjuntak", "Harahap"]
places = ["Jambi", "Muara Bungo", "Sungai Penuh", "Bangko", "Sarolangun", "Kuala Tungkal", "Muara Tebo", "Padang"]
ranks = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
seen = set()
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(["No", "NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Tempat Lahir", "Tanggal Lahir", "L/P",
                "Gol/Ruang", "TMT Golongan", "Jabatan", "TMT Jabatan", "Unit Kerja", "Pendidikan Terakhir"])
    i = 0
    while i < n:
        by, bm, bd = rng.randint(1966, 1999), rng.randint(1, 12), rng.randint(1, 28)
        ty, tm = rng.randint(max(by + 19, 1990), 2025), rng.randint(1, 12)
        g = rng.randint(1, 2)
        seq = rng.randint(1, 999)
        nip = "%04d%02d%02d%04d%02d%d%03d" % (by, bm, bd, ty, tm, g, seq)
        if nip in seen:
            continue
        seen.add(nip)
        i += 1
        w.writerow([i, nip, "%s %s" % (rng.choice(first), rng.choice(last)), "", rng.choice(["", "S.Pd.", "S.Kep.", "S.E."]),
                    rng.choice(places), "%02d-%02d-%04d" % (bd, bm, by), "L" if g == 1 else "P", rng.choice(ranks),
                    "01-04-%04d" % rng.randint(ty, 2025), rng.choice(positions), "01-%02d-%04d" % (rng.randint(1, 12), rng.randint(ty, 2025)),
                    rng.choice(units), rng.choice(["SMA", "D-III Keperawatan", "S-1 Pendidikan", "S-1 Akuntansi"])])
PY

# LibreOffice saves the CSV as xlsx and ods: NIP (column 2) as text, the three date columns as
# DD/MM/YY date cells, as an agency's sheet has them.
filter='CSV:59,34,76,1,1/1/2/2/3/2/4/2/5/2/6/2/7/4/8/2/9/2/10/4/11/2/12/4/13/2/14/2'
echo "Saving it with LibreOffice as .xlsx and .ods ..."
(cd "$work" && soffice --headless --infilter="$filter" --convert-to xlsx agency.csv >/dev/null 2>&1)
(cd "$work" && soffice --headless --infilter="$filter" --convert-to ods agency.csv >/dev/null 2>&1)
[ -s "$work/agency.xlsx" ] && [ -s "$work/agency.ods" ] || { echo "LibreOffice did not save the files"; exit 1; }

"$cli" init --db "$work/base.db" --office "Benchmark" --region "Jambi" >/dev/null
"$cli" import-units "$samples/units.csv" --db "$work/base.db" >/dev/null

# wall seconds, peak RSS (MB) and processor seconds (user + system) of a command, from
# /usr/bin/time -v. The processor time shows how much of the wall time was waiting for a busy machine.
measure() {
    local log="$work/time.log"
    /usr/bin/time -v "$@" >"$work/out.log" 2>"$log" || { cat "$work/out.log" "$log"; exit 1; }
    local wall rss user sys
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    user=$(sed -n 's/.*User time (seconds): //p' "$log")
    sys=$(sed -n 's/.*System time (seconds): //p' "$log")
    python3 -c "
import sys
p = sys.argv[1].split(':')
s = float(p[-1]) + 60 * float(p[-2]) + (3600 * float(p[-3]) if len(p) > 2 else 0)
print('%.2f %.0f %.2f' % (s, int(sys.argv[2]) / 1024, float(sys.argv[3]) + float(sys.argv[4])))" "$wall" "$rss" "$user" "$sys"
}

import_run() { # format -> "seconds MB cpu"
    cp "$work/base.db" "$work/run.db"
    rm -f "$work/run.db-wal" "$work/run.db-shm"
    measure "$cli" import "$work/agency.$1" --db "$work/run.db" --timing
}

read -r xs xm xc < <(import_run xlsx)
grep -q "New: $rows" "$work/out.log" || { echo "xlsx import did not add $rows employees:"; cat "$work/out.log"; exit 1; }
xphases=$(grep -o 'read .*' "$work/time.log" | head -1)
read -r os om oc < <(import_run ods)
grep -q "New: $rows" "$work/out.log" || { echo "ods import did not add $rows employees:"; cat "$work/out.log"; exit 1; }
ophases=$(grep -o 'read .*' "$work/time.log" | head -1)

# Peers: a bare bulk load of the same rows, and LibreOffice reading the same files.
read -r qs qm qc < <(measure sqlite3 "$work/peer.db" -cmd ".mode csv" -cmd ".separator ;" ".import $work/agency.csv staff")
mkdir -p "$work/csv"
read -r lxs lxm lxc < <(measure soffice --headless --convert-to csv --outdir "$work/csv" "$work/agency.xlsx")
read -r los lom loc < <(measure soffice --headless --convert-to csv --outdir "$work/csv" "$work/agency.ods")

ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
verdict() { python3 -c "import sys; print('ok' if float(sys.argv[1]) <= float(sys.argv[2]) else 'OVER')" "$1" "$2"; }

echo
echo "Import of $rows rows (xlsx $(du -h "$work/agency.xlsx" | cut -f1), ods $(du -h "$work/agency.ods" | cut -f1))"
printf '%-42s %8s %8s %8s   %s\n' "" "wall s" "cpu s" "peak MB" "target"
printf '%-42s %8s %8s %8s   %s\n' "imbang-cli import agency.xlsx" "$xs" "$xc" "$xm" "<= 1.5 s: $(verdict "$xs" 1.5), < 250 MB: $(verdict "$xm" 250)"
printf '%-42s %8s %8s %8s   %s\n' "imbang-cli import agency.ods" "$os" "$oc" "$om" "<= 3 s: $(verdict "$os" 3), < 250 MB: $(verdict "$om" 250)"
printf '%-42s %8s %8s %8s\n' "sqlite3 .import agency.csv (no checks)" "$qs" "$qc" "$qm"
printf '%-42s %8s %8s %8s\n' "soffice --convert-to csv agency.xlsx" "$lxs" "$lxc" "$lxm"
printf '%-42s %8s %8s %8s\n' "soffice --convert-to csv agency.ods" "$los" "$loc" "$lom"
echo
echo "Phases (xlsx): $xphases"
echo "Phases (ods):  $ophases"
echo
echo "Ratios (wall time; processor time in brackets):"
echo "  xlsx import / sqlite3 .import      = $(ratio "$xs" "$qs") ($(ratio "$xc" "$qc"))"
echo "  ods import  / sqlite3 .import      = $(ratio "$os" "$qs") ($(ratio "$oc" "$qc"))"
echo "  xlsx import / soffice xlsx -> csv  = $(ratio "$xs" "$lxs") ($(ratio "$xc" "$lxc"))"
echo "  ods import  / soffice ods -> csv   = $(ratio "$os" "$los") ($(ratio "$oc" "$loc"))"
echo "Load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
