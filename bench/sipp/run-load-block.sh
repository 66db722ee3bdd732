#!/usr/bin/env bash
# The SIP and media load figures of bench/results/sip-load.md and media-load.md in one block,
# so that the references (rtpengine, Kamailio) are measured in the same run as Switchboard:
#   1. rtpengine as the media relay (bench/rtp/run-rtpengine.sh)
#   2. Switchboard's relay: concurrent bridged and recorded calls (run-media-load.sh)
#   3. Kamailio as a stateful proxy, several SIPp callers (run-kamailio-rate.sh)
#   4. Switchboard's call rate through IVR -> queue -> agent (run-call-rate.sh, IVR=1)
# Every part appends its report to RESULTS (default: a new file in the temp dir, printed).
#
# Usage: bench/sipp/run-load-block.sh
# Environment (each passed on to the part it names):
#   MEDIA_STEPS="100 250 500 750 1000"   RTPENGINE_STEPS (same as MEDIA_STEPS)
#   KAMAILIO_RATES="1000 1500 2000 2500 3000"   KAMAILIO_CALLERS=3   KAMAILIO_UAS=2
#   IVR_RATES="100 200 300 400 500 600"   IVR_AGENTS=1000   SERVER_HEAP=2g (call rate; media uses 1g)
#   WINDOW=20 (media), MEDIA_STOP_ON_FAIL=0 (every media step), SECONDS_PER_RATE=10 (call rates)
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MEDIA_STEPS=${MEDIA_STEPS:-100 250 500 750 1000}
RTPENGINE_STEPS=${RTPENGINE_STEPS:-$MEDIA_STEPS}
KAMAILIO_RATES=${KAMAILIO_RATES:-1000 1500 2000 2500 3000}
IVR_RATES=${IVR_RATES:-100 200 300 400 500 600}
export WINDOW=${WINDOW:-20}
export SECONDS_PER_RATE=${SECONDS_PER_RATE:-10}
RESULTS=${RESULTS:-$(mktemp --suffix=.md)}
export RESULTS

echo "# Load block $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)" >>"$RESULTS"
echo >>"$RESULTS"
# shellcheck disable=SC2086
"$ROOT/bench/rtp/run-rtpengine.sh" $RTPENGINE_STEPS || echo "rtpengine part failed (rc $?)" | tee -a "$RESULTS"
# shellcheck disable=SC2086
SERVER_HEAP=1g STOP_ON_FAIL=${MEDIA_STOP_ON_FAIL:-0} "$ROOT/bench/sipp/run-media-load.sh" $MEDIA_STEPS || echo "media part failed (rc $?)" | tee -a "$RESULTS"
# shellcheck disable=SC2086
CALLERS=${KAMAILIO_CALLERS:-3} UAS_COUNT=${KAMAILIO_UAS:-2} "$ROOT/bench/sipp/run-kamailio-rate.sh" $KAMAILIO_RATES \
	|| echo "Kamailio part failed (rc $?)" | tee -a "$RESULTS"
# shellcheck disable=SC2086
IVR=1 AGENTS=${IVR_AGENTS:-1000} SERVER_HEAP=${SERVER_HEAP:-2g} "$ROOT/bench/sipp/run-call-rate.sh" $IVR_RATES \
	|| echo "IVR call-rate part failed (rc $?)" | tee -a "$RESULTS"
echo "results in $RESULTS"
