# The who-to-call delta stays small: once the results that differ from the full cache pass 64 + 1/32
# of the journal, the full cache is written again and the delta removed; so is it when more files
# changed at once than are worth parsing one by one. A delta left over from an earlier full cache is
# ignored. Every run prints what a run without any cache prints.
source "$(dirname "$0")/lib.sh"
for i in $(seq -w 1 80); do
  n=$((10#$i))
  write_contact "p$i" <<YAML
name: Person $i
cadence: $((n % 5 * 7 + 7))d
log:
  - {date: $(printf '2026-%02d-1%d' $((n % 9 + 1)) $((n % 9))), via: call, by: me}
YAML
done
settle

check() {
  local tsv
  tsv=$("$REL" who-to-call --all --format tsv 2>&1)
  expect_eq "$tsv" "$(uncached who-to-call --all --format tsv)" "--all --format tsv $1"
  expect_eq "$("$REL" who-to-call --format json 2>&1)" "$(uncached who-to-call --format json)" "--format json $1"
  LAST=$tsv
}
# edit FIRST LAST: Person FIRST..LAST called back on a day of their own.
edit() {
  for i in $(seq -w "$1" "$2"); do
    echo "  - {date: $(printf '2026-11-%02d' $((10#$i % 20 + 1))), via: call, by: them}" >>"$REL_DIR/p$i.yaml"
  done
  settle
}

check "on the first run"
full=$(echo "$XDG_CACHE_HOME"/rel/*/who-to-call)
delta="$full.delta"
cp "$full" "$T/full.0"

# 40 changed files: a delta (40 <= 64 + 80/32).
before=$LAST
edit 01 40
check "after 40 files changed"
[[ $LAST != "$before" ]] || fail "the edits changed nothing: the test would prove nothing"
[[ -f $delta ]] || fail "no delta for 40 changed files"
cmp -s "$full" "$T/full.0" || fail "the full cache was rewritten for 40 changed files"
cp "$delta" "$T/delta.0"

# 30 more: the delta would hold 70 results, so the full cache is written again and the delta removed.
edit 41 70
check "after 30 more files changed"
[[ ! -e $delta ]] || fail "the delta outgrew its bound and was not folded into the full cache"
cmp -s "$full" "$T/full.0" && fail "the full cache was not written again"
cp "$full" "$T/full.1"

# The delta of the earlier full cache, put back, is ignored (it is not rewritten: nothing to update).
cp "$T/delta.0" "$delta"
check "with a delta of an earlier full cache"
cmp -s "$delta" "$T/delta.0" || fail "a delta of another full cache was applied"
cmp -s "$full" "$T/full.1" || fail "the full cache was rewritten though nothing changed"
rm "$delta"

# A few again: a new delta over the new full cache, and a file removed.
edit 71 72
rm "$REL_DIR/p80.yaml"
settle
check "after two files changed and one was removed"
[[ -f $delta ]] || fail "no delta over the new full cache"
cmp -s "$full" "$T/full.1" || fail "the full cache was rewritten for three changes"

# More changed at once than are worth parsing one by one: the whole path, a full cache, no delta.
edit 01 79
check "after every file changed"
[[ ! -e $delta ]] || fail "a full assessment left the delta behind"
cmp -s "$full" "$T/full.1" && fail "the full cache was not written again"
true
