#!/usr/bin/env bash
# SIP call-rate benchmark: SIPp callers dial an inbound route number -> queue -> agent (or, with
# IVR=1, -> IVR menu, the caller presses 1 with SIP INFO -> queue -> agent); one SIPp process
# auto-answers for every agent extension (all registered with MD5 digest auth, Contact at that
# process); the caller holds, then hangs up and Switchboard hangs up the agent.
# Steps the call rate and stops at the first rate with a failed call (not answered, not
# bridged to an agent, or not recorded). After each step: the
# recordings of the step counted through GET /api/recordings (waiting, bounded, until the count
# settles), heap used after a full GC (jcmd) and the server's thread count. Loopback only; every
# SIPp run is bounded by a call count (-m) and a timeout.
#
# Usage: bench/sipp/run-call-rate.sh [rates...]          default: 10 25 50 100
# Environment:
#   AGENTS=200      agents/extensions configured, registered and set READY (needs >= rate x hold)
#   HOLD_MS=1000    how long the caller stays bridged before hanging up
#   SECONDS_PER_RATE=20   calls per step = rate x this (at least 50)
#   IVR=1           route 800 -> ivr:main (menu "press 1" -> queue), caller-ivr.xml sends the digit
#   SERVER_HEAP     -Xms/-Xmx of the server (e.g. 2g; default: the JVM's default maximum heap)
#   SERVER_OPTS     extra JVM options for the server
#   RESULTS=file    write the run's table to this file as well (markdown)
#   KEEP=1          keep the temp dir (server log, SIPp logs) and print where it is
set -euo pipefail

RATES=("${@:-10 25 50 100}")
read -r -a RATES <<<"${RATES[*]}"
AGENTS=${AGENTS:-200}
HOLD_MS=${HOLD_MS:-1000}
SECONDS_PER_RATE=${SECONDS_PER_RATE:-20}
ROUTE=800
IVR=${IVR:-0}
CALLER_SCENARIO=caller.xml
[[ $IVR == 1 ]] && CALLER_SCENARIO=caller-ivr.xml

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SIPP_DIR="$ROOT/bench/sipp"
SERVER_JAR=server/target/switchboard.jar
for tool in sipp jcmd python3 curl; do
	command -v "$tool" >/dev/null || { echo "$tool is not installed (sipp: Debian sip-tester)" >&2; exit 1; }
done
[[ -f "$SERVER_JAR" ]] || { echo "build the server first: ./mvnw -pl server -am package -DskipTests" >&2; exit 1; }

. "$ROOT/bench/lib.sh"
bench_start_work
HTTP_PORT=$(free_port)
SIP_PORT=$(free_port)
UAS_PORT=$(free_port)
RTP_MIN=${RTP_MIN:-40000}
RTP_MAX=${RTP_MAX:-44999}
ADMIN_PASSWORD="Admin-Sip-$RANDOM$RANDOM"

CONFIG="$WORK/center.yaml"
if [[ $IVR == 1 ]]; then
	write_sip_center "$CONFIG" "$AGENTS" "$ROUTE" ivr:main 1
else
	write_sip_center "$CONFIG" "$AGENTS" "$ROUTE" queue:general
fi

LOAD_BEFORE=$(uptime)
HEAP_OPTS=""
[[ -n "${SERVER_HEAP:-}" ]] && HEAP_OPTS="-Xms$SERVER_HEAP -Xmx$SERVER_HEAP"
# shellcheck disable=SC2086 # the JVM options are words
start_switchboard "$SERVER_JAR" $HEAP_OPTS ${SERVER_OPTS:-} -- \
	--switchboard.sip.host=127.0.0.1 --switchboard.sip.port="$SIP_PORT" \
	--switchboard.rtp.port-min="$RTP_MIN" --switchboard.rtp.port-max="$RTP_MAX"
import_center "$CONFIG"

# The agent phones: one UAS for every extension, unbounded but killed at the end.
start_agent_phones "$SIPP_DIR/agent-answer.xml" "$UAS_PORT" "$(free_media_port)"
register_agents "$AGENTS" "$UAS_PORT"
agents_ready "$AGENTS"

sample "$SERVER_PID" "$WORK/server.samples" &
SAMPLER_PID=$!
bench_track "$SAMPLER_PID"

recordings_since() { # ISO instant -> number of recordings (database rows) started since
	python3 - "$BASE" "$ADMIN_PASSWORD" "$1" <<'PY'
import base64, json, sys, urllib.request
base, password, since = sys.argv[1:4]
auth = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
count, offset = 0, 0
while True:
    req = urllib.request.Request(f"{base}/api/recordings?from={since}&limit=500&offset={offset}", headers={"Authorization": auth})
    page = json.load(urllib.request.urlopen(req, timeout=60))
    count += len(page)
    if len(page) < 500:
        break
    offset += 500
print(count)
PY
}
udp_drops() { # datagrams the machine's UDP sockets dropped for a full receive buffer, since boot
	awk '/^Udp:/ {n++; if (n == 1) {for (i = 1; i <= NF; i++) if ($i == "RcvbufErrors") c = i} else {print $c; exit}}' /proc/net/snmp
}
TABLE="| rate (calls/s) | calls | ok | failed | agent answers | recordings | server CPU avg / max (% of one core) | server RSS max (MiB) | heap after GC (MiB) | threads | INVITE -> 200 avg (ms) |$([[ $IVR == 1 ]] && echo ' INFO -> 200 avg (ms) |') UDP datagrams dropped (machine) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|$([[ $IVR == 1 ]] && echo '---:|')---:|"
UAS_BEFORE=0
for rate in "${RATES[@]}"; do
	calls=$((rate * SECONDS_PER_RATE))
	((calls < 50)) && calls=50
	since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	sleep 1
	start=$(date +%s%3N)
	drops_before=$(udp_drops)
	RC=0
	(cd "$WORK" && timeout $((calls / rate + HOLD_MS / 1000 + 60)) sipp 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 \
		-mi 127.0.0.1 -mp "$(free_media_port)" -s "$ROUTE" -sf "$SIPP_DIR/$CALLER_SCENARIO" -r "$rate" -m "$calls" -d "$HOLD_MS" \
		-recv_timeout 10000 -trace_err -trace_stat -fd 1 -stf "$WORK/uac-$rate.csv" -nostdin \
		>"$WORK/uac-$rate.out" 2>&1) || RC=$?
	end=$(date +%s%3N)
	drops=$(($(udp_drops) - drops_before))
	sleep 3 # let the last agent legs finish and the agent SIPp write its counters
	ok=$(csv_last "$WORK/uac-$rate.csv" 'SuccessfulCall(C)')
	failed=$(csv_last "$WORK/uac-$rate.csv" 'FailedCall(C)')
	# SIPp writes HH:MM:SS:microseconds; INVITE sent -> 200 OK received (queue + agent ringing)
	rtd=$(csv_last "$WORK/uac-$rate.csv" 'ResponseTime1(C)' | awk -F: 'NF == 4 {printf "%.1f", ($1 * 3600 + $2 * 60 + $3) * 1000 + $4 / 1000}')
	rtd2=$(csv_last "$WORK/uac-$rate.csv" 'ResponseTime2(C)' | awk -F: 'NF == 4 {printf "%.1f", ($1 * 3600 + $2 * 60 + $3) * 1000 + $4 / 1000}')
	uas_total=$(csv_last "$WORK/uas.csv" 'SuccessfulCall(C)')
	answers=$((${uas_total:-0} - UAS_BEFORE))
	UAS_BEFORE=${uas_total:-0}
	read -r cpu_avg cpu_max rss <<<"$(awk -v s="$start" -v e="$end" '$1 >= s && $1 <= e {n++; c += $2; if ($2 > m) m = $2; if ($3 > r) r = $3}
		END {if (n == 0) print "- - -"; else printf "%.0f %d %.0f\n", c / n, m, r / 1024}' "$WORK/server.samples")"
	# Recordings are closed when the calls end: wait (bounded) until the count stops changing.
	recordings="?"
	for i in $(seq 1 30); do
		now=$(recordings_since "$since" 2>/dev/null || echo "?")
		[[ $now == "$recordings" && ($now == "$answers" || $i -ge 6) ]] && break
		recordings=$now
		sleep 2
	done
	heap=$(heap_after_gc "$SERVER_PID")
	threads=$(ls "/proc/$SERVER_PID/task" | wc -l)
	ok=${ok:-0}
	failed=${failed:-?}
	[[ $RC != 0 && $failed == 0 ]] && failed="sipp rc $RC"
	row="| $rate | $calls | $ok | $failed | $answers | $recordings | $cpu_avg / $cpu_max | $rss | ${heap:-?} | $threads | ${rtd:-?} |$([[ $IVR == 1 ]] && echo " ${rtd2:-?} |") $drops |"
	echo "$row"
	TABLE+=$'\n'"$row"
	# A caller answered is not a call bridged: Switchboard answers the caller itself (queue or
	# IVR), and an agent who answered is bridged only when the engine says so, which can come
	# after the caller has hung up. Every bridge starts a recording, so a step only passes if
	# every call reached an agent phone and was recorded.
	if [[ $failed != 0 || $ok != "$calls" || $answers != "$calls" || $recordings != "$calls" ]]; then
		echo "first failures at $rate calls/s; stopping" >&2
		tail -5 "$WORK"/caller*errors.log 2>/dev/null >&2 || true
		break
	fi
done
kill "$SAMPLER_PID" 2>/dev/null || true
bench_untrack "$SAMPLER_PID"
LOAD_AFTER=$(uptime)
SERVER_THREADS=$(ls "/proc/$SERVER_PID/task" | wc -l)
RECORDINGS=$(find "$WORK/data" -name '*.wav' 2>/dev/null | wc -l)
FLOW="route $ROUTE -> queue:general"
[[ $IVR == 1 ]] && FLOW="route $ROUTE -> ivr:main (menu, 1 pressed with SIP INFO) -> queue:general"

REPORT="Run $(date -u '+%Y-%m-%d %H:%M UTC'): $AGENTS agents, hold ${HOLD_MS} ms, ${SECONDS_PER_RATE} s per rate, $FLOW, server ${HEAP_OPTS:-default heap} ${SERVER_OPTS:-}
uptime before: $LOAD_BEFORE
uptime after:  $LOAD_AFTER
server threads at the end: $SERVER_THREADS; WAV files in the data directory at the end: $RECORDINGS

$TABLE"
bench_report "$REPORT"
