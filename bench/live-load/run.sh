#!/usr/bin/env bash
# Load test of the live views: N concurrent SSE clients (wallboards + agent desks) against a
# Switchboard started here on a free loopback port with a throw-away data directory.
# Measures update delay (client receive time - snapshot eventWallMillis), server CPU and RSS.
#
# Usage: bench/live-load/run.sh [wallboards desks [duration-seconds [rate]]]
#   default 400 100 60 5  (500 clients, 60 s, 5 agent state changes a second)
# Environment:
#   BUILD=1        rebuild the server jar first (./mvnw -pl server -am -DskipTests package, from
#                  this tree; nothing is installed into ~/.m2); default: build it only if its
#                  jar is missing; the bench jar is always rebuilt
#   RESULTS=file   markdown file to append this run to (default bench/results/live-load.md)
#   SERVER_OPTS    extra JVM options for the server (e.g. -Xmx512m)
#   AGENTS         agents configured, shown on every wallboard (default: as many as desks)
#   SERVER_LOG=file  keep a copy of the server's console output there (default: discarded)
set -euo pipefail

WALLBOARDS=${1:-400}
DESKS=${2:-100}
DURATION=${3:-60}
RATE=${4:-5}
SUPERVISORS=${SUPERVISORS:-4}
TOGGLED=${TOGGLED:-10}
AGENTS_SET=${AGENTS:-}
AGENTS=${AGENTS:-$DESKS} # agents configured (the wallboard's roster); the first DESKS open a desk
(( AGENTS < DESKS )) && AGENTS=$DESKS

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RESULTS=${RESULTS:-bench/results/live-load.md}
SERVER_JAR=server/target/switchboard.jar
BENCH_JAR=bench/target/benchmarks.jar

if [[ "${BUILD:-0}" == 1 || ! -f "$SERVER_JAR" ]]; then
	./mvnw -q -o -pl server -am -DskipTests package
fi
./mvnw -q -o -pl bench -DskipTests package

. "$ROOT/bench/lib.sh"
bench_start_work
bench_before_cleanup() {
	if [[ -n "${SERVER_LOG:-}" && -f "$WORK/server.out" ]]; then
		cp "$WORK/server.out" "$SERVER_LOG"
	fi
}

HTTP_PORT=$(free_port)
ADMIN_PASSWORD="Admin-Load-$RANDOM$RANDOM"
INITIAL_PASSWORD="First-Pass-$RANDOM$RANDOM"

# The configuration: one queue, AGENTS agents (7000...), SUPERVISORS supervisors (sup0...).
CONFIG="$WORK/center.yaml"
{
	echo "queues:"
	echo "  - {name: general, strategy: longest-idle, requiredSkills: {general: 1}}"
	echo "users:"
	for ((i = 0; i < SUPERVISORS; i++)); do
		echo "  - {jobNumber: \"sup$i\", name: \"Supervisor $i\", roles: [SUPERVISOR], password: \"$INITIAL_PASSWORD\"}"
	done
	echo "agents:"
	for ((i = 0; i < AGENTS; i++)); do
		id=$(printf '7%03d' "$i")
		echo "  - {jobNumber: \"$id\", name: \"Agent $id\", password: \"$INITIAL_PASSWORD\", skills: {general: 5}}"
	done
} >"$CONFIG"

# Web and REST only on loopback: the live views need no PBX (SIP would bind 5060 on every interface).
# Run a copy of the client jar: another build replacing it mid-run would break the running JVM.
cp "$BENCH_JAR" "$WORK/benchmarks.jar"
LOAD_BEFORE=$(uptime)
# shellcheck disable=SC2086 # the JVM options are words
start_switchboard "$SERVER_JAR" ${SERVER_OPTS:-} -- --switchboard.sip.enabled=false --switchboard.sip.host=127.0.0.1
import_center "$CONFIG"

# Server and client CPU (% of one core over each second, from /proc/PID/stat) and RSS (KiB).
sample "$SERVER_PID" "$WORK/server.samples" &
SAMPLER_PID=$!
bench_track "$SAMPLER_PID"

CLIENT_CMD=(java -Xmx512m -cp "$WORK/benchmarks.jar" org.switchboard.bench.live.LiveLoadClient --base "$BASE"
	--admin-password "$ADMIN_PASSWORD" --initial-password "$INITIAL_PASSWORD" --wallboards "$WALLBOARDS"
	--desks "$DESKS" --supervisors "$SUPERVISORS" --duration-seconds "$DURATION" --rate "$RATE"
	--toggled-agents "$TOGGLED")
"${CLIENT_CMD[@]}" >"$WORK/client.out" 2>&1 &
CLIENT_PID=$!
bench_track "$CLIENT_PID"
sample "$CLIENT_PID" "$WORK/client.samples" &
CLIENT_SAMPLER=$!
CLIENT_RC=0
wait "$CLIENT_PID" || CLIENT_RC=$?
wait "$CLIENT_SAMPLER" 2>/dev/null || true
cat "$WORK/client.out"
if [[ $CLIENT_RC != 0 ]]; then
	echo "Client failed ($CLIENT_RC); server log tail:" >&2
	tail -40 "$WORK/server.out" >&2
	exit 1
fi

SERVER_THREADS=$(ls "/proc/$SERVER_PID/task" | wc -l)
kill "$SAMPLER_PID" 2>/dev/null || true
bench_untrack "$SAMPLER_PID"
bench_stop_server "$SERVER_PID"
sleep 2
LOAD_AFTER=$(uptime)

result() { grep "^RESULT $1" "$WORK/client.out" | head -1 | sed "s/^RESULT $1 //"; }
field() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
WINDOW=$(result window_start_ms)
W_START=$(field "$WINDOW" window_start_ms)
W_END=$(field "$WINDOW" window_end_ms)
stats() { # file -> "cpu_avg cpu_max rss_max_mib" over the measurement window
	awk -v s="$W_START" -v e="$W_END" '$1 >= s && $1 <= e {n++; c += $2; if ($2 > m) m = $2; if ($3 > r) r = $3}
		END {if (n == 0) print "- - -"; else printf "%.0f %d %.0f\n", c / n, m, r / 1024}' "$1"
}
read -r S_CPU_AVG S_CPU_MAX S_RSS <<<"$(stats "$WORK/server.samples")"
read -r C_CPU_AVG C_CPU_MAX C_RSS <<<"$(stats "$WORK/client.samples")"
COUNTS=$(grep '^RESULT messages=' "$WORK/client.out" | sed 's/^RESULT //')
ALL=$(result delay_all)
BOARD=$(result delay_wallboard)
DESK=$(result delay_desk)
API=$(result api_put_latency)
SPREAD=$(result fan_out_spread)

mkdir -p "$(dirname "$RESULTS")"
if [[ ! -f "$RESULTS" ]]; then
	cat >"$RESULTS" <<'EOF'
# Live views under load (SSE wallboards and agent desks)

Written by `bench/live-load/run.sh`; each run appends a section. Delay is the client's receive
time minus the snapshot's `eventWallMillis` (when the newest engine event reached the live floor),
counted once per stream per new snapshot version, as `live.js` counts it in the browser test.
CPU is % of one core per second from `/proc/PID/stat` (200 % = both cores), averaged and maxed
over the measurement window; RSS is the resident set. Client and server share the machine.

EOF
fi
{
	echo "## $(date -u '+%Y-%m-%d %H:%M UTC'): $((WALLBOARDS + DESKS)) clients ($WALLBOARDS wallboards + $DESKS desks), ${DURATION} s, $RATE state changes/s, $AGENTS agents on the wallboard"
	echo
	echo "| clients | duration | messages | delay p50 | p95 | p99 | max | server CPU avg | max | server RSS max | client CPU avg |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|"
	echo "| $((WALLBOARDS + DESKS)) | ${DURATION} s | $(field "$COUNTS" messages) | $(field "$ALL" p50_ms) ms | $(field "$ALL" p95_ms) ms | $(field "$ALL" p99_ms) ms | $(field "$ALL" max_ms) ms | ${S_CPU_AVG} % | ${S_CPU_MAX} % | ${S_RSS} MiB | ${C_CPU_AVG} % |"
	echo
	echo "- wallboards: $BOARD"
	echo "- desks: $DESK"
	echo "- counts: $COUNTS"
	echo "- PUT /api/agents/{id}/state latency (driver): $API"
	echo "- fan-out spread (first to last receipt of one new version over all streams): $SPREAD"
	echo "- server threads at the end: $SERVER_THREADS; client RSS max ${C_RSS} MiB, CPU max ${C_CPU_MAX} %"
	echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(java -version 2>&1 | head -1)"
	echo "- server jar built $(date -u -r "$WORK/switchboard.jar" '+%Y-%m-%d %H:%M UTC'), repository at $(git rev-parse --short HEAD) (the jar is built from the working tree)"
	echo "- uptime before: \`$(echo $LOAD_BEFORE)\`"
	echo "- uptime after: \`$(echo $LOAD_AFTER)\`"
	echo "- command: \`${AGENTS_SET:+AGENTS=$AGENTS }bench/live-load/run.sh $WALLBOARDS $DESKS $DURATION $RATE\`${SERVER_OPTS:+ with SERVER_OPTS=\"$SERVER_OPTS\"}"
	grep '^ERROR' "$WORK/client.out" | sed 's/^/- client /' || true
	echo
} >>"$RESULTS"
echo "Appended to $RESULTS"
