# `rel import --dry-run` prints the plan the real run would carry out — the same lines — and writes
# nothing: no file, no commit, and the real run after it does what it said.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/address-book.sh"
git_identity

run_rel 0 init --git
write_contact alice-chen <<'EOF2'
name: Alice Chen
email: alice@example.com
EOF2
git -C "$REL_DIR" add -A && git -C "$REL_DIR" commit -qm "by hand"
cp -a "$REL_DIR" "$T/before"

cd "$T"
run_rel 0 import -n contacts.vcf
dry=$OUT
expect_eq "$(tail -n 1 <<<"$dry")" "1 new, 1 updated, 0 unchanged, 2 skipped: 1 no name, 1 not a person (dry run: nothing written)" \
  "the summary says nothing was written"
expect_contains "$dry" "updated alice-chen: aka Ali, tag friends, email ali@home.example," "the update planned"
diff -r "$T/before" "$REL_DIR" || fail "--dry-run changed the journal"
[[ ! -e "$REL_DIR/jurgen-muller.yaml" ]] || fail "--dry-run wrote a new file"

run_rel 0 import contacts.vcf
expect_eq "$(sed '$d' <<<"$OUT")" "$(sed '$d' <<<"$dry")" "the real run does what the dry run said"
expect_eq "$(tail -n 1 <<<"$OUT")" "1 new, 1 updated, 0 unchanged, 2 skipped: 1 no name, 1 not a person" "real summary"
[[ -e "$REL_DIR/jurgen-muller.yaml" ]] || fail "the real run wrote no new file"
