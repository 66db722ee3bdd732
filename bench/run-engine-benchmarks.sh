#!/usr/bin/env bash
# Builds the JMH jar and runs the routing-engine benchmarks, writing JSON results to
# bench/results/ (git-ignored) plus run-info.txt (machine, load before and after).
# Bounded to about 8 minutes on 2 cores. Extra JMH options may be given as arguments,
# e.g. `bench/run-engine-benchmarks.sh -prof gc`; they are passed to every run.
set -euo pipefail

cd "$(dirname "$0")/.."
results=bench/results
mkdir -p "$results"
info="$results/run-info.txt"

# BENCH_BUILD_ARGS: extra Maven options, e.g. -o to build offline
./mvnw -q -pl bench -am package -DskipTests ${BENCH_BUILD_ARGS:-}

jar=bench/target/benchmarks.jar
{
	echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
	echo "uncommitted engine changes: $(git status --short engine 2>/dev/null | wc -l)"
	echo "cpus: $(nproc)"
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
	echo "java: $(java -version 2>&1 | head -1)"
	echo "uptime before: $(uptime)"
} >"$info"

# 2 warm-up and 3 measured iterations of 3 s in one fork (the annotations' defaults)
java -jar "$jar" 'RoutingBenchmark' -rf json -rff "$results/routing.json" "$@" \
	| tee "$results/routing.txt"
java -jar "$jar" 'AgentStateChangeBenchmark' -rf json -rff "$results/agent-state-change.json" "$@" \
	| tee "$results/agent-state-change.txt"
# the simulator benchmark's own iterations: 3 warm-up and 5 measured of 5 s
java -jar "$jar" 'SimulatorBenchmark' -rf json -rff "$results/simulator.json" "$@" \
	| tee "$results/simulator.txt"

echo "uptime after: $(uptime)" >>"$info"
cat "$info"
