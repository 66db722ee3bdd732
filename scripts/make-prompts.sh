#!/usr/bin/env bash
# Generates Switchboard's built-in prompt set (Chinese and English) as 8 kHz mono 16-bit WAV
# into telephony/src/main/resources/prompts/{zh,en}/, reproducibly: fixed voices, speed and
# pitch, no dither. Needs espeak-ng and sox (Debian: apt-get install espeak-ng sox).
#   usage: scripts/make-prompts.sh [output-dir]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/telephony/src/main/resources/prompts}
for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "make-prompts: $tool is missing (apt-get install espeak-ng sox)" >&2; exit 1; }
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/prompts.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# say LANG VOICE NAME TEXT: speak TEXT and convert to the telephony format.
say() {
  local lang=$1 voice=$2 name=$3 text=$4 speed=165
  [ "$lang" = zh ] && speed=200
  mkdir -p "$OUT/$lang"
  espeak-ng -v "$voice" -s "$speed" -p 45 -a 120 -w "$WORK/$name.raw.wav" "$text"
  sox -D -V1 "$WORK/$name.raw.wav" -r 8000 -c 1 -b 16 -e signed-integer "$OUT/$lang/$name.wav" \
    silence 1 0.05 0.5% reverse silence 1 0.05 0.5% reverse pad 0.1 0.2 norm -3
}

ZH_NUMBERS=(一 二 三 四 五 六 七 八 九 十)
say zh cmn welcome "您好，欢迎致电客户服务中心。"
say zh cmn menu "咨询请按一，投诉请按二，人工服务请按零。"
say zh cmn please-hold "坐席正忙，请稍候。"
say zh cmn closed "现在是非工作时间，请稍后再来电。"
say zh cmn goodbye "感谢您的来电，再见。"
say zh cmn position-more "您前面还有十位以上的客户。"
say zh cmn voicemail "请在提示音后留言，说完请按井号键。"
say zh cmn message-saved "您的留言已保存，再见。"
say zh cmn unavailable "抱歉，现在无法为您转接。再见。"
for n in $(seq 1 10); do
  say zh cmn "position-$n" "您现在排在第${ZH_NUMBERS[$((n - 1))]}位。"
done

EN_NUMBERS=(one two three four five six seven eight nine ten)
say en en-us welcome "Hello, and welcome to customer service."
say en en-us menu "For enquiries, press one. For complaints, press two. For an agent, press zero."
say en en-us please-hold "All our agents are busy. Please hold."
say en en-us closed "We are closed right now. Please call again during our opening hours."
say en en-us goodbye "Thank you for calling. Goodbye."
say en en-us position-more "There are more than ten callers ahead of you. Thank you for waiting."
say en en-us voicemail "Please leave a message after the tone. Press the pound key when you are done."
say en en-us message-saved "Your message has been saved. Goodbye."
say en en-us unavailable "Sorry, we cannot connect your call right now. Goodbye."
for n in $(seq 1 10); do
  say en en-us "position-$n" "You are number ${EN_NUMBERS[$((n - 1))]} in the queue."
done

# The tone before a voicemail message: 1 kHz, 0.4 s.
for lang in zh en; do
  sox -D -V1 -n -r 8000 -c 1 -b 16 "$OUT/$lang/beep.wav" synth 0.4 sine 1000 fade 0 0.4 0.02 vol 0.5
done

# Music on hold: a quiet, slow arpeggio (C major, A minor, F major, G major), 5.6 s, looped.
for lang in zh en; do
  notes=""
  i=0
  for chord in "C4 E4 G4 E4" "A3 C4 E4 C4" "F3 A3 C4 A3" "G3 B3 D4 B3"; do
    for note in $chord; do
      i=$((i + 1))
      sox -D -V1 -n -r 8000 -c 1 -b 16 "$WORK/note$i.wav" synth 0.35 pluck "$note" fade 0 0.35 0.2 vol 0.35
      notes="$notes $WORK/note$i.wav"
    done
  done
  # shellcheck disable=SC2086
  sox -D -V1 $notes "$OUT/$lang/moh.wav"
done

for f in "$OUT"/*/*.wav; do
  size=$(stat -c %s "$f")
  [ "$size" -le 102400 ] || { echo "make-prompts: $f is $size bytes, over 100 KB" >&2; exit 1; }
done
echo "make-prompts: $(ls "$OUT"/*/*.wav | wc -l) prompts in $OUT"
