#!/bin/sh
# Installs every Debian 12 package Imbang needs to build, test and run.
# Run as root (or through sudo). Safe to run again: apt skips what is installed.
set -eu

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

BUILD="qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
 qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6sql6-sqlite libqt6svg6
 libboost-serialization-dev libboost-iostreams-dev liborcus-dev libixion-dev libxlsxwriter-dev
 libsodium-dev liblemon-dev libsqlite3-dev sqlite3 cmake ninja-build g++ pkg-config zlib1g-dev"
TEST="xvfb xauth fonts-dejavu-core poppler-utils glpk-utils time python3-openpyxl unzip"
# Packages (cpack .deb with dpkg-shlibdeps) and their checks (ctest -L packaging,
# packaging/test-installed-root.sh).
PACKAGING="dpkg-dev file appstream desktop-file-utils shared-mime-info groff-base debootstrap"

export DEBIAN_FRONTEND=noninteractive
if [ -z "${IMBANG_SKIP_APT_UPDATE:-}" ]; then $SUDO apt-get update -q; fi
# Qt Charts needs libqt6opengl6-dev; it must be named explicitly and without recommends.
$SUDO apt-get install -y -q --no-install-recommends libqt6opengl6-dev
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $BUILD $TEST $PACKAGING
