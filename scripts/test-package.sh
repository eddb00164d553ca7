#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, tested as an IT technician would use it: build it with CPack from a built tree, check
# its metadata (desktop file, AppStream, man page, dependencies), install it with apt, start it headless
# (--version, --help, a PDF and a workbook from demo data), and remove it again, leaving nothing behind.
#   scripts/test-package.sh [BUILD_DIR]    (default build/ci; needs root or sudo, like install-deps.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
fail() { echo "test-package: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' koordinera 2>/dev/null | grep -q 'install ok installed'; then
    fail "a koordinera package is installed already; remove it first (apt-get remove koordinera)"
fi

rm -f "$build"/koordinera_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/koordinera_*_*.deb)
echo "== package: $(basename "$deb") =="

work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if dpkg-query -W -f='${Status}' koordinera 2>/dev/null | grep -q 'install ok installed'; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q --purge koordinera >/dev/null || true
    fi
}
trap cleanup EXIT

# The contents and the control data, before anything is installed.
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for expected in /usr/bin/koordinera /usr/share/applications/se.koordinera.Koordinera.desktop \
    /usr/share/metainfo/se.koordinera.Koordinera.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/se.koordinera.Koordinera.svg \
    /usr/share/icons/hicolor/48x48/apps/se.koordinera.Koordinera.png \
    /usr/share/icons/hicolor/256x256/apps/se.koordinera.Koordinera.png \
    /usr/share/man/man1/koordinera.1.gz /usr/share/doc/koordinera/copyright \
    /usr/share/doc/koordinera/koordinera-server.sql; do
    grep -qx "$expected" "$work/files" || fail "the package lacks $expected"
done
if grep -vE '^/usr/(bin|share)(/|$)|^/(usr/?)?$' "$work/files" | grep -q .; then
    fail "the package installs outside /usr/bin and /usr/share: $(grep -vE '^/usr/(bin|share)(/|$)|^/(usr/?)?$' "$work/files" | head -3)"
fi
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6widgets6 libqt6charts6 libsqlite3-0 libsodium23 libxlsxwriter libpq5 qt6-qpa-plugins \
    qt6-translations-l10n fonts-dejavu-core; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/se.koordinera.Koordinera.desktop"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/se.koordinera.Koordinera.metainfo.xml"
file "$work/root/usr/bin/koordinera" | grep -q 'stripped' && ! file "$work/root/usr/bin/koordinera" | grep -q 'not stripped' ||
    fail "the binary is not stripped"
# Hardened as a program with patient data should be: PIE, full RELRO (read-only relocations bound at start),
# stack canaries and glibc's checked functions (those leave a trace in the binary only where a size could not be
# proven safe, so the build's own commands are asked).
binary="$work/root/usr/bin/koordinera"
readelf -hlW "$binary" >"$work/headers"   # read whole first: grep -q would close the pipe under pipefail
readelf -dW --dyn-syms "$binary" >"$work/dynamic"
grep -q 'Type:.*DYN' "$work/headers" || fail "the binary is not position-independent (PIE)"
grep -q 'GNU_RELRO' "$work/headers" || fail "the binary has no RELRO segment"
grep -qE 'BIND_NOW|FLAGS.*\bNOW\b' "$work/dynamic" || fail "the binary binds lazily (no BIND_NOW): partial RELRO"
grep -q '__stack_chk_fail' "$work/dynamic" || fail "the binary has no stack protector"
grep -q -- '-D_FORTIFY_SOURCE=2' "$build/compile_commands.json" || fail "the build does not use _FORTIFY_SOURCE=2"
man --warnings -l "$work/root/usr/share/man/man1/koordinera.1.gz" 2>"$work/man-warnings" >/dev/null
[ ! -s "$work/man-warnings" ] || fail "man page warnings: $(cat "$work/man-warnings")"
# Debian's own checks, as a region's IT would run them: no error and no warning. (Run as root, lintian also says
# that it should not be; that line is about how it was run, not about the package.)
lintian --tag-display-limit 0 --fail-on error,warning "$deb" >"$work/lintian" 2>&1 ||
    fail "lintian: $(grep -v 'root privileges' "$work/lintian")"

# Install as the region's IT would, with apt resolving the dependencies.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$(realpath "$deb")" >/dev/null
[ "$(command -v koordinera)" = /usr/bin/koordinera ] || fail "koordinera is not on the PATH after installing"

# Start it headless: no display is needed for these.
env -u DISPLAY -u WAYLAND_DISPLAY koordinera --version | tee "$work/version"
grep -q "^Koordinera $(dpkg-deb --field "$deb" Version)" "$work/version" || fail "--version does not match the package"
env -u DISPLAY -u WAYLAND_DISPLAY koordinera --help | grep -q -- '--demo' || fail "--help does not list --demo"
# The demo commands read the settings (language): give them an empty home of their own.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
env -u DISPLAY -u WAYLAND_DISPLAY koordinera export --demo --document plan --out "$work/plan.pdf"
pdftotext "$work/plan.pdf" - | grep -q 'Gemensam handlingsplan' || fail "the exported plan is not the action plan"
env -u DISPLAY -u WAYLAND_DISPLAY koordinera statistics --demo --period 2026 --out "$work/statistik.xlsx"
/usr/bin/python3 -c "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1])" "$work/statistik.xlsx" ||
    fail "the statistics workbook cannot be read"
# The window itself, on the offscreen platform: it must start on the demo data and keep running until stopped.
status=0
QT_QPA_PLATFORM=offscreen timeout 5 koordinera --demo >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the installed program did not keep running with its window (exit status $status)"
# The desktop's platform plugin, which dpkg-shlibdeps cannot see, came with the Depends.
ls /usr/lib/*/qt6/plugins/platforms/libqxcb.so >/dev/null || fail "Qt's xcb platform plugin is not installed"

# And remove it: nothing of it may be left.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q --purge koordinera >/dev/null
while read -r path; do
    [ -f "$path" ] && fail "$path is left after removing the package"
done <"$work/files"
echo "test-package: the package builds, installs, runs headless and uninstalls cleanly"
