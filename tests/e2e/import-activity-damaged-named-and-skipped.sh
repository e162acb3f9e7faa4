# A damaged event (no DTSTART) and a message that is not mail are named with their file and skipped;
# everything else is imported and the command exits 1. A file that is no calendar at all is named too.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cd "$T"
printf '%s\r\n' 'BEGIN:VCALENDAR' 'VERSION:2.0' \
  'BEGIN:VEVENT' 'UID:broken@example.com' 'SUMMARY:No start' 'ORGANIZER:mailto:me@example.com' \
  'ATTENDEE:mailto:alice@example.com' 'END:VEVENT' \
  'BEGIN:VEVENT' 'UID:fine@example.com' 'DTSTART:20261120T120000Z' 'SUMMARY:Lunch' \
  'ORGANIZER:mailto:me@example.com' 'ATTENDEE:mailto:alice@example.com' 'END:VEVENT' 'END:VCALENDAR' >broken.ics
printf '\x00\x01\x02 binary junk\n' >"Mail/INBOX/cur/junk:2,S"
run_rel 1 import broken.ics Mail/INBOX
expect_contains "$ERR" "rel: error: broken.ics:3:" "the event named at its line"
expect_contains "$ERR" "junk:2,S" "the message named"
expect_contains "$OUT" "alice-chen: 2026-11-20 13:00 meeting by me: Lunch" "the good event"
expect_contains "$OUT" "juergen-mueller: 2026-11-19 10:15 email by them: Dinner on Friday?" "the good mail"
expect_contains "$(tail -n 1 <<<"$OUT")" "2 unreadable" "counted"
grep -q "note: Lunch" "$REL_DIR/alice-chen.yaml" || fail "the good event not written"
run_rel 0 check

printf 'BEGIN:VCALENDAR\r\nnot really\r\n' >bad.ics
run_rel 1 import bad.ics
expect_contains "$ERR" "rel: error: bad.ics" "a broken calendar named"
run_rel 1 import --format maildir work.ics
expect_eq "$ERR" "rel: error: work.ics: is a file, and a maildir is a folder" "a file as a maildir"
run_rel 1 import "$T"
expect_eq "$ERR" "rel: error: $T: is a folder but not a maildir (it has no cur/ or new/)" "a folder that is no maildir"
