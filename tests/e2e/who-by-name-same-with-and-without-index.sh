# Naming a contact gives what it gives without any index, whatever was edited in place since the last
# listing, in the chosen file or in any other: the index saves parsing, never a look at a file.
source "$(dirname "$0")/lib.sh"

# both WHAT ARGS...: rel ARGS with the index and without any, same output (stdout and stderr) and exit
# status; the output is left in $BOTH.
both() {
  local what=$1 with without status_with=0 status_without=0
  shift
  with=$("$REL" "$@" 2>&1) || status_with=$?
  without=$(uncached "$@") || status_without=$?
  expect_eq "$with" "$without" "$what: output with and without the index"
  expect_eq "$status_with" "$status_without" "$what: exit status with and without the index"
  BOTH=$with
}
index_now() {
  settle
  rel list >/dev/null 2>&1
}

# The chosen file edited so that it matches less closely: another contact now matches better.
printf 'name: Ann\n' >"$REL_DIR/a.yaml"
printf 'name: Annie\n' >"$REL_DIR/b.yaml"
index_now
printf 'name: Joanne\n' >"$REL_DIR/a.yaml"
both "a looser match" show ann --format tsv
expect_contains "$BOTH" $'name\tAnnie' "Annie is the closer match now"
run_rel 0 log ann --via call "about the move"
expect_contains "$(cat "$REL_DIR/b.yaml")" "note: about the move" "the call is logged for Annie"
[[ $(cat "$REL_DIR/a.yaml") == "name: Joanne" ]] || fail "the call was logged for Joanne"

# ... or so that it ties with another: ambiguous.
printf 'name: Ann\n' >"$REL_DIR/a.yaml"
index_now
printf 'name: Annabel\n' >"$REL_DIR/a.yaml"
both "a tie" show ann
expect_contains "$BOTH" '"ann" matches 2 contacts' "a tie is ambiguous"

# Another file edited so that it matches too: ambiguous, and nothing is logged.
rm "$REL_DIR/a.yaml" "$REL_DIR/b.yaml"
printf 'name: Alice Chen\n' >"$REL_DIR/alice.yaml"
printf 'name: Bob Stone\n' >"$REL_DIR/bob.yaml"
index_now
printf 'name: Alice Jones\n' >"$REL_DIR/bob.yaml"
both "another file now matching" show ali
expect_contains "$BOTH" '"ali" matches 2 contacts' "another match makes it ambiguous"
run_rel 2 log ali --via call "to whom?"
[[ $(cat "$REL_DIR/alice.yaml") == "name: Alice Chen" ]] || fail "an ambiguous name logged a call"

# Another file broken since: `show` warns about it.
printf 'name: [broken\n' >"$REL_DIR/bob.yaml"
both "another file broken" show alice --format tsv
expect_contains "$BOTH" "bob.yaml:" "the broken file is reported"
