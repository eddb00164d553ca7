#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the benchmark program optimised, and measures Koordinera at 500, 5,000
# and 50,000 synthetic cases (each size in its own process, so its peak memory is its own). Prints a
# Markdown table like the one in docs/performance.md, ending with the printed documents' times. Other sizes: scripts/run-benchmarks.sh 500 2000
#   scripts/run-benchmarks.sh --server [size]   several coordinators at once on a region's server (PostgreSQL)
#   scripts/run-benchmarks.sh --ratios [sizes]   only the ratios table: each measure beside what the machine itself
#                                                does (the sqlite3 shell's import, a bare Qt window); 5,000 and 50,000
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
koordinera_install_deps tests
cmake --preset bench >/dev/null
cmake --build --preset bench
ratios_only=false
if [ "${1:-}" = --server ]; then
    # 1, 4 and 16 coordinators at once on a throw-away PostgreSQL 15 (issue 25), at 50,000 cases or the size given.
    echo "| Measure | Clients | Cases | Median | 95th percentile |"
    echo "|---|---:|---:|---:|---:|"
    build/bench/tests/bench/koordinera_bench_server --size "${2:-50000}"
    exit 0
fi
if [ "${1:-}" = --ratios ]; then
    ratios_only=true
    shift
fi
sizes=("$@")
if $ratios_only; then
    [ ${#sizes[@]} -eq 0 ] && sizes=(5000 50000)
    echo "| Measure | Koordinera | Anchor | Ratio |"
    echo "|---|---:|---|---:|"
    for size in "${sizes[@]}"; do
        build/bench/tests/bench/koordinera_bench --ratios --size "$size"
        build/bench/tests/bench/koordinera_bench_start --size "$size"
    done
    exit 0
fi
[ ${#sizes[@]} -eq 0 ] && sizes=(500 5000 50000)
echo "| Measure | Cases | Median | 95th percentile | Budget at 50,000 (ms or MB) |"
echo "|---|---:|---:|---:|---|"
build/bench/tests/bench/koordinera_bench --key-derivation
for size in "${sizes[@]}"; do
    build/bench/tests/bench/koordinera_bench --size "$size"
done
# The GUI thread's longest block per operation, on the real main window (offscreen).
for size in "${sizes[@]}"; do
    build/bench/tests/bench/koordinera_bench_gui --size "$size"
done
build/bench/tests/bench/koordinera_bench_documents
