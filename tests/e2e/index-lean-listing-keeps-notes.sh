# Listings decode contacts from the index without their notes, details and `with:`; a delta they
# write carries the records of the old delta over whole, so a later search (which prints notes,
# through the index) gives the same bytes as from the files.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"

write_contact ann <<'EOF2'
name: Ann Lee
email: ann@example.org
details:
  kids: Tom
log:
  - date: 2026-10-01
    via: call
    with: [bob]
    note: talked about the marmalade recipe
EOF2
write_contact bob <<'EOF2'
name: Bob Ray
log:
  - date: 2026-09-01
    via: meeting
    note: sailing plans for spring
EOF2
sleep 0.1
run_rel 0 search marmalade
expected_search=$OUT
run_rel 0 list
[[ -s $(index_file) ]] || fail "no index was written"

# ann changes: a lean listing parses it and writes a delta; then bob changes: the next lean listing
# carries ann's delta record over (decoded lean) and adds bob's.
echo "# edited" >>"$REL_DIR/ann.yaml"
sleep 0.1
run_rel 0 who-to-call --all
echo "# edited" >>"$REL_DIR/bob.yaml"
sleep 0.1
run_rel 0 list
run_rel 0 who-to-call --all
[[ -s $(index_file).delta ]] || fail "no delta was written"
run_rel 0 search marmalade
expect_eq "$OUT" "$expected_search" "search after lean listings wrote a delta"
run_rel 0 search sailing
expect_contains "$OUT" "sailing plans for spring" "bob's note kept in the delta"
