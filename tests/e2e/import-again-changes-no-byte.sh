# A second `rel import` of the same address book changes no byte: every card finds the contact the
# first run made (or filled), nothing is written, and a git journal gets no commit.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/address-book.sh"
git_identity

run_rel 0 init --git
# A contact of the user's that the address book fills, written their way.
write_contact alice-chen <<'EOF2'
# Alice from Acme
name: Alice Chen
email: alice@example.com   # work
tags: [client]
EOF2
git -C "$REL_DIR" add -A && git -C "$REL_DIR" commit -qm "by hand"
# The same cards as a CSV export too: a second source of the same people.
printf '%s\r\n' 'Name,E-mail Address,Mobile Phone,Birthday' 'Jürgen Müller,jm@example.de,+49 30 1234567,4/2/1970' \
  'Priya Nair,priya@example.com,,' >"$T/contacts.csv"

cd "$T"
run_rel 0 import contacts.vcf contacts.csv
expect_contains "$OUT" "2 new, 1 updated, 0 unchanged" "the first run"
commits=$(git -C "$REL_DIR" rev-list --count HEAD)
cp -a "$REL_DIR" "$T/before"

run_rel 0 import contacts.vcf contacts.csv
expect_eq "$(tail -n 1 <<<"$OUT")" "0 new, 0 updated, 3 unchanged, 2 skipped: 1 no name, 1 not a person" "the second run"
if grep -q '^updated\|^new' <<<"$OUT"; then fail "the second run planned a change: $OUT"; fi
diff -r --exclude=.git "$T/before" "$REL_DIR" || fail "the second run changed a file"
for f in "$REL_DIR"/*.yaml; do cmp "$f" "$T/before/${f##*/}" || fail "$f changed"; done
expect_eq "$(git -C "$REL_DIR" rev-list --count HEAD)" "$commits" "no commit for nothing"
expect_eq "$(git -C "$REL_DIR" status --porcelain)" "" "git status clean"
