#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The crash test at length: kills the crash writer at random moments (1,000 times unless told otherwise, e.g.
# scripts/run-crash-test.sh 5000) and reopens the file after each kill, requiring every acknowledged save, an
# intact database and no false alarm from the witness. Prints the figures that docs/reliability.md records.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
koordinera_install_deps tests
kills="${1:-1000}"
cmake --preset ci >/dev/null
cmake --build --preset ci --target koordinera_storage_tests koordinera_crash_writer
start=$(date +%s)
KOORDINERA_CRASH_KILLS="$kills" build/ci/tests/core/koordinera_storage_tests "[crash]" -w NoAssertions
echo "seconds: $(($(date +%s) - start))"
