#!/usr/bin/env bash
# Reference figure for run-call-rate.sh: the same SIPp caller and auto-answering SIPp (same
# scenarios, hold and call counts) through Kamailio as a stateful, record-routing proxy (tm) that
# sends every call to the answering SIPp by static address. Steps the rate and stops at the first
# rate with a failed call. Loopback only; every SIPp run is bounded by -m and a timeout.
# One SIPp caller tops out around 1,000-1,250 calls/s, so CALLERS=k runs k caller processes
# in parallel, each at rate/k and dialling 800+i; numbers ending in an odd digit go to a
# second answering SIPp when UAS_COUNT=2.
#
# Usage: bench/sipp/run-kamailio-rate.sh [rates...]      default: 100 200 300 400 600 800
# Environment: HOLD_MS (1000), SECONDS_PER_RATE (20), CHILDREN (kamailio UDP workers, 1),
#              CALLERS (SIPp caller processes, 1), UAS_COUNT (answering SIPp processes, 1 or 2),
#              RESULTS=file (append the table), KEEP=1 (keep the temp dir)
set -euo pipefail

RATES=("${@:-100 200 300 400 600 800}")
read -r -a RATES <<<"${RATES[*]}"
HOLD_MS=${HOLD_MS:-1000}
SECONDS_PER_RATE=${SECONDS_PER_RATE:-20}
CHILDREN=${CHILDREN:-1} # one UDP worker: with two, a 180 can overtake the 200 and SIPp aborts the call
CALLERS=${CALLERS:-1}
UAS_COUNT=${UAS_COUNT:-1}
[[ $UAS_COUNT == 1 || $UAS_COUNT == 2 ]] || { echo "UAS_COUNT is 1 or 2" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIPP_DIR="$ROOT/bench/sipp"
command -v kamailio >/dev/null || { echo "kamailio is not installed (Debian: kamailio)" >&2; exit 1; }
command -v sipp >/dev/null || { echo "sipp is not installed (Debian: sip-tester)" >&2; exit 1; }

. "$ROOT/bench/lib.sh"
bench_start_work

SIP_PORT=$(free_udp)
UAS_PORTS=("$(free_udp)")
((UAS_COUNT == 2)) && UAS_PORTS+=("$(free_udp)")
sed -e "s/SIP_PORT/$SIP_PORT/" -e "s/UAS2_ADDR/127.0.0.1:${UAS_PORTS[$((UAS_COUNT - 1))]}/" \
	-e "s/UAS_ADDR/127.0.0.1:${UAS_PORTS[0]}/" -e "s/CHILDREN/$CHILDREN/" \
	-e "s#CTL_SOCKET#$WORK/kamailio_ctl#" "$SIPP_DIR/kamailio.cfg.template" >"$WORK/kamailio.cfg"
mkdir -p "$WORK/run"
kamailio -c -f "$WORK/kamailio.cfg" >"$WORK/check.out" 2>&1 || { cat "$WORK/check.out" >&2; exit 1; }

LOAD_BEFORE=$(uptime)
# -DD: stay in the foreground but still start the worker processes; -E: log to stderr
kamailio -f "$WORK/kamailio.cfg" -DD -E -Y "$WORK/run" -P "$WORK/kamailio.pid" -m 256 -M 32 \
	>"$WORK/kamailio.out" 2>&1 &
KAM_PID=$!
bench_track_server "$KAM_PID"
sleep 2
kill -0 "$KAM_PID" 2>/dev/null || { echo "kamailio did not start" >&2; tail -20 "$WORK/kamailio.out" >&2; exit 1; }

for ((u = 0; u < UAS_COUNT; u++)); do
	(cd "$WORK" && exec sipp 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 -p "${UAS_PORTS[$u]}" -mi 127.0.0.1 -mp "$(free_media_port)" \
		-sf "$SIPP_DIR/agent-answer.xml" -bg -trace_err -trace_stat -fd 1 -stf "$WORK/uas-$u.csv" \
		-nostdin >"$WORK/uas-$u.out" 2>&1) || true
	sleep 1
	pid=$(grep -o 'PID=\[[0-9]*\]' "$WORK/uas-$u.out" | tr -dc '0-9' || true)
	[[ -n "$pid" ]] || { echo "answering SIPp did not start" >&2; cat "$WORK/uas-$u.out" >&2; exit 1; }
	bench_track "$pid"
done

TICKS=$(getconf CLK_TCK)
ticks() { # utime+stime of kamailio and all its worker processes
	local total=0 p
	for p in "$KAM_PID" $(pgrep -P "$KAM_PID" || true); do
		total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}
sample_kamailio() {
	local prev cur
	prev=$(ticks)
	while kill -0 "$KAM_PID" 2>/dev/null; do
		sleep 1
		cur=$(ticks)
		echo "$(date +%s%3N) $(((cur - prev) * 100 / TICKS))" >>"$WORK/kamailio.samples"
		prev=$cur
	done
}
sample_kamailio &
bench_track $!

TABLE="| rate (calls/s) | calls | ok | failed | answered by UAS | kamailio CPU avg / max (% of one core, all processes) | INVITE -> 200 avg (ms) |
|---:|---:|---:|---:|---:|---:|---:|"
UAS_BEFORE=0
for rate in "${RATES[@]}"; do
	per_rate=$(((rate + CALLERS - 1) / CALLERS))
	per_calls=$((per_rate * SECONDS_PER_RATE))
	((per_calls < 50)) && per_calls=50
	calls=$((per_calls * CALLERS))
	start=$(date +%s%3N)
	RC=0
	caller_pids=()
	for ((c = 0; c < CALLERS; c++)); do
		(cd "$WORK" && exec timeout $((per_calls / per_rate + HOLD_MS / 1000 + 60)) sipp 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 \
			-mi 127.0.0.1 -mp "$(free_media_port)" -s $((800 + c)) -sf "$SIPP_DIR/caller.xml" -r "$per_rate" -m "$per_calls" -d "$HOLD_MS" \
			-recv_timeout 10000 -trace_err -trace_stat -fd 1 -stf "$WORK/uac-$rate-$c.csv" -nostdin \
			>"$WORK/uac-$rate-$c.out" 2>&1) &
		caller_pids+=($!)
	done
	for pid in "${caller_pids[@]}"; do
		wait "$pid" || RC=$?
	done
	end=$(date +%s%3N)
	sleep 3
	ok=0
	failed=0
	rtd_sum=0
	for ((c = 0; c < CALLERS; c++)); do
		v=$(csv_last "$WORK/uac-$rate-$c.csv" 'SuccessfulCall(C)' 2>/dev/null || true)
		ok=$((ok + ${v:-0}))
		v=$(csv_last "$WORK/uac-$rate-$c.csv" 'FailedCall(C)' 2>/dev/null || true)
		failed=$((failed + ${v:-0}))
		rtd_sum=$( (csv_last "$WORK/uac-$rate-$c.csv" 'ResponseTime1(C)' 2>/dev/null || true) | awk -F: -v s="$rtd_sum" 'NF == 4 {s += ($1 * 3600 + $2 * 60 + $3) * 1000 + $4 / 1000} END {print s}')
	done
	rtd=$(awk -v s="$rtd_sum" -v n="$CALLERS" 'BEGIN {printf "%.1f", s / n}')
	uas_total=0
	for ((u = 0; u < UAS_COUNT; u++)); do
		v=$(csv_last "$WORK/uas-$u.csv" 'SuccessfulCall(C)' 2>/dev/null || true)
		uas_total=$((uas_total + ${v:-0}))
	done
	answers=$((${uas_total:-0} - UAS_BEFORE))
	UAS_BEFORE=${uas_total:-0}
	read -r cpu_avg cpu_max <<<"$(awk -v s="$start" -v e="$end" '$1 >= s && $1 <= e {n++; c += $2; if ($2 > m) m = $2}
		END {if (n == 0) print "- -"; else printf "%.0f %d\n", c / n, m}' "$WORK/kamailio.samples")"
	ok=${ok:-0}
	failed=${failed:-?}
	[[ $RC != 0 && $failed == 0 ]] && failed="sipp rc $RC"
	row="| $rate | $calls | $ok | $failed | $answers | $cpu_avg / $cpu_max | ${rtd:-?} |"
	echo "$row"
	TABLE+=$'\n'"$row"
	if [[ $failed != 0 || $ok != "$calls" || $answers != "$calls" ]]; then
		echo "first failures at $rate calls/s; stopping" >&2
		break
	fi
done
LOAD_AFTER=$(uptime)
REPORT="Kamailio run $(date -u '+%Y-%m-%d %H:%M UTC'): $(kamailio -v | head -1 | sed 's/^version: //'), $CHILDREN UDP workers, $CALLERS SIPp callers, $UAS_COUNT answering SIPp, hold ${HOLD_MS} ms, ${SECONDS_PER_RATE} s per rate
uptime before: $LOAD_BEFORE
uptime after:  $LOAD_AFTER

$TABLE"
bench_report "$REPORT"
