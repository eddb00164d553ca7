#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (1): install what is missing, build a release, and start Koordinera on the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
koordinera_install_deps
cmake --preset release
cmake --build --preset release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "koordinera: no display found; start this from a desktop session (or set QT_QPA_PLATFORM)." >&2
    exit 1
fi
exec build/release/app/koordinera --demo "$@"
