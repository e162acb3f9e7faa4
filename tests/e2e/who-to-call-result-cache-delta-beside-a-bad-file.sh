# A bad file elsewhere in the journal does not stop who-to-call from updating its result cache by a
# delta when a few valid files change: the bad file's warnings stay as they were. A change to a bad
# file (fixed, broken further, removed) or a good file broken takes the whole path. Every run prints,
# on stdout and stderr, what a run without any cache prints.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"
printf 'name: [broken\n' >"$REL_DIR/broken.yaml"
mkdir -p "$REL_DIR/work"
printf 'name: Bad Date\nlog:\n  - date: 2026-13-45\n' >"$REL_DIR/work/bad-date.yaml"
settle

check() {
  local all
  all=$("$REL" who-to-call --all --format tsv 2>&1)
  expect_eq "$all" "$(uncached who-to-call --all --format tsv)" "--all --format tsv $1"
  expect_eq "$("$REL" who-to-call 2>&1)" "$(uncached who-to-call)" "the table $1"
  LAST=$all
}

check "on the first run"
expect_contains "$LAST" "broken.yaml:2:" "the broken file is warned about"
expect_contains "$LAST" "bad-date.yaml:3:" "the file with a bad date is warned about"
full=$(echo "$XDG_CACHE_HOME"/rel/*/who-to-call)
delta="$full.delta"
[[ -f $full && ! -e $delta ]] || fail "the first run did not write the full cache alone"
cp "$full" "$T/full.orig"

# A valid file edited, then one added: a delta, the full cache (with the problems) untouched.
before=$LAST
echo '  - {date: 2026-11-23, via: call, by: them}' >>"$REL_DIR/olga.yaml"
settle
check "after a valid file changed"
[[ $LAST != "$before" ]] || fail "the edit changed nothing: the test would prove nothing"
[[ -f $delta ]] || fail "no delta beside a journal with bad files"
cmp -s "$full" "$T/full.orig" || fail "the full cache was rewritten for one valid file changed"
write_contact zed <<'YAML'
name: Zed Zimmer
cadence: 7d
log:
  - {date: 2026-10-01, via: call, by: me}
YAML
settle
check "after a valid file was added"
[[ $LAST == *"Zed Zimmer"* ]] || fail "an added contact is not listed"
cmp -s "$full" "$T/full.orig" || fail "the full cache was rewritten for a valid file added"

# The bad files themselves: each change is seen, its warning comes and goes.
printf 'name: Now Fixed\ncadence: 7d\n' >"$REL_DIR/broken.yaml"
settle
check "after the broken file was fixed"
[[ $LAST != *"broken.yaml"* ]] || fail "a fixed file is still warned about"
[[ $LAST == *"Now Fixed"* ]] || fail "a fixed file is not listed"
printf 'name: Bad Date\nlog:\n  - date: 2026-02-30\n' >"$REL_DIR/work/bad-date.yaml"
settle
check "after a bad file changed and is still bad"
expect_contains "$LAST" "bad-date.yaml:3:" "the new problem is warned about"
printf 'name: [again\n' >"$REL_DIR/pam.yaml"
settle
check "after a good file was broken"
expect_contains "$LAST" "pam.yaml:" "the newly broken file is warned about"
rm "$REL_DIR/work/bad-date.yaml"
settle
check "after a bad file was removed"
[[ $LAST != *"bad-date.yaml"* ]] || fail "a removed file is still warned about"
