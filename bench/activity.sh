#!/usr/bin/env bash
# Measures `rel import` of calendars and mail (see bench/README.md): a generated maildir of MESSAGES
# messages and a calendar of EVENTS events (a busy year's worth) into a journal of CONTACTS people,
# next to the floor of reading every message's headers with a plain loop, measured in the same run;
# then again with nothing new, which must cost a fraction of the first.
#
# Usage: bench/activity.sh PATH/TO/rel [MESSAGES] [EVENTS] [CONTACTS]   (default 100000 2000 2000)
# Builds nothing: the rel-bench-* helpers are taken from the folder `bench/` beside the rel binary
# (a CMake build tree), or from $REL_BENCH_BIN.
set -euo pipefail

if [[ $# -lt 1 || ! -x $1 ]]; then
  echo "usage: $0 PATH/TO/rel [MESSAGES] [EVENTS] [CONTACTS]" >&2
  exit 2
fi
REL=$(realpath "$1")
MESSAGES=${2:-100000}
EVENTS=${3:-2000}
CONTACTS=${4:-2000}
RUNS=${REL_BENCH_RUNS:-3}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start activity activity headers time
export TZ=UTC


MAIL="$T/Mail/INBOX"
ICS="$T/work.ics"
mkdir -p "$T/Mail"
"$BIN/rel-bench-activity" maildir "$MAIL" "$MESSAGES" "$CONTACTS"
"$BIN/rel-bench-activity" ics "$ICS" "$EVENTS" "$CONTACTS"
mail_mb=$(du -sm "$MAIL" | cut -f1)

# new_journal DIR: the journal of CONTACTS people with addresses, as it was before any import.
new_journal() {
  rm -rf "$1" "$XDG_CACHE_HOME"
  "$BIN/rel-bench-activity" journal "$1" "$CONTACTS"
  REL_DIR="$1" "$REL" list >/dev/null 2>&1 || true  # the index, as a journal in use has it
}

# The floor: every message's headers read with a plain loop, on one core (the page cache warmed by
# a first pass, as it is for rel's runs, which follow one another).
"$BIN/rel-bench-headers" "$MAIL" >/dev/null
floor_ms=$(for _ in $(seq "$RUNS"); do timed "$BIN/rel-bench-headers" "$MAIL"; done | median)

: >"$T/rss"
J="$T/journal"
new_journal "$J"
mail_summary=$(REL_DIR="$J" "$REL" import --dry-run "$MAIL" | tail -n 1)
ics_summary=$(REL_DIR="$J" "$REL" import --dry-run "$ICS" | tail -n 1)
mail_first_ms=$(for _ in $(seq "$RUNS"); do
  new_journal "$J"
  REL_DIR="$J" timed "$REL" import "$MAIL"
done | median)
mail_again_ms=$(for _ in $(seq "$RUNS"); do REL_DIR="$J" timed "$REL" import "$MAIL"; done | median)
ics_first_ms=$(for _ in $(seq "$RUNS"); do
  new_journal "$J"
  REL_DIR="$J" timed "$REL" import "$ICS"
done | median)
ics_again_ms=$(for _ in $(seq "$RUNS"); do REL_DIR="$J" timed "$REL" import "$ICS"; done | median)
sums=$(cd "$J" && find . -name '*.yaml' -exec cat {} + | sha256sum)
REL_DIR="$J" "$REL" import "$ICS" >/dev/null
[[ $(cd "$J" && find . -name '*.yaml' -exec cat {} + | sha256sum) == "$sums" ]] || echo "the calendar's re-import changed a file!" >&2
bodies=$(grep -rl BODYMARKER "$J" | wc -l || true)
peak_mb=$(awk -v k="$(peak_kib)" 'BEGIN { printf "%.1f", k / 1024 }')

echo "== import of a $MESSAGES-message maildir ($mail_mb MB) and a $EVENTS-event calendar into $CONTACTS contacts, $CORES cores"
row "floor: read every message's headers" "$floor_ms" "(rel-bench-headers, one core, plain loop)"
row "mail: first import" "$mail_first_ms" "$(ratio "$mail_first_ms" "$floor_ms")× floor; target: seconds"
row "mail: again, nothing new" "$mail_again_ms" "$(ratio "$mail_again_ms" "$mail_first_ms")× first import; target: a fraction"
row "calendar: first import" "$ics_first_ms" "target: seconds"
row "calendar: again, nothing new" "$ics_again_ms" "$(ratio "$ics_again_ms" "$ics_first_ms")× first import; target: a fraction"
printf '  %-34s %10s MB\n' "peak memory, any import" "$peak_mb"
echo "  mail: $mail_summary"
echo "  calendar: $ics_summary"
echo "  files holding a body or description: $bodies"
echo
echo "| messages | MB | events | contacts | floor | mail: first | mail: again | ratio | calendar: first | calendar: again | ratio | peak MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| $MESSAGES | $mail_mb | $EVENTS | $CONTACTS | $floor_ms | $mail_first_ms | $mail_again_ms | $(ratio "$mail_again_ms" "$mail_first_ms") | $ics_first_ms | $ics_again_ms | $(ratio "$ics_again_ms" "$ics_first_ms") | $peak_mb |"
if [[ -s $T/stderr ]]; then
  echo
  echo "stderr of the measured commands (first lines):"
  head -n 5 "$T/stderr"
fi
