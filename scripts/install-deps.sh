#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Koordinera needs to build, run and test, skipping what is present.
# Sourced by run-demo.sh and run-tests.sh; runs apt-get through sudo when not root.
set -euo pipefail

koordinera_packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libsqlite3-dev libsodium-dev libxlsxwriter-dev libzip-dev libpq-dev qt6-charts-dev libqt6opengl6-dev catch2 fonts-dejavu-core
    librsvg2-bin qt6-translations-l10n
)
# Only the tests need these: PDF checks, a private D-Bus for the screen-lock test, clang for libFuzzer,
# independent iCalendar and XLSX readers to read back what Koordinera exports, the validators and
# dpkg-shlibdeps for the Debian package, the sqlite3 shell the benchmarks measure the import against, and a
# PostgreSQL 15 server (with openssl for its certificate) that the server tests start and throw away.
koordinera_test_packages=(
    poppler-utils dbus-daemon clang libclang-rt-14-dev python3-icalendar python3-openpyxl lintian
    desktop-file-utils appstream dpkg-dev file man-db sqlite3 postgresql-15 openssl
)

# koordinera_install_deps [tests]
koordinera_install_deps() {
    local wanted=("${koordinera_packages[@]}")
    [ "${1:-}" = tests ] && wanted+=("${koordinera_test_packages[@]}")
    local missing=() pkg
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "koordinera: all build dependencies are installed"
        return 0
    fi
    echo "koordinera: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}
