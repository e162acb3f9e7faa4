# Listings decode contacts from the index without their notes, details and `with:`; what they append
# to the index for a changed file is whole (its details too), so a later search (which prints notes,
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

# ann changes: a lean listing parses it and appends its records; then bob changes: the next lean
# listing appends bob's.
echo "# edited" >>"$REL_DIR/ann.yaml"
sleep 0.1
run_rel 0 who-to-call --all
echo "# edited" >>"$REL_DIR/bob.yaml"
sleep 0.1
size_before=$(stat -c %s "$(index_file)")
run_rel 0 list
run_rel 0 who-to-call --all
(($(stat -c %s "$(index_file)") > size_before)) || fail "nothing was appended to the index"
run_rel 0 search marmalade
expect_eq "$OUT" "$expected_search" "search after lean listings appended to the index"
run_rel 0 search sailing
expect_contains "$OUT" "sailing plans for spring" "bob's note kept in the index"
