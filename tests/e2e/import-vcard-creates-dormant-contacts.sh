# `rel import` of a vCard file into an empty journal: one readable file per person (two cards of one
# person become one), every field a person would miss, a birthday without a year kept so, new people
# dormant (so an address book does not flood the morning list), skipped cards named with their line,
# and a summary last.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/address-book.sh"

cd "$T"
run_rel 0 import contacts.vcf
expect_eq "$OUT" "new alice-chen (Alice Chen)
new jurgen-muller (Jürgen Müller)
skipped contacts.vcf:24: no name
skipped contacts.vcf:36: a card of a group (KIND:group)
2 new, 0 updated, 0 unchanged, 2 skipped: 1 no name, 1 not a person" "the plan and summary"
expect_eq "$ERR" "" "nothing on stderr"

diff - "$REL_DIR/alice-chen.yaml" <<'EOF2' || fail "alice-chen.yaml"
name: Alice Chen
aka: [Ali]
tags: [friends]
email: [alice@example.com, ali@home.example]
phone: +1 555 0100
org: Acme, Inc.
title: COO
status: dormant
uid: [urn:uuid:11111111-aaaa-4aaa-8aaa-111111111111]
dates:
  birthday: 1985-03-14
  anniversary: 2012-06-30
details:
  department: Product
  spouse: Ben
  address: 1 Main St, Springfield, 12345, USA
  note: |-
    Met at the Lisbon conference.
    Likes sailing.
EOF2
diff - "$REL_DIR/jurgen-muller.yaml" <<'EOF2' || fail "jurgen-muller.yaml"
name: Jürgen Müller
phone: +49 30 1234567
status: dormant
dates:
  birthday: --04-02
EOF2

# The files are valid and read as written (what dormant means is the morning list's business).
run_rel 0 check
run_rel 0 show jurgen --json
expect_eq "$(jq -r '.dates[0].date, .contact_status' <<<"$OUT")" $'--04-02\ndormant' "year-less birthday, dormant"

# --active brings them in as active, --in puts them in a sub-folder.
rm -f "$REL_DIR"/*.yaml
run_rel 0 import --active --in "Address Book" contacts.vcf
expect_eq "$(find "$REL_DIR" -name '*.yaml' | sed "s|$REL_DIR/||" | sort)" \
  $'address-book/alice-chen.yaml\naddress-book/jurgen-muller.yaml' "new files in the folder"
if grep -q '^status:' "$REL_DIR/address-book/alice-chen.yaml"; then fail "--active wrote a status"; fi
