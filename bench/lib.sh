# Shared by the load scripts under bench/ (source it: `. "$ROOT/bench/lib.sh"`): a temporary
# directory cleaned up on exit, free loopback ports, a Switchboard jar started on loopback with a
# center imported, the agents' SIPp phones registered and set ready, CPU/RSS sampling and SIPp's
# statistics. Everything binds 127.0.0.1 only.

# --- the work directory and what to stop on exit -------------------------------------------

# bench_start_work: WORK=a new temporary directory; on exit every tracked process is killed,
# every tracked server stopped (kill, then wait), bench_before_cleanup run if the script defines
# it, and WORK removed (kept, and named, with KEEP=1).
BENCH_PIDS=()
BENCH_SERVERS=()
bench_start_work() {
	WORK=$(mktemp -d)
	trap bench_cleanup EXIT
}
bench_track() { # pid: a helper process (sampler, SIPp) killed on exit
	BENCH_PIDS+=("$1")
}
bench_untrack() { # pid: no longer to kill (it ended or was stopped)
	local kept=() pid
	for pid in "${BENCH_PIDS[@]}"; do
		[[ $pid != "$1" ]] && kept+=("$pid")
	done
	BENCH_PIDS=("${kept[@]}")
}
bench_track_server() { # pid: a server stopped gracefully (kill + wait) on exit
	BENCH_SERVERS+=("$1")
}
bench_stop_server() { # pid: stop a tracked server now (kill + wait)
	local kept=() pid
	kill "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
	for pid in "${BENCH_SERVERS[@]}"; do
		[[ $pid != "$1" ]] && kept+=("$pid")
	done
	BENCH_SERVERS=("${kept[@]}")
}
bench_cleanup() {
	local pid
	for pid in "${BENCH_PIDS[@]}"; do
		[[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
	done
	for pid in "${BENCH_SERVERS[@]}"; do
		if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
			kill "$pid"
			wait "$pid" 2>/dev/null || true
		fi
	done
	if declare -F bench_before_cleanup >/dev/null; then
		bench_before_cleanup || true
	fi
	if [[ "${KEEP:-0}" == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}

# --- free loopback ports ---------------------------------------------------------------------

free_port() { # a port free for both UDP and TCP (SIP listens on both)
	python3 - <<'PY'
import socket
while True:
    t = socket.socket(); t.bind(("127.0.0.1", 0)); p = t.getsockname()[1]
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        u.bind(("127.0.0.1", p)); print(p); break
    except OSError:
        pass
    finally:
        u.close(); t.close()
PY
}
free_udp() { # a free UDP port
	python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
free_media_port() { # SIPp binds its media port and the one two above (video): both free
	python3 - <<'PY'
import socket
while True:
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); a.bind(("127.0.0.1", 0)); p = a.getsockname()[1]
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        if p < 65530:
            b.bind(("127.0.0.1", p + 2)); print(p); break
    except OSError:
        pass
    finally:
        b.close(); a.close()
PY
}

# --- a Switchboard server ----------------------------------------------------------------------

# start_switchboard JAR [JVM options...] -- [application arguments...]
# Runs a copy of JAR (another build replacing it mid-run would break the JVM) on
# 127.0.0.1:HTTP_PORT with WORK/data as data directory and ADMIN_PASSWORD for the first
# administrator, console output in WORK/server.out; waits (2 min at most) until it is healthy.
# Sets SERVER_PID and BASE.
start_switchboard() {
	local jar=$1 jvm=() app=()
	shift
	while (($#)) && [[ $1 != -- ]]; do
		jvm+=("$1")
		shift
	done
	(($#)) && shift
	app=("$@")
	cp -p "$jar" "$WORK/switchboard.jar"
	BASE="http://127.0.0.1:$HTTP_PORT"
	SWITCHBOARD_ADMIN_PASSWORD="$ADMIN_PASSWORD" java "${jvm[@]}" -jar "$WORK/switchboard.jar" \
		--server.address=127.0.0.1 --server.port="$HTTP_PORT" --switchboard.data-dir="$WORK/data" \
		"${app[@]}" >"$WORK/server.out" 2>&1 &
	SERVER_PID=$!
	bench_track_server "$SERVER_PID"
	for _ in $(seq 1 120); do
		curl -fsS "$BASE/actuator/health" >/dev/null 2>&1 && return 0
		if ! kill -0 "$SERVER_PID" 2>/dev/null; then
			echo "Server did not start:" >&2
			tail -40 "$WORK/server.out" >&2
			exit 1
		fi
		sleep 1
	done
	curl -fsS "$BASE/actuator/health" >/dev/null
}

import_center() { # file: POST it to /api/config/import as the administrator
	curl -fsS -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/yaml' --data-binary "@$1" \
		"$BASE/api/config/import" >"$WORK/import.json"
}

# write_sip_center FILE AGENTS ROUTE DESTINATION [IVR]: one queue "general", AGENTS extensions
# and agents 7000... (extension password ext-pass-N), ROUTE -> DESTINATION; with IVR=1 also the
# IVR "main" (menu "press 1" -> general), and DESTINATION should be ivr:main.
write_sip_center() {
	local file=$1 agents=$2 route=$3 destination=$4 ivr=${5:-0} i id
	{
		echo "queues:"
		echo "  - {name: general, strategy: longest-idle, requiredSkills: {general: 1}, wrapUpSeconds: 0}"
		echo "extensions:"
		for ((i = 0; i < agents; i++)); do
			echo "  - {number: \"$((7000 + i))\", password: \"ext-pass-$((7000 + i))\"}"
		done
		echo "agents:"
		for ((i = 0; i < agents; i++)); do
			id=$((7000 + i))
			echo "  - {jobNumber: \"$id\", name: \"Agent $id\", password: \"Agent-Pass-$id\", extension: \"$id\", skills: {general: 5}}"
		done
		if [[ $ivr == 1 ]]; then
			echo "ivrs:"
			echo "  - name: main"
			echo "    start: welcome"
			echo "    nodes:"
			echo "      welcome: {type: menu, prompt: welcome, options: {\"1\": general}, timeoutSeconds: 5, retries: 2, onFail: general}"
			echo "      general: {type: queue, queue: general}"
		fi
		echo "inboundRoutes:"
		echo "  - {number: \"$route\", destination: \"$destination\"}"
	} >"$file"
}

# --- the agents' phones: one SIPp answering for every extension ---------------------------

# start_agent_phones SCENARIO PORT MEDIA_PORT [SIPp arguments...]: runs SIPp in the background
# as the phone of every agent, on PORT; sets UAS_PID (killed on exit).
start_agent_phones() {
	local scenario=$1 port=$2 media=$3
	shift 3
	(cd "$WORK" && exec sipp 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 -p "$port" -mi 127.0.0.1 -mp "$media" \
		-sf "$scenario" -bg -trace_err -trace_stat -fd 1 -stf "$WORK/uas.csv" -nostdin "$@" \
		>"$WORK/uas.out" 2>&1) || true
	sleep 1
	UAS_PID=$(grep -o 'PID=\[[0-9]*\]' "$WORK/uas.out" | tr -dc '0-9' || true)
	[[ -n "$UAS_PID" ]] && kill -0 "$UAS_PID" 2>/dev/null || {
		echo "agent SIPp did not start" >&2
		cat "$WORK/uas.out" "$WORK"/*errors.log >&2
		exit 1
	}
	bench_track "$UAS_PID"
}

# register_agents AGENTS PORT: registers extensions 7000... with MD5 digest, Contact at
# 127.0.0.1:PORT (the agent phones), 50 a second.
register_agents() {
	local agents=$1 port=$2 i id rc=0
	{
		echo "SEQUENTIAL"
		for ((i = 0; i < agents; i++)); do
			id=$((7000 + i))
			echo "$id;[authentication username=$id password=ext-pass-$id];127.0.0.1:$port"
		done
	} >"$WORK/agents.csv"
	(cd "$WORK" && timeout 120 sipp 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 -sf "$BENCH_LIB_DIR/sipp/register-agents.xml" \
		-inf "$WORK/agents.csv" -m "$agents" -r 50 -trace_err -nostdin >"$WORK/register.out" 2>&1) || rc=$?
	if [[ $rc != 0 ]]; then
		echo "registering $agents extensions failed (sipp rc $rc)" >&2
		tail -20 "$WORK"/register*errors.log >&2 2>/dev/null || true
		exit 1
	fi
}

# agents_ready AGENTS: sets agents 7000... READY through the REST API. One form login, then the
# session cookie: HTTP Basic would check the BCrypt hash on every request (about 0.1 s of CPU
# each, minutes for 1,000 agents).
agents_ready() {
	local agents=$1 i code csrf cookies="$WORK/cookies"
	csrf=$(curl -fsS -c "$cookies" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
	curl -fsS -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=admin" \
		--data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
	for ((i = 0; i < agents; i++)); do
		code=$(curl -sS -o "$WORK/state.out" -w '%{http_code}' -b "$cookies" -X PUT \
			-H 'Content-Type: application/json' -d '{"state":"READY"}' "$BASE/api/agents/$((7000 + i))/state")
		[[ $code == 200 ]] || { echo "READY for $((7000 + i)) answered $code: $(cat "$WORK/state.out")" >&2; exit 1; }
	done
}

# --- measuring -----------------------------------------------------------------------------------

# sample PID OUT: every second, "epoch-ms cpu-%-of-one-core rss-KiB" of PID appended to OUT,
# until PID ends. Run it in the background and bench_track it.
sample() {
	local pid=$1 out=$2 prev cur ticks
	ticks=$(getconf CLK_TCK)
	prev=$(awk '{print $14 + $15}' "/proc/$pid/stat")
	while kill -0 "$pid" 2>/dev/null; do
		sleep 1
		cur=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || break
		echo "$(date +%s%3N) $(((cur - prev) * 100 / ticks)) $(awk '/VmRSS/ {print $2}' "/proc/$pid/status")" >>"$out"
		prev=$cur
	done
}

csv_last() { # file column -> value of that column in the last row of a SIPp stat CSV
	awk -F';' -v col="$2" 'NR == 1 {for (i = 1; i <= NF; i++) if ($i == col) c = i; next} {v = $c} END {print v}' "$1"
}

heap_after_gc() { # pid -> MiB used in the heap right after a full GC
	jcmd "$1" GC.run >/dev/null 2>&1 || true
	jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f\n", v / 1024; exit}}'
}

bench_report() { # text: printed, and appended to the file RESULTS names, if any
	echo
	echo "$1"
	if [[ -n "${RESULTS:-}" ]]; then
		printf '%s\n\n' "$1" >>"$RESULTS"
	fi
}

BENCH_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
