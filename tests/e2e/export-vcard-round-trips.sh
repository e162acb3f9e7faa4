# `rel export --format vcard` writes vCard 3.0 an independent reader (Python's vobject) parses —
# CRLF, lines of at most 75 octets, escapes, a stable UID per contact — and importing it into an
# empty journal gives back every name, email, phone and birthday.
source "$(dirname "$0")/lib.sh"
/usr/bin/python3 -c 'import vobject' 2>/dev/null || { echo "SKIP: python3-vobject is not installed"; exit 77; }
source "$(dirname "$0")/fixtures/journal-to-export.sh"

run_rel 0 export --format vcard -o "$T/all.vcf"
expect_eq "$OUT" "" "nothing on stdout with -o"
rel export --format vcard >"$T/stdout.vcf"
cmp "$T/all.vcf" "$T/stdout.vcf" || fail "-o and stdout differ"
rel export --format vcard | cmp - "$T/all.vcf" || fail "two exports differ"
grep -qv $'\r$' "$T/all.vcf" && fail "a line without CRLF"
# 75 octets and the CR: awk counts bytes in the C locale.
LC_ALL=C awk '{ if (length($0) > 76) { print "line " NR " is " length($0) " octets"; bad = 1 } } END { exit bad }' \
  "$T/all.vcf" || fail "a line over 75 octets"
grep -q '^ ' "$T/all.vcf" || fail "no folded line: the fixture has long ones"

# Read by vobject: one card per contact, the fields as rel has them.
/usr/bin/python3 - "$T/all.vcf" >"$T/read" <<'PY' || fail "vobject could not read the export"
import sys, vobject
for card in vobject.readComponents(open(sys.argv[1], encoding="utf-8").read()):
    emails = ",".join(e.value for e in card.contents.get("email", []))
    tels = ",".join(t.value for t in card.contents.get("tel", []))
    bday = card.bday.value if "bday" in card.contents else ""
    note = card.note.value.replace("\n", "|") if "note" in card.contents else ""
    print("\t".join([card.version.value, card.fn.value, emails, tels, bday, card.uid.value, note]))
PY
expect_eq "$(cut -f1-5 "$T/read")" "3.0	Alice Chen	alice@example.com,ali@home.example	+1 555 0100	1985-03-14
3.0	Grandpa Joe			1931-01-05
3.0	渡辺健二	kenji@hoshi.example		1976-04-02
3.0	Jürgen Müller	jm@example.de	+49 30 1234567,+49 171 7654321	--0402" "names, emails, phones, birthdays"
expect_eq "$(sed -n 1p "$T/read" | cut -f6,7)" \
  "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1	Met at the Lisbon conference.|Says \"call me, don't email\".|likes: single-malt whisky; sailing" \
  "the contact's own UID; the note and the details without a field of their own"
uid=$(sed -n 2p "$T/read" | cut -f6)
[[ $uid == urn:uuid:*-8???-* ]] || fail "a derived UID: $uid"
expect_eq "$(rel export --format vcard | grep -c "^UID:$uid")" "1" "the derived UID is the same in the next export"

# Imported into an empty journal: the same people.
export REL_DIR="$T/again"
mkdir -p "$REL_DIR"
run_rel 0 import "$T/all.vcf"
expect_contains "$OUT" "4 new, 0 updated, 0 unchanged" "every card imported"
summary() {
  REL_DIR=$1 rel export --format json | jq -r '.contacts | sort_by(.name)[] |
    [.name, (.emails | join(",")), (.phones | join(",")), ([.dates[] | .label + "=" + .date] | join(","))] | @tsv'
}
expect_eq "$(summary "$T/again")" "$(summary "$T/journal")" "names, emails, phones and dates survive the round trip"
