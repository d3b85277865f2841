#!/usr/bin/env bash
# API intake throughput: bench/run-intake.sh h2|postgres [--requests=5000] [--threads=8] [--warmup=500] [--max-seconds=600]
# Starts PutRight in-process on a random loopback port against a fresh database (H2 in a temp directory, or the
# PostgreSQL database putright_bench, dropped and re-created), then POSTs complaints. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-main.sh org.putright.bench.IntakeThroughput "$@"
