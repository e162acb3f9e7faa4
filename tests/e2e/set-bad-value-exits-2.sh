# Bad keys and values are usage errors (exit 2); unknown contacts and broken files exit 1; no file changes.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice   # x
cadence: 30d
EOF2
cp "$REL_DIR/alice.yaml" "$T/alice.orig"

run_rel 2 set alice cadence 3x
expect_contains "$ERR" 'invalid cadence "3x"' "bad cadence"
run_rel 2 set alice dates.birthday 1985-13-01
run_rel 2 set alice since "the other day"
run_rel 2 set alice log hello
run_rel 2 set alice details hello
run_rel 2 set alice other.kids x
run_rel 2 set alice name ""
run_rel 2 unset alice name
run_rel 2 set alice
cmp "$REL_DIR/alice.yaml" "$T/alice.orig" || fail "a rejected set changed the file"

run_rel 1 set nobody email x@y
expect_contains "$ERR" 'no contact matches "nobody"' "unknown WHO"
run_rel 1 unset nobody email
run_rel 1 unset alice email
expect_contains "$ERR" "no email to remove" "absent key"
cmp "$REL_DIR/alice.yaml" "$T/alice.orig" || fail "a failed unset changed the file"

# A file that does not parse is never rewritten: FILE:LINE:COL, exit 1, bytes unchanged.
printf 'name: Carol\ndetails:\n  kids: [unclosed\nemail: c@x\n' >"$REL_DIR/carol.yaml"
cp "$REL_DIR/carol.yaml" "$T/carol.orig"
for args in "set carol phone 123" "unset carol email" "promise carol call --due friday" "kept carol"; do
  # shellcheck disable=SC2086
  run_rel 1 $args
  [[ "$ERR" =~ carol\.yaml:[0-9]+:[0-9]+: ]] || fail "rel $args: no FILE:LINE:COL in: $ERR"
  cmp "$REL_DIR/carol.yaml" "$T/carol.orig" || fail "rel $args rewrote a broken file"
done
