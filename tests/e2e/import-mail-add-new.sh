# --add-new: the person I wrote to twice who is not in the journal becomes a dormant contact with
# their address (the display name "Ruiz, Dana" as Dana Ruiz), and their mail is logged; a second
# run adds nobody again.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cd "$T"
run_rel 0 import --add-new Mail/INBOX
expect_contains "$OUT" "new dana-ruiz (Dana Ruiz <dana@new.example>), dormant
dana-ruiz: 2026-11-15 10:00 email by me: Hello from the conference
dana-ruiz: 2026-11-16 10:00 email by me: The slides" "the plan"
expect_eq "$(tail -n 1 <<<"$OUT")" "6 logged for 5 contacts, 1 new, 0 already there, 3 skipped: 1 automatic, 1 mailing list, 1 no-reply sender" "the summary"
expect_eq "$(cat "$REL_DIR/dana-ruiz.yaml")" 'name: Dana Ruiz
email: dana@new.example
status: dormant
log:
  - date: 2026-11-15 10:00
    via: email
    by: me
    note: Hello from the conference
    ref: mid:d1@example.com
  - date: 2026-11-16 10:00
    via: email
    by: me
    note: The slides
    ref: mid:d2@example.com' "the new contact"
run_rel 0 import --add-new Mail/INBOX
expect_eq "$(tail -n 1 <<<"$OUT")" "0 logged for 0 contacts, 6 already there, 3 skipped: 1 automatic, 1 mailing list, 1 no-reply sender" "again"
[[ ! -e "$REL_DIR/dana-ruiz-2.yaml" ]] || fail "added twice"
run_rel 0 list --all
expect_contains "$OUT" "Dana Ruiz" "listed"
