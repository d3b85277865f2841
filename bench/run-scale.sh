#!/usr/bin/env bash
# Reporting at scale on PostgreSQL: ~3 million complaints (~30 million events) loaded once into putright_bench_scale by
# the synthetic bulk load (kept; --fresh loads it again), then dashboard, TSM and annual-report timings for one year:
#   bench/run-scale.sh [--homes=7000000] [--from=2018-01-01] [--seed=2026] [--year=2025] [--runs=15] [--warmup=3] [--fresh]
# See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms1g -Xmx3g}"
exec bench/run-main.sh org.putright.bench.ReportingAtScale "$@"
