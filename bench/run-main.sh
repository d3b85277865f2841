#!/usr/bin/env bash
# Compiles main and test sources and runs a main class from the bench package with the test classpath.
# Usage: bench/run-main.sh <main class> [args...]. Uses JAVA_HOME (default: Temurin 25). JVM options: BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
main="$1"; shift
./mvnw -B -q -Pbench test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xms1g -Xmx2g} \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$main" "$@"
