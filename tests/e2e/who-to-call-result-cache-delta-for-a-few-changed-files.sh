# When a few contact files changed, who-to-call writes only what differs from the full result cache,
# to who-to-call.delta beside it, and leaves the full cache's bytes alone; every run (edited, removed,
# added files, one after another) prints what a run without any cache prints.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"
write_contact work/wes <<'YAML'
name: Wes West
tags: [client]
cadence: 14d
log:
  - {date: 2026-11-01, via: call, by: me}
YAML
# Settings other than the defaults in every part (cadences, weights, health), which a run assessing a
# few files takes from the full cache rather than parsing .rel.yaml again.
cat >"$REL_DIR/.rel.yaml" <<'YAML'
cadence:
  default: 21d
  tags: {client: 10d}
weights: {call: 0.9, email: 0.2}
health:
  weight_time: 0.5
  trend_days: 14
  urgency_due: 30
YAML
# A file written in the same clock tick as a run is not cached yet; let the files age.
settle

# Every run's output, both ways: all contacts as TSV, the default selection as JSON.
check() {
  local tsv json
  tsv=$("$REL" who-to-call --all --format tsv 2>&1)
  expect_eq "$tsv" "$(uncached who-to-call --all --format tsv)" "--all --format tsv $1"
  json=$("$REL" who-to-call --format json 2>&1)
  expect_eq "$json" "$(uncached who-to-call --format json)" "--format json $1"
  LAST=$tsv
}

check "on the first run"
full=$(echo "$XDG_CACHE_HOME"/rel/*/who-to-call)
delta="$full.delta"
[[ -f $full ]] || fail "no result cache was written"
[[ ! -e $delta ]] || fail "a delta after the first run"
cp "$full" "$T/full.orig"

# One file edited: Olga called back today.
before=$LAST
echo '  - {date: 2026-11-23, via: call, by: them}' >>"$REL_DIR/olga.yaml"
settle
check "after one file changed"
[[ $LAST != "$before" ]] || fail "the edit changed nothing: the test would prove nothing"
[[ -f $delta ]] || fail "no who-to-call.delta after one file changed"
cmp -s "$full" "$T/full.orig" || fail "the full result cache was rewritten for one changed file"
# The next run reads the full cache and its delta and writes nothing.
cp "$delta" "$T/delta.1"
check "on the run after (cache and delta)"
cmp -s "$delta" "$T/delta.1" || fail "an unchanged journal rewrote the delta"

# Another file edited: the delta keeps Olga's result and adds Pam's.
before=$LAST
echo '  - {date: 2026-11-22, via: meeting, by: me}' >>"$REL_DIR/pam.yaml"
settle
check "after a second file changed"
[[ $LAST != "$before" ]] || fail "the second edit changed nothing"
cmp -s "$full" "$T/full.orig" || fail "the full result cache was rewritten for a second changed file"
grep -q "Olga Ivanova" "$delta" || fail "the delta lost the first change"
grep -q "Pam Price" "$delta" || fail "the delta lacks the second change"
# The second change was appended to the delta, after the first run's bytes, not written anew.
cmp -s -n "$(stat -c %s "$T/delta.1")" "$delta" "$T/delta.1" || fail "the second change was not appended to the delta"

# A file removed, then one added (in a sub-folder), then the removed one back.
rm "$REL_DIR/ned.yaml"
settle
check "after a file was removed"
[[ $LAST != *"Ned North"* ]] || fail "a removed contact is still listed"
write_contact work/zed <<'YAML'
name: Zed Zimmer
cadence: 7d
log:
  - {date: 2026-10-01, via: call, by: me}
YAML
settle
check "after a file was added"
[[ $LAST == *"Zed Zimmer"* ]] || fail "an added contact is not listed"
write_contact ned <<'YAML'
name: Ned North
tags: [client]
YAML
settle
check "after the removed file came back"
[[ $LAST == *"Ned North"* ]] || fail "a contact added again is not listed"
# The same file edited twice between runs: its newest version counts.
echo '  - {date: 2026-11-20, via: call, by: me}' >>"$REL_DIR/work/zed.yaml"
settle
check "after an added file was edited"
cmp -s "$full" "$T/full.orig" || fail "the full result cache was rewritten for a few changes"
[[ -f $delta ]] || fail "the delta is gone"

# A torn last frame, as a crash in the middle of an append leaves: the file whose frame was torn away
# is assessed again (that the frames before it still count is result_cache_test's), and the run that
# does so writes the delta whole again rather than append after the torn bytes.
truncate -s $(($(stat -c %s "$delta") - 5)) "$delta"
cp "$delta" "$T/delta.torn"
check "with a torn last frame"
cmp -s -n "$(stat -c %s "$T/delta.torn")" "$delta" "$T/delta.torn" && fail "a change was appended after a torn frame"
# Up to 16 frames the log grows by one appended frame per run that changes something; a run that
# finds 16 writes it again as one frame. (A frame is a delta file's bytes: its magic counts them.)
frames() { grep -ao RELRDLTA "$delta" | wc -l; }
[[ $(frames) == 1 ]] || fail "the delta written again is not one frame: $(frames)"
seen_16=no
for i in $(seq 1 17); do
  before_frames=$(frames)
  printf '  - {date: 2026-11-%02d, via: email, by: them}\n' $((i + 1)) >>"$REL_DIR/olga.yaml"
  settle
  "$REL" who-to-call >/dev/null 2>&1
  if ((before_frames < 16)); then
    [[ $(frames) == $((before_frames + 1)) ]] || fail "change $i was not appended: $before_frames then $(frames) frames"
  else
    seen_16=yes
    [[ $(frames) == 1 ]] || fail "a delta of 16 frames was not written again as one: $(frames) frames"
    # That one frame holds every result that differs from the full cache (Olga's, assessed last, is
    # not the last in id order): read back, it leaves nothing to assess and nothing to write.
    cp "$delta" "$T/delta.again"
    check "on the run after the delta was written again"
    cmp -s "$delta" "$T/delta.again" || fail "the delta written again did not hold: the next run wrote it anew"
  fi
done
[[ $seen_16 == yes ]] || fail "the delta never reached 16 frames: the test would prove nothing"
check "after 17 more changes"
cmp -s "$full" "$T/full.orig" || fail "the full result cache was rewritten for a few changes"

# A delta written whole again by a run that finds files added (not the in-place path) carries the
# full cache's removals forward: Pam removed (one frame), Quinn added (a second, then torn away), and
# the run that adds Quinn again writes all of it as one frame, which the run after trusts as it is.
rm "$REL_DIR/pam.yaml"
settle
check "after Pam was removed"
write_contact quinn <<'YAML'
name: Quinn Quayle
cadence: 30d
YAML
settle
check "after Quinn was added"
truncate -s $(($(stat -c %s "$delta") - 5)) "$delta"
check "with Quinn's frame torn away"
[[ $(grep -ao RELRDLTA "$delta" | wc -l) == 1 ]] || fail "the delta was not written whole again"
cp "$delta" "$T/delta.carried"
check "on the run after"
cmp -s "$delta" "$T/delta.carried" || fail "the delta written whole again lost a removal: the next run wrote it anew"
[[ $LAST != *"Pam Price"* ]] || fail "a removed contact is listed"

# An older delta over the same full cache (Olga's first edit only): each of its results is still
# checked against its file's stamp, so the files changed since are assessed again.
cp "$T/delta.1" "$delta"
check "with the delta of an earlier state"
printf 'garbage' >"$delta"
check "with a corrupt delta"
printf 'garbage' >"$full"
check "with a corrupt full cache"
[[ ! -e $delta ]] || fail "a new full cache left an old delta behind"
cmp -s "$full" "$T/full.orig" && fail "the corrupt full cache was not rewritten"
true
