# rel log on a file that does not parse (or does not validate) exits 1 with FILE:LINE:COL and never rewrites it.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice\ntags: [a, b\nlog:\n' >"$REL_DIR/alice.yaml"
cp "$REL_DIR/alice.yaml" "$T/old"
run_rel 1 log alice hello
expect_eq "$ERR" "rel: error: alice.yaml:3:4: end of sequence flow not found" "syntax error position"
cmp "$T/old" "$REL_DIR/alice.yaml" || fail "broken file was rewritten"

printf 'name: Bob\nlog:\n  - date: 2026-13-01\n    via: pigeon\n' >"$REL_DIR/bob.yaml"
cp "$REL_DIR/bob.yaml" "$T/old"
run_rel 1 log bob hello
expect_contains "$ERR" 'bob.yaml:3:11: invalid date "2026-13-01"' "bad date reported"
expect_contains "$ERR" 'bob.yaml:4:10: unknown via "pigeon"' "every problem reported"
cmp "$T/old" "$REL_DIR/bob.yaml" || fail "invalid file was rewritten"

# Several WHO with one broken: nothing is written to the good one either.
printf 'name: Carol\n' >"$REL_DIR/carol.yaml"
run_rel 1 log carol,bob hello
expect_eq "$(cat "$REL_DIR/carol.yaml")" "name: Carol" "no partial shared log"
ls -A "$REL_DIR" | grep -v '^[a-z]*\.yaml$' && fail "temporary files left behind"
true
