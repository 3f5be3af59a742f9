#!/bin/bash
# Installs the Imbang .deb into a fresh Debian 12 (bookworm) root made with debootstrap, not on the
# build machine, and checks that the installed programs work there:
#   imbang-cli --version
#   imbang-cli demo --db /tmp/demo.sqlite --employees 500
#   imbang-cli stats --db /tmp/demo.sqlite
#   imbang --version
#   imbang --demo, offscreen: must still be running after a few seconds (then it is stopped)
# and that the desktop entry, metainfo, MIME type, icons and manual pages are in place.
#
# Usage (as root: debootstrap, chroot and mount need it):
#   packaging/test-installed-root.sh [options] [PACKAGE.deb]
# Without PACKAGE.deb it builds one first: cmake --preset default, then
# cmake --build build --target package.
# Options:
#   --root DIR       make the Debian root in DIR (must not exist; default: a new folder in /var/tmp)
#   --keep           keep the root afterwards, to look around: chroot DIR /bin/bash
#   --mirror URL     Debian mirror (default: the one apt on this machine uses for bookworm)
#   --gui-seconds N  how long imbang --demo must keep running (default 5)
#   --no-cache       download the base system again instead of using the cached copy in
#                    /var/cache/imbang-test-root (the root itself is always made afresh)
# Exit status: 0 when every check passes, 1 when one fails, 2 when the root cannot be set up.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "$0")/.." && pwd)
SUITE=bookworm
ROOT=""
KEEP=0
MIRROR=""
GUI_SECONDS=5
USE_CACHE=1
DEB=""
CACHE_DIR=/var/cache/imbang-test-root

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "test-installed-root: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --root) ROOT=${2:?--root needs a folder}; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --mirror) MIRROR=${2:?--mirror needs a URL}; shift 2 ;;
        --gui-seconds) GUI_SECONDS=${2:?--gui-seconds needs a number}; shift 2 ;;
        --no-cache) USE_CACHE=0; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) DEB=$1; shift ;;
    esac
done
case "$GUI_SECONDS" in ''|*[!0-9]*) die "--gui-seconds needs a whole number, not \"$GUI_SECONDS\"" ;; esac

[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and mount need it): sudo $0 $*"
for tool in debootstrap chroot dpkg-deb mount; do
    command -v "$tool" >/dev/null || die "$tool is missing: apt-get install debootstrap (packaging/install-deps.sh)"
done

# --- The package -------------------------------------------------------------------------------
if [ -z "$DEB" ]; then
    echo "== Building the package (cmake --preset default; cmake --build build --target package)"
    cd "$SOURCE_DIR"
    [ -f build/CMakeCache.txt ] || cmake --preset default
    cmake --build build -j2 --target package
    DEB=$(find build -maxdepth 1 -name 'imbang_*.deb' -printf '%T@ %p\n' | sort -nr | awk 'NR == 1 { print $2 }')
    [ -n "$DEB" ] || die "the build made no .deb in $SOURCE_DIR/build"
    cd - >/dev/null
fi
[ -f "$DEB" ] || die "no such package: $DEB"
DEB=$(readlink -f "$DEB")
VERSION=$(dpkg-deb --field "$DEB" Version)
APP_ID=$(dpkg-deb --contents "$DEB" | sed -n 's|.*\./usr/share/applications/\(.*\)\.desktop$|\1|p')
echo "== Package $DEB (version $VERSION, application id ${APP_ID:-none})"

# --- The mirror: the one apt on this machine uses, so that it is reachable from here -------------
# Reads one-line sources ("deb [options] URI SUITE COMPONENTS") and deb822 .sources files.
apt_uri_for_suite() {
    local suite=$1
    {
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk -v s="$suite" '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) break;
                                            if ($(i + 1) == s) print $i }'
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" }
                { uris = ""; ok = 0
                  for (i = 1; i <= NF; i++) {
                      if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
                      if ($i ~ /^Suites:/) { n = split($i, w, /[ \t]+/); for (j = 2; j <= n; j++) if (w[j] == s) ok = 1 } }
                  if (ok && uris != "") { split(uris, u, /[ \t]+/); print u[1] } }' "$f"
        done
    } | awk 'NR == 1' # (not head: an early exit would break the pipe, and pipefail would stop the script)
}
[ -n "$MIRROR" ] || MIRROR=$(apt_uri_for_suite "$SUITE")
[ -n "$MIRROR" ] || MIRROR=http://deb.debian.org/debian
SECURITY=$(apt_uri_for_suite "$SUITE-security")
[ -n "$SECURITY" ] || SECURITY=http://deb.debian.org/debian-security
echo "== Mirror $MIRROR, security updates from $SECURITY"

# --- A fresh root ------------------------------------------------------------------------------
if [ -n "$ROOT" ]; then
    [ ! -e "$ROOT" ] || die "$ROOT exists already; give a new folder"
    mkdir -p "$ROOT"
else
    ROOT=$(mktemp -d /var/tmp/imbang-root.XXXXXX)
fi
ROOT=$(readlink -f "$ROOT")
GUI_PID=""

# shellcheck disable=SC2317 # (called from the EXIT trap)
mounted_under_root() { awk -v r="$ROOT" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts; }
# shellcheck disable=SC2317 # (the EXIT trap)
cleanup() {
    set +e
    if [ -n "$GUI_PID" ] && kill -0 "$GUI_PID" 2>/dev/null; then kill -9 "$GUI_PID" 2>/dev/null; fi
    for m in $(mounted_under_root | sort -r); do umount "$m" || umount -l "$m"; done
    if [ "$KEEP" = 1 ]; then
        echo "== Kept the root in $ROOT (chroot $ROOT /bin/bash; remove it with rm -rf --one-file-system $ROOT)"
    elif [ -n "$(mounted_under_root)" ]; then
        echo "== Not removing $ROOT: something is still mounted in it" >&2
    else
        rm -rf --one-file-system "$ROOT"
    fi
}
trap cleanup EXIT

echo "== Making a minimal Debian $SUITE root in $ROOT"
START=$(date +%s)
if [ "$USE_CACHE" = 1 ]; then
    mkdir -p "$CACHE_DIR"
    TARBALL="$CACHE_DIR/$SUITE-minbase-$(dpkg --print-architecture).tgz"
    if [ ! -s "$TARBALL" ]; then
        echo "   downloading the base system once into $TARBALL"
        debootstrap --variant=minbase --make-tarball="$TARBALL.part" "$SUITE" "$ROOT.download" "$MIRROR" \
            > "$ROOT.debootstrap.log" 2>&1 || { tail -n 20 "$ROOT.debootstrap.log"; die "debootstrap could not download $SUITE from $MIRROR"; }
        mv "$TARBALL.part" "$TARBALL"
        rm -rf "$ROOT.download"
    fi
    debootstrap --variant=minbase --unpack-tarball="$TARBALL" "$SUITE" "$ROOT" "$MIRROR" \
        > "$ROOT.debootstrap.log" 2>&1 || { tail -n 20 "$ROOT.debootstrap.log"; die "debootstrap failed (log: $ROOT.debootstrap.log)"; }
else
    debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" \
        > "$ROOT.debootstrap.log" 2>&1 || { tail -n 20 "$ROOT.debootstrap.log"; die "debootstrap failed (log: $ROOT.debootstrap.log)"; }
fi
rm -f "$ROOT.debootstrap.log"
echo "   done in $(( $(date +%s) - START )) s"

cat > "$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY $SUITE-security main
EOF
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mkdir -p "$ROOT/tmp/xdg-runtime" && chmod 700 "$ROOT/tmp/xdg-runtime"

# Runs a command inside the root with a clean environment.
ROOT_ENV=(HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/xdg-runtime
          DEBIAN_FRONTEND=noninteractive)
in_root() { chroot "$ROOT" /usr/bin/env -i "${ROOT_ENV[@]}" "$@"; }

echo "== Installing the package with apt (dependencies from the mirror, no recommends)"
START=$(date +%s)
cp "$DEB" "$ROOT/tmp/"
in_root apt-get update -q > "$ROOT/tmp/apt.log" 2>&1 || { tail -n 20 "$ROOT/tmp/apt.log"; die "apt-get update failed in the root"; }
if ! in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$DEB")" >> "$ROOT/tmp/apt.log" 2>&1; then
    tail -n 30 "$ROOT/tmp/apt.log"
    die "apt could not install $(basename "$DEB") in a fresh $SUITE root (see above)"
fi
echo "   $(grep -c '^Setting up' "$ROOT/tmp/apt.log") packages set up in $(( $(date +%s) - START )) s"

# --- The checks ---------------------------------------------------------------------------------
RESULTS=()
FAILED=0
pass() { RESULTS+=("PASS  $1"); echo "   PASS: $1"; }
fail() { RESULTS+=("FAIL  $1: $2"); FAILED=1; echo "   FAIL: $1: $2"; }
show() { sed -n "1,${2:-15}s/^/      | /p" "$1"; }

echo "== Checks inside the root"

missing=""
for f in /usr/bin/imbang /usr/bin/imbang-cli \
         "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
         "/usr/share/mime/packages/$APP_ID.xml" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png" /usr/share/man/man1/imbang-cli.1.gz; do
    [ -f "$ROOT$f" ] || missing="$missing $f"
done
if [ -z "$missing" ]; then pass "installed files in place"; else fail "installed files in place" "missing$missing"; fi

out="$ROOT/tmp/check.out"
if in_root imbang-cli --version > "$out" 2>&1 && grep -qx "imbang-cli $VERSION" "$out"; then
    pass "imbang-cli --version prints \"$(cat "$out")\""
else
    fail "imbang-cli --version" "expected \"imbang-cli $VERSION\", got:"; show "$out"
fi

START=$(date +%s)
if in_root imbang-cli demo --db /tmp/demo.sqlite --employees 500 > "$out" 2>&1; then
    pass "imbang-cli demo --employees 500 ($(( $(date +%s) - START )) s): $(tail -n 1 "$out")"
else
    fail "imbang-cli demo --db /tmp/demo.sqlite --employees 500" "exit $?:"; show "$out"
fi

if in_root imbang-cli stats --db /tmp/demo.sqlite > "$out" 2>&1; then
    # The JSON form gives the counts without depending on the language of the text.
    in_root imbang-cli stats --db /tmp/demo.sqlite --json > "$ROOT/tmp/stats.json" 2>&1 || true
    active=$(sed -n 's/.*"employees_active": *\([0-9]*\).*/\1/p' "$ROOT/tmp/stats.json")
    inactive=$(sed -n 's/.*"employees_inactive": *\([0-9]*\).*/\1/p' "$ROOT/tmp/stats.json")
    if [ "$(( ${active:-0} + ${inactive:-0} ))" = 500 ]; then
        pass "imbang-cli stats counts the 500 employees ($active active, $inactive inactive)"; show "$out"
    else
        fail "imbang-cli stats --db /tmp/demo.sqlite" "expected 500 employees, --json says:"; show "$ROOT/tmp/stats.json"
    fi
else
    fail "imbang-cli stats --db /tmp/demo.sqlite" "exit status $?:"; show "$out"
fi

# The GUI. --version must work without a display, so no QT_QPA_PLATFORM here.
if in_root imbang --version > "$out" 2>&1 && grep -q "$VERSION" "$out"; then
    pass "imbang --version prints \"$(head -n 1 "$out")\""
else
    fail "imbang --version" "exit status or output without $VERSION:"; show "$out"
    [ -s "$out" ] || echo "      | (no output at all)"
fi

gui_out="$ROOT/tmp/gui.out"
# Started directly (not through in_root) so that $! is the program itself: chroot and env exec it.
chroot "$ROOT" /usr/bin/env -i "${ROOT_ENV[@]}" QT_QPA_PLATFORM=offscreen imbang --demo > "$gui_out" 2>&1 &
GUI_PID=$!
START=$(date +%s)
while [ $(( $(date +%s) - START )) -lt "$GUI_SECONDS" ] && kill -0 "$GUI_PID" 2>/dev/null; do sleep 0.2; done
if kill -0 "$GUI_PID" 2>/dev/null; then
    kill "$GUI_PID" 2>/dev/null; wait "$GUI_PID" 2>/dev/null || true; GUI_PID=""
    pass "imbang --demo (offscreen) still running after $GUI_SECONDS s, then stopped"
    [ -s "$gui_out" ] && { echo "      its messages:"; show "$gui_out"; }
else
    set +e; wait "$GUI_PID"; code=$?; set -e; GUI_PID=""
    fail "imbang --demo (offscreen)" "exited with status $code after $(( $(date +%s) - START )) s, before $GUI_SECONDS s were up"
    if [ -s "$gui_out" ]; then show "$gui_out"; else echo "      | (no output at all)"; fi
fi

echo "== Summary for $(basename "$DEB") in a fresh Debian $SUITE root"
printf '   %s\n' "${RESULTS[@]}"
if [ "$FAILED" = 0 ]; then echo "== All checks passed"; else echo "== Some checks FAILED"; fi
exit "$FAILED"
