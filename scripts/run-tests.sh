#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (2): install what is missing, build, and run the whole test suite: once in the ci
# configuration (warnings are errors) and once under AddressSanitizer + UndefinedBehaviorSanitizer; then
# a short run of each libFuzzer target (clang). The ci build is also packaged as a .deb, installed, started
# headless and removed (scripts/test-package.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
koordinera_install_deps tests
started=$SECONDS
jobs=$(nproc)
for preset in ci asan fuzz; do
    echo "== koordinera: $preset build =="
    cmake --preset "$preset"
    cmake --build --preset "$preset" -j "$jobs"
    echo "== koordinera: $preset tests =="
    ctest --preset "$preset"
    if [ "$preset" = ci ]; then
        echo "== koordinera: Debian package =="
        bash scripts/test-package.sh build/ci
    fi
done
echo "koordinera: all tests passed in $((SECONDS - started)) s"
