# `rel snooze WHO WHEN|DURATION` writes `snooze: DATE` (one added or changed line, comments kept);
# until that day the contact is out of the morning list, on it they are due again.
source "$(dirname "$0")/lib.sh"

write_contact ana-pereira <<'YAML'
# Lisbon, years ago.
name: Ana Pereira
tags: [friend]   # old friends
cadence: 45d
log:
  - date: 2025-06-14
    via: meeting
    by: me
    note: Dinner in Alfama.
YAML

run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,14)" $'ana-pereira\t527 days, cadence 45d' "due before the snooze"

run_rel 0 snooze ana 2027-01-15
expect_eq "$OUT" "snoozed Ana Pereira until 2027-01-15" "snooze to a date"
expect_eq "$(cat "$REL_DIR/ana-pereira.yaml")" "# Lisbon, years ago.
name: Ana Pereira
tags: [friend]   # old friends
cadence: 45d
snooze: 2027-01-15
log:
  - date: 2025-06-14
    via: meeting
    by: me
    note: Dinner in Alfama." "one line added, before the log"

run_rel 0 who-to-call
expect_eq "$OUT" "Nobody is due: every relationship is healthy." "snoozed: not due"
run_rel 0 who-to-call --all --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,5,14,15)" $'ana-pereira\tok\tsnoozed until 2027-01-15\tactive' "--all says why"
run_rel 0 who-to-call --all --json
expect_eq "$(jq -c '.[0] | [.contact_status, .snooze, .status, .act_today]' <<<"$OUT")" '["active","2027-01-15","ok",false]' "JSON"
REL_TODAY=2027-01-14 run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT")" "" "the day before: still resting"
REL_TODAY=2027-01-15 run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,14)" $'ana-pereira\t580 days, cadence 45d' "due again on the day"

# A duration counts from today; the same date again changes nothing; the line is replaced, not added.
run_rel 0 snooze ana 90d
expect_eq "$OUT" "snoozed Ana Pereira until 2027-02-21" "90d from 2026-11-23"
run_rel 0 snooze ana "in 90 days"
expect_eq "$OUT" "Ana Pereira is already snoozed until 2027-02-21; nothing changed" "already"
expect_eq "$(grep -c '^snooze:' "$REL_DIR/ana-pereira.yaml")" "1" "one snooze line"
expect_eq "$(sed -n 5p "$REL_DIR/ana-pereira.yaml")" "snooze: 2027-02-21" "changed in place"

# Not after today, not understood, or nobody: nothing is written.
before=$(cat "$REL_DIR/ana-pereira.yaml")
run_rel 2 snooze ana yesterday
expect_contains "$ERR" "not after today" "a past day"
run_rel 2 snooze ana today
run_rel 2 snooze ana someday
expect_contains "$ERR" '"someday"' "names what it did not understand"
run_rel 2 snooze ana
run_rel 1 snooze nobody 90d
expect_eq "$(cat "$REL_DIR/ana-pereira.yaml")" "$before" "unchanged by the failures"

# `rel unset WHO snooze` ends it early.
run_rel 0 unset ana snooze
run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1)" "ana-pereira" "due again"
