# A card that cannot be read is named with its file and line on stderr and skipped; the others are
# imported and the exit status is 1. A file of binary data, or of no kind rel reads, stops the
# import before anything is written; a truncated file gives the cards before the cut.
source "$(dirname "$0")/lib.sh"
cd "$T"

printf '%s\n' 'BEGIN:VCARD' 'VERSION:3.0' 'FN:Ann Lee' 'EMAIL:ann@example.com' 'END:VCARD' \
  'BEGIN:VCARD' 'VERSION:3.0' 'FN:Lost Card' \
  'BEGIN:VCARD' 'VERSION:3.0' 'FN:Bo Kim' 'END:VCARD' \
  'BEGIN:VCARD' 'VERSION:3.0' 'FN:Cut Off' 'E' >broken.vcf
run_rel 1 import broken.vcf
expect_eq "$OUT" "new ann-lee (Ann Lee)
new bo-kim (Bo Kim)
2 new, 0 updated, 0 unchanged, 2 skipped: unreadable" "the cards around the bad ones are imported"
expect_contains "$ERR" "rel: error: broken.vcf:6: card has no END:VCARD" "the lost card, by line"
expect_contains "$ERR" "rel: error: broken.vcf:13: card has no END:VCARD" "the cut card, by line"
expect_eq "$(ls "$REL_DIR")" $'ann-lee.yaml\nbo-kim.yaml' "only whole cards written"
run_rel 0 check

# Binary data: refused whole, nothing written, whatever else was named.
head -c 4096 /dev/urandom >photo.jpg
printf 'BEGIN:VCARD\nVERSION:3.0\nFN:Dee Fox\nEND:VCARD\n' >good.vcf
run_rel 1 import good.vcf photo.jpg
expect_eq "$ERR" "rel: error: photo.jpg: not a file rel imports (vCard, CSV, iCalendar or mbox): it holds binary data; name its kind with --format" \
  "binary refused"
[[ ! -e "$REL_DIR/dee-fox.yaml" ]] || fail "a refused import wrote something"
# Named a vCard, binary data is one unreadable card at line 1: nothing from it.
run_rel 1 import --format vcard photo.jpg
expect_contains "$ERR" "rel: error: photo.jpg:1:" "binary data read as a vCard"
expect_eq "$(tail -n 1 <<<"$OUT")" "0 new, 0 updated, 0 unchanged, 1 skipped: unreadable" "nothing from it"

# Files rel cannot take: missing, another kind, a calendar without `me:` in .rel.yaml.
run_rel 1 import missing.vcf
expect_contains "$ERR" "rel: error: missing.vcf: cannot read" "a missing file"
printf 'just some notes\n' >notes.txt
run_rel 1 import notes.txt
expect_contains "$ERR" "notes.txt: not a file rel imports (vCard, CSV, iCalendar or mbox); name its kind with --format" "plain text"
printf 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' >cal.ics
run_rel 1 import cal.ics
expect_contains "$ERR" "who you are is not set" "a calendar"
run_rel 2 import --format ods good.vcf
expect_eq "$(ls "$REL_DIR")" $'ann-lee.yaml\nbo-kim.yaml' "still only the first import's files"
