#!/usr/bin/env bash
# Reference figure for bench/sipp/run-media-load.sh: rtpengine (userspace forwarding only,
# --table=-1) as the media relay, measured with the same rtpgen kit and the same PASS criterion
# (0 lost, added delay variation p99 <= 5 ms, generator ok). Per N: a fresh rtpengine on free
# loopback ports, N calls created over the ng protocol (ngclient.py, offer + answer -> pairs
# file), measure.py runs rtpgen for WINDOW seconds and reads rtpengine's CPU, rtpengine is
# stopped by PID. rtpgen is compiled with gcc into a temporary directory. Unpinned (no taskset),
# as run-media-load.sh runs the server.
#
# Usage: bench/rtp/run-rtpengine.sh [N...]               default: 100 250 500 750
# Environment: WINDOW (20), GEN_ARGS ("--rt-prio 10"), RESULTS=file (append the table),
#              KEEP=1 (keep the temp dir with the JSON files and rtpengine's logs)
set -euo pipefail

STEPS=("${@:-100 250 500 750}")
read -r -a STEPS <<<"${STEPS[*]}"
WINDOW=${WINDOW:-20}
GEN_ARGS=${GEN_ARGS:---rt-prio 10}
DIR=$(cd "$(dirname "$0")" && pwd)
for tool in rtpengine gcc python3; do
	command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: rtpengine-daemon)" >&2; exit 1; }
done

. "$DIR/../lib.sh"
bench_start_work
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
gcc -O2 -Wall -Wextra -o "$WORK/rtpgen" "$DIR/rtpgen.c" -lpthread -lm

RTPE_VERSION=$(rtpengine --version 2>&1 | head -1)
LOAD_BEFORE=$(uptime)
TABLE="| calls N | lost packets (of sent) | added delay variation p50 / p99 / max (ms) | RFC 3550 jitter p50 / p99 (ms) | generator ok | rtpengine CPU (% of one core) | verdict |
|---:|---:|---:|---:|---|---:|---|"
HIGHEST_PASS=0
for n in "${STEPS[@]}"; do
	ng_port=$(free_udp)
	rtpengine --config-file=none --table=-1 --interface=127.0.0.1 --listen-ng=127.0.0.1:"$ng_port" \
		--port-min=40000 --port-max=49999 --foreground --log-stderr --log-level=5 \
		>"$WORK/rtpengine-$n.log" 2>&1 &
	RTPE_PID=$!
	bench_track_server "$RTPE_PID"
	up=0
	for _ in $(seq 1 30); do
		python3 "$DIR/ngclient.py" --ng 127.0.0.1:"$ng_port" --timeout 0.5 ping >/dev/null 2>&1 && { up=1; break; }
		sleep 0.2
	done
	[[ $up == 1 ]] || { echo "rtpengine did not answer on ng" >&2; tail -20 "$WORK/rtpengine-$n.log" >&2; exit 1; }
	# generator ports base+4i and base+4i+2 (ngclient.py), all free now
	base=$(python3 - "$n" <<'PY'
import socket, sys
n = int(sys.argv[1])
for base in range(10000, 30000 - 4 * n, 500):
    socks = []
    try:
        for i in range(n):
            for port in (base + 4 * i, base + 4 * i + 2):
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); socks.append(s); s.bind(("127.0.0.1", port))
        print(base); break
    except OSError:
        pass
    finally:
        for s in socks: s.close()
PY
)
	[[ -n "$base" ]] || { echo "no free block of $((4 * n)) generator ports" >&2; exit 1; }
	python3 "$DIR/ngclient.py" --ng 127.0.0.1:"$ng_port" setup --calls "$n" --local-ip 127.0.0.1 --base-port "$base" \
		--out "$WORK/pairs-$n.txt" >&2
	python3 "$DIR/measure.py" --pairs "$WORK/pairs-$n.txt" --seconds "$WINDOW" --relay-pid "$RTPE_PID" \
		--rtpgen "$WORK/rtpgen" --gen-args "$GEN_ARGS" --label "rtpengine-N$n" --out "$WORK/rtpengine-N$n.json" \
		--meta "{\"relay\": \"rtpengine\", \"relay_version\": \"$RTPE_VERSION\"}" >&2 || true
	bench_stop_server "$RTPE_PID"
	row=$(python3 - "$WORK/rtpengine-N$n.json" "$n" <<'PY'
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
try:
    d = json.load(open(path)); g = d["gen"]
except Exception:
    d, g = {}, {}
add, jit = g.get("added_delay_var_ms", {}), g.get("jitter_rfc3550_ms", {})
ok = g.get("lost") == 0 and add.get("p99", 1e9) <= 5.0 and g.get("generator_ok") is True and g.get("calls") == n
f = lambda v: f"{v:.2f}" if isinstance(v, (int, float)) else "?"
print(f"| {n} | {g.get('lost', '?')} (of {g.get('packets_sent', '?')}) | {f(add.get('p50'))} / {f(add.get('p99'))} / {f(add.get('max'))} "
      f"| {f(jit.get('p50'))} / {f(jit.get('p99'))} | {g.get('generator_ok')} | {d.get('relay_cpu_pct_steady', '?')} | {'PASS' if ok else 'FAIL'} |")
PY
)
	echo "$row"
	TABLE+=$'\n'"$row"
	[[ $row == *"| PASS |" ]] && HIGHEST_PASS=$n
	sleep 2
done
LOAD_AFTER=$(uptime)
REPORT="rtpengine run $(date -u '+%Y-%m-%d %H:%M UTC'): $RTPE_VERSION, userspace (--table=-1), unpinned, RTP window ${WINDOW} s, rtpgen args '$GEN_ARGS'
uptime before: $LOAD_BEFORE
uptime after:  $LOAD_AFTER
highest N that passed: $HIGHEST_PASS

$TABLE"
bench_report "$REPORT"
