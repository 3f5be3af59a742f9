#!/bin/sh
# A collective decree (SK mutasi) of 500 employees to PDF (target: under 2 s), beside LibreOffice
# converting the same decree, exported as ODT, to PDF in the same run, and the ratio.
#   tests/benchmarks/decree.sh [build-dir] [people]
set -eu
BUILD=${1:-build-ci}
N=${2:-500}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
now() { date +%s.%N; }

OUT=$("$BUILD/tests/benchmarks/decree_benchmark" "$WORK" "$N")
PAGES=$(echo "$OUT" | awk '/^pages/ { print $2 }')
PDF=$(echo "$OUT" | awk '/^pdf/ { print $2 }')
ODT=$(echo "$OUT" | awk '/^odt/ { print $2 }')

# LibreOffice's own profile in the work folder, so a running office or a first-start wizard does not interfere.
t0=$(now)
soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf --outdir "$WORK/lo" \
    "$WORK/decree.odt" >/dev/null 2>&1
t1=$(now)
LO=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
LOPAGES=$(pdfinfo "$WORK/lo/decree.pdf" | awk '/^Pages/ { print $2 }')

awk -v n="$N" -v pages="$PAGES" -v pdf="$PDF" -v odt="$ODT" -v lo="$LO" -v lopages="$LOPAGES" 'BEGIN {
    printf "collective decree of %d people: %d pages (LibreOffice: %d pages)\n", n, pages, lopages
    printf "%-40s %8.3f s   LibreOffice ODT->PDF %8.3f s   ratio %6.2f   %s\n", "Imbang layout + PDF", pdf, lo, pdf / lo,
        (pdf < 2 ? "(target < 2 s: met)" : "(target < 2 s: MISSED)")
    printf "%-40s %8.3f s\n", "Imbang ODT export", odt
}'
