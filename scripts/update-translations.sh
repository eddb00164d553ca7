#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the translation sources from the code (new strings appear as unfinished). Run after adding
# or changing tr() texts, then translate the unfinished entries; a test fails while Swedish is incomplete.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || echo lupdate)
# -I .: includes name their library ("core/…", "ui/…"), so lupdate finds the headers from the top folder.
"$lupdate" -silent -no-obsolete -locations none -I . core ui app \
    -ts translations/koordinera_sv.ts translations/koordinera_en.ts
