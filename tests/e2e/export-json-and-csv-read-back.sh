# `rel export --format json` is one document: every contact with every field, its log and promises
# and its health (the record of `rel show --json`), and the files that could not be read.
# `--format csv` is one row per contact under a header, quoted where RFC 4180 says, that Python's
# csv module reads and `rel import` reads back.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/journal-to-export.sh"
write_contact broken <<<'name: [unclosed'

rel export --format json >"$T/all.json" 2>"$T/err"
expect_contains "$(cat "$T/err")" "rel: warning: broken.yaml:" "a bad file is warned about"
expect_eq "$(jq -r '.format, .version, .today, (.contacts | length), (.problems | length)' "$T/all.json")" \
  $'rel-journal\n1\n2026-11-23\n4\n1' "the document"
expect_eq "$(jq -r '[.contacts[].id] | join(" ")' "$T/all.json")" "alice-chen grandpa kenji work/jurgen-muller" "every contact"
run_rel 0 show alice --json
expect_eq "$(jq -c '.contacts[0] | del(.per_month)' "$T/all.json")" "$(jq -c 'del(.per_month)' <<<"$OUT")" \
  "each record is what rel show --json prints"
expect_eq "$(jq -r '.contacts[0] | .promises[0].what, .log[0].note, .details.kids, (.health | type), .contact_status' "$T/all.json")" \
  $'send the Berlin flat-hunting guide, with the map\nLunch at Nopa.\nMaya (7), Leo (4)\nnumber\nactive' "every field"
expect_eq "$(rel export --format json --tag client 2>/dev/null | jq -r '[.contacts[].id] | join(" ")')" "alice-chen work/jurgen-muller" "--tag"

rel export --format csv 2>/dev/null >"$T/all.csv"
head -n 1 "$T/all.csv" | grep -q $'\r$' || fail "records end in CRLF"
/usr/bin/python3 - "$T/all.csv" >"$T/rows" <<'PY' || fail "python could not read the CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
print(",".join(rows[0]))
for row in rows[1:]:
    assert len(row) == len(rows[0]), row
    print(" | ".join(v.replace("\n", "\\n") for v in row[:13]))
PY
expect_eq "$(cat "$T/rows")" "id,name,aka,tags,email,phone,org,title,birthday,dates,details,note,since,uid,contact_status,cadence_days,last,health
alice-chen | Alice Chen | Ali | client ::: acme | alice@example.com ::: ali@home.example | +1 555 0100 | Acme, Inc. | COO | 1985-03-14 | wedding anniversary: 2012-06-30 | spouse: Ben ::: kids: Maya (7), Leo (4) ::: likes: single-malt whisky; sailing | Met at the Lisbon conference.\\nSays \"call me, don't email\". | 
grandpa | Grandpa Joe |  |  |  |  |  |  | 1931-01-05 |  |  |  | 
kenji | 渡辺健二 |  |  | kenji@hoshi.example |  |  |  | 1976-04-02 |  |  |  | 
work/jurgen-muller | Jürgen Müller |  | client | jm@example.de | +49 30 1234567 ::: +49 171 7654321 |  |  | --04-02 |  | address: Großbeerenstraße 12, 10963 Berlin, Deutschland — Hinterhaus, dritter Stock links, bei Schmidt klingeln |  | " \
  "one row per contact, values as written"
expect_eq "$(/usr/bin/python3 -c 'import csv, sys; print(*list(csv.reader(open(sys.argv[1], newline="")))[1][-5:-1])' "$T/all.csv")" \
  "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1 active 30 2026-11-20" "uid, status, cadence and last contact"

# Read back by rel import: the same names, emails, phones and birthdays.
export REL_DIR="$T/again"
mkdir -p "$REL_DIR"
run_rel 0 import "$T/all.csv"
expect_contains "$OUT" "4 new, 0 updated, 0 unchanged" "every row imported"
summary() {
  REL_DIR=$1 rel export --format json 2>/dev/null | jq -r '.contacts | sort_by(.name)[] |
    [.name, (.emails | join(",")), (.phones | join(",")), ([.dates[] | select(.label == "birthday") | .date] | join(","))] | @tsv'
}
expect_eq "$(summary "$T/again")" "$(summary "$T/journal")" "names, emails, phones and birthdays survive"
