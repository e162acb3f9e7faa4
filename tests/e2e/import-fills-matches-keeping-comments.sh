# A card that matches a contact the user wrote fills what the file lacked by adding lines and list
# items — comments, order, quoting and blank lines stay — and never changes what is there: the
# differences are printed, the file's values kept. Matches go by UID, email, phone digits, then name.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
# Alice, met at the Lisbon conference
name:   Alice Chen     # full name
email:
  - alice@example.com   # work

phone: "+1 555 0100"   # mobile
dates:
  birthday: 1985-03-14   # a Pisces
details:
    spouse: Ben    # married 2012

# everything we did
log:
  - date: 2026-11-20   # lunch
    via: meeting
EOF2
write_contact bob <<'EOF2'
name: Bob Stone
tags: [client,  acme]   # since 2024
phone: 0049 (30) 555-0199
EOF2
write_contact carol <<'EOF2'
name: Carol Diaz
org: Initech
EOF2

cat >"$T/phone.vcf" <<'EOF2'
BEGIN:VCARD
VERSION:3.0
FN:Ali Chen
EMAIL:ALICE@example.com
EMAIL:ali@home.example
BDAY:1985-03-15
item1.X-ABRELATEDNAMES:Benjamin
item1.X-ABLabel:_$!<Spouse>!$_
item2.X-ABRELATEDNAMES:Maya
item2.X-ABLabel:_$!<Child>!$_
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Robert Stone
TEL:+49 30 5550199
CATEGORIES:golf
ORG:Acme
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:carol  DÍAZ
ORG:Globex
TITLE:CFO
END:VCARD
EOF2

cd "$T"
run_rel 0 import phone.vcf
expect_eq "$OUT" "updated alice: email ali@home.example, child
alice: the file says name Alice Chen, the card at phone.vcf:1 Ali Chen (kept the file's)
alice: the file says birthday 1985-03-14, the card at phone.vcf:1 1985-03-15 (kept the file's)
alice: the file says spouse Ben, the card at phone.vcf:1 Benjamin (kept the file's)
updated bob: tag golf, org Acme
bob: the file says name Bob Stone, the card at phone.vcf:12 Robert Stone (kept the file's)
updated carol: title CFO
carol: the file says org Initech, the card at phone.vcf:19 Globex (kept the file's)
0 new, 3 updated, 0 unchanged" "what each gains, and each difference"

diff - "$REL_DIR/alice.yaml" <<'EOF2' || fail "alice.yaml"
# Alice, met at the Lisbon conference
name:   Alice Chen     # full name
email:
  - alice@example.com   # work
  - ali@home.example

phone: "+1 555 0100"   # mobile
dates:
  birthday: 1985-03-14   # a Pisces
details:
    spouse: Ben    # married 2012
    child: Maya

# everything we did
log:
  - date: 2026-11-20   # lunch
    via: meeting
EOF2
diff - "$REL_DIR/bob.yaml" <<'EOF2' || fail "bob.yaml"
name: Bob Stone
tags: [client,  acme, golf]   # since 2024
phone: 0049 (30) 555-0199
org: Acme
EOF2
diff - "$REL_DIR/carol.yaml" <<'EOF2' || fail "carol.yaml"
name: Carol Diaz
org: Initech
title: CFO
EOF2
