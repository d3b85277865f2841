#!/usr/bin/env bash
# Work queue latency on PostgreSQL with 100,000 complaints:
#   bench/run-queue.sh [--complaints=100000] [--samples=200] [--warmup=50] [--max-load-seconds=1200] [--via=store|service] [--reuse] [--no-vacuum]
#                      [--only=api|pages]   (default: the REST API and the staff work queue page GET /cases)
# Drops and re-creates the PostgreSQL database putright_bench_queue (kept afterwards; --reuse measures it again
# without reloading). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-main.sh org.putright.bench.WorkQueueLatency "$@"
