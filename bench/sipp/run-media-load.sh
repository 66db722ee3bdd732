#!/usr/bin/env bash
# Media load: N concurrent calls route -> queue -> agent, all bridged and recorded by the
# server, with 20 ms PCMU both ways through the server's RTP relay, measured with the rtpgen
# kit (bench/rtp) exactly as the rtpengine reference figures were (same PASS criterion).
#
# Per step N: a SIPp caller (media-caller.xml) places N calls at SETUP_RATE calls/s, each
# advertising its own RTP port (2xxxx); one SIPp agent phone (media-agent.xml) answers for every
# extension with port 1xxxx derived from the caller; both log the server's port from the SDP.
# Once all N calls are answered, the pairs file "caller-port server-caller-port agent-port
# server-agent-port" is handed to measure.py, which runs rtpgen for WINDOW seconds (caller ->
# agent and agent -> caller through the server) and reads the server's CPU. Then: heap after a
# full GC (jcmd GC.run + GC.heap_info), RSS and threads with the calls still up; the callers hang
# up; the recordings of the step are counted through GET /api/recordings until the count
# settles (bounded). One server for all steps. Loopback only; everything bounded in time.
#
# Usage: bench/sipp/run-media-load.sh [N...]            default: 100 250 500 750
# Environment:
#   WINDOW=20          seconds of RTP per step
#   SETUP_RATE=50      calls/s while setting up the calls
#   SERVER_HEAP=1g     -Xmx (and -Xms) of the server
#   SERVER_OPTS        extra JVM options
#   GEN_ARGS="--rt-prio 10"   extra rtpgen arguments (as in the rtpengine runs)
#   STOP_ON_FAIL=1     stop at the first step that does not PASS
#   RESULTS=file       append the run's report (markdown) to this file
#   KEEP=1             keep the temp dir (server log, SIPp logs, pairs, measure.py JSON)
set -euo pipefail

STEPS=("${@:-100 250 500 750}")
read -r -a STEPS <<<"${STEPS[*]}"
WINDOW=${WINDOW:-20}
SETUP_RATE=${SETUP_RATE:-50}
SERVER_HEAP=${SERVER_HEAP:-1g}
GEN_ARGS=${GEN_ARGS:---rt-prio 10}
STOP_ON_FAIL=${STOP_ON_FAIL:-1}
ROUTE=800
MAX_N=0
for n in "${STEPS[@]}"; do
	((n > MAX_N)) && MAX_N=$n
done
((MAX_N <= 5000)) || { echo "at most 5000 calls per step (the port scheme is 2dddd / 1dddd)" >&2; exit 2; }
AGENTS=${AGENTS:-$MAX_N}

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SIPP_DIR="$ROOT/bench/sipp"
RTP_DIR="$ROOT/bench/rtp"
SERVER_JAR=server/target/switchboard.jar
for tool in sipp gcc python3 jcmd curl; do
	command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done
[[ -f "$SERVER_JAR" ]] || { echo "build the server first: ./mvnw -pl server -am package -DskipTests" >&2; exit 1; }

. "$ROOT/bench/lib.sh"
bench_start_work

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
gcc -O2 -Wall -Wextra -o "$WORK/rtpgen" "$RTP_DIR/rtpgen.c" -lpthread -lm

HTTP_PORT=$(free_port)
SIP_PORT=$(free_port)
UAS_PORT=$(free_port)
UAS_MEDIA=$(free_media_port)
UAC_MEDIA=$(free_media_port)
RTP_MIN=${RTP_MIN:-40000}
RTP_MAX=${RTP_MAX:-44999}
ADMIN_PASSWORD="Admin-Media-$RANDOM$RANDOM"

CONFIG="$WORK/center.yaml"
write_sip_center "$CONFIG" "$AGENTS" "$ROUTE" queue:general

LOAD_BEFORE=$(uptime)
# shellcheck disable=SC2086 # the JVM options are words
start_switchboard "$SERVER_JAR" -Xms"$SERVER_HEAP" -Xmx"$SERVER_HEAP" ${SERVER_OPTS:-} -- \
	--switchboard.sip.host=127.0.0.1 --switchboard.sip.port="$SIP_PORT" \
	--switchboard.rtp.port-min="$RTP_MIN" --switchboard.rtp.port-max="$RTP_MAX"
import_center "$CONFIG"

start_agent_phones "$SIPP_DIR/media-agent.xml" "$UAS_PORT" "$UAS_MEDIA" -trace_logs -log_file "$WORK/agent.log"
register_agents "$AGENTS" "$UAS_PORT"
agents_ready "$AGENTS"

count_lines() { # file prefix -> lines starting with prefix
	if [[ -f "$1" ]]; then grep -c "^$2 " "$1" || true; else echo 0; fi
}
recordings_since() { # ISO instant -> "count min-duration max-duration" of the recordings started since
	python3 - "$BASE" "$ADMIN_PASSWORD" "$1" <<'PY'
import base64, json, sys, urllib.request
base, password, since = sys.argv[1:4]
auth = "Basic " + base64.b64encode(f"admin:{password}".encode()).decode()
durations, offset = [], 0
while True:
    req = urllib.request.Request(f"{base}/api/recordings?from={since}&limit=500&offset={offset}", headers={"Authorization": auth})
    page = json.load(urllib.request.urlopen(req, timeout=30))
    durations += [r["durationSeconds"] for r in page]
    if len(page) < 500:
        break
    offset += 500
print(len(durations), f"{min(durations):.1f}" if durations else "-", f"{max(durations):.1f}" if durations else "-")
PY
}

TABLE="| calls N | calls answered by agents | lost packets (of sent) | added delay variation p50 / p99 / max (ms) | RFC 3550 jitter p50 / p99 (ms) | generator ok | server CPU (% of one core) | heap after GC (MiB) | RSS (MiB) | threads | recordings (duration s, min–max) | verdict |
|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|"
HIGHEST_PASS=0
STEP_NO=0
for n in "${STEPS[@]}"; do
	STEP_NO=$((STEP_NO + 1))
	inf="$WORK/callers-$n.csv"
	# caller ports 2dddd and agent ports 1dddd that are both free now (other programs on the
	# machine may hold some of them)
	python3 - "$n" >"$inf" <<'PY'
import socket, sys
n, found = int(sys.argv[1]), []
print("SEQUENTIAL")
for tail in range(0, 10000, 2):
    socks = []
    try:
        for port in (20000 + tail, 10000 + tail):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            socks.append(s)
            s.bind(("127.0.0.1", port))
        found.append(20000 + tail)
    except OSError:
        pass
    finally:
        for s in socks:
            s.close()
    if len(found) == n:
        break
print("\n".join(map(str, found)))
PY
	setup_s=$(((n + SETUP_RATE - 1) / SETUP_RATE))
	hold_s=$((setup_s + 15 + WINDOW + 10))
	a_before=$(count_lines "$WORK/caller-$n.log" A)
	b_before=$(count_lines "$WORK/agent.log" B)
	since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
	sleep 1
	(cd "$WORK" && exec timeout $((hold_s + setup_s + 90)) sipp 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 \
		-mi 127.0.0.1 -mp "$UAC_MEDIA" -s "$ROUTE" -sf "$SIPP_DIR/media-caller.xml" -inf "$inf" \
		-r "$SETUP_RATE" -m "$n" -l "$n" -d $((hold_s * 1000)) -recv_timeout 20000 \
		-trace_err -trace_logs -log_file "$WORK/caller-$n.log" -trace_stat -fd 1 -stf "$WORK/uac-$n.csv" \
		-nostdin >"$WORK/uac-$n.out" 2>&1) &
	UAC_PID=$!
	bench_track "$UAC_PID"
	deadline=$(($(date +%s) + setup_s + 15))
	while (($(date +%s) < deadline)); do
		a=$(($(count_lines "$WORK/caller-$n.log" A) - a_before))
		b=$(($(count_lines "$WORK/agent.log" B) - b_before))
		((a >= n && b >= n)) && break
		sleep 1
	done
	sleep 2 # the last ACKs: every call bridged
	# caller port, server caller-side port; agent port, server agent-side port (joined on dddd)
	grep '^A ' "$WORK/caller-$n.log" | tail -n +$((a_before + 1)) >"$WORK/a-$n.txt" || true
	grep '^B ' "$WORK/agent.log" | tail -n +$((b_before + 1)) >"$WORK/b-$n.txt" || true
	awk 'NR == FNR {srv[$2] = $3; next} {tail = substr($2, 2); if (tail in srv) printf "127.0.0.1:%s 127.0.0.1:%s 127.0.0.1:1%s 127.0.0.1:%s\n", $2, $3, tail, srv[tail]}' \
		"$WORK/b-$n.txt" "$WORK/a-$n.txt" >"$WORK/pairs-$n.txt"
	paired=$(wc -l <"$WORK/pairs-$n.txt")
	echo "N=$n: $(wc -l <"$WORK/a-$n.txt") callers answered, $(wc -l <"$WORK/b-$n.txt") agent legs, $paired pairs" >&2
	MEASURE_RC=0
	if ((paired > 0)); then
		python3 "$RTP_DIR/measure.py" --pairs "$WORK/pairs-$n.txt" --seconds "$WINDOW" --relay-pid "$SERVER_PID" \
			--rtpgen "$WORK/rtpgen" --gen-args "$GEN_ARGS" --label "switchboard-N$n" --out "$WORK/switchboard-N$n.json" \
			--meta "{\"relay\": \"switchboard\", \"calls_requested\": $n}" >&2 || MEASURE_RC=$?
	fi
	threads=$(ls "/proc/$SERVER_PID/task" | wc -l)
	rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")
	heap=$(heap_after_gc "$SERVER_PID")
	wait "$UAC_PID" || true
	bench_untrack "$UAC_PID"
	ok=$(csv_last "$WORK/uac-$n.csv" 'SuccessfulCall(C)')
	failed=$(csv_last "$WORK/uac-$n.csv" 'FailedCall(C)')
	# Recordings are closed when the calls end: wait (bounded) until the count stops changing.
	rec="0 - -"
	prev=""
	for _ in $(seq 1 30); do
		rec=$(recordings_since "$since" 2>/dev/null || echo "? - -")
		[[ "$rec" == "$prev" && ${rec%% *} -ge $n ]] && break
		[[ "$rec" == "$prev" && $_ -ge 10 ]] && break
		prev=$rec
		sleep 2
	done
	read -r rec_count rec_min rec_max <<<"$rec"
	row=$(python3 - "$WORK/switchboard-N$n.json" "$n" "$paired" "${ok:-0}" "${failed:-?}" "$heap" "$rss" "$threads" \
		"$rec_count" "$rec_min" "$rec_max" "$WINDOW" <<'PY'
import json, sys
path, n, paired, ok, failed, heap, rss, threads, rec, rmin, rmax, window = sys.argv[1:13]
n = int(n)
try:
    d = json.load(open(path))
    g = d["gen"]
except Exception:
    d, g = {}, {}
lost = g.get("lost", "?")
sent = g.get("packets_sent", "?")
add = g.get("added_delay_var_ms", {})
jit = g.get("jitter_rfc3550_ms", {})
gen_ok = g.get("generator_ok")
cpu = d.get("relay_cpu_pct_steady", "?")
# every call recorded, none shorter than the RTP window (less than a second lost at the ends);
# longer is possible: the recorder fills silence when one side runs ahead (see the max)
rec_ok = rec.isdigit() and int(rec) == n and rmin != "-" and float(rmin) >= float(window) - 1
media_ok = (lost == 0 and add.get("p99", 1e9) <= 5.0 and gen_ok is True and int(paired) == n and g.get("calls") == n)
calls_ok = ok == str(n) and failed == "0"
verdict = "PASS" if media_ok and calls_ok and rec_ok else "FAIL"
why = []
if int(paired) != n: why.append(f"{paired} of {n} calls bridged")
if not calls_ok: why.append(f"SIPp ok {ok} failed {failed}")
if lost not in (0, "?"): why.append("loss")
if add.get("p99", 0) > 5.0: why.append("p99 > 5 ms")
if gen_ok is False: why.append("generator fell behind")
if not rec_ok: why.append("recordings")
f = lambda v: f"{v:.2f}" if isinstance(v, (int, float)) else "?"
print(f"| {n} | {paired} | {lost} (of {sent}) | {f(add.get('p50'))} / {f(add.get('p99'))} / {f(add.get('max'))} "
      f"| {f(jit.get('p50'))} / {f(jit.get('p99'))} | {gen_ok} | {cpu} | {heap} | {rss} | {threads} | {rec} ({rmin}–{rmax}) "
      f"| {verdict}{' (' + ', '.join(why) + ')' if why else ''} |")
PY
)
	echo "$row"
	TABLE+=$'\n'"$row"
	if [[ $row == *"| PASS |" ]]; then
		HIGHEST_PASS=$n
	elif [[ $STOP_ON_FAIL == 1 ]]; then
		echo "N=$n did not pass; stopping" >&2
		break
	fi
	sleep 5
done
LOAD_AFTER=$(uptime)

REPORT="Media run $(date -u '+%Y-%m-%d %H:%M UTC'): server -Xms$SERVER_HEAP -Xmx$SERVER_HEAP ${SERVER_OPTS:-}, RTP window ${WINDOW} s, calls set up at ${SETUP_RATE}/s, rtpgen args '$GEN_ARGS' (unpinned)
uptime before: $LOAD_BEFORE
uptime after:  $LOAD_AFTER
highest N that passed: $HIGHEST_PASS

$TABLE"
bench_report "$REPORT"
