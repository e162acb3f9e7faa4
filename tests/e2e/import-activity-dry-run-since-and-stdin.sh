# --dry-run prints the plan and writes nothing; --since takes a date or a duration (the window of
# days imported, default 90); a calendar or an mbox comes on standard input too, told by its first
# bytes or by --format; address books and mail are not mixed in one run.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cd "$T"
sums=$(cd "$REL_DIR" && sha256sum *.yaml)
run_rel 0 import --dry-run work.ics archive.mbox
expect_eq "$(tail -n 1 <<<"$OUT")" "8 logged for 3 contacts, 0 already there, 5 skipped: 1 all-day, 1 cancelled, 1 declined, 1 large, 1 solo (dry run: nothing written)" "dry run"
expect_eq "$(cd "$REL_DIR" && sha256sum *.yaml)" "$sums" "nothing written"

run_rel 0 import --dry-run --since 2026-11-17 work.ics archive.mbox
expect_eq "$OUT" "alice-chen: 2026-11-18 15:00 video by them with bob-stone: Quarterly review, Acme and us: numbers for the board and the plan for spring
bob-stone: 2026-11-18 15:00 video by them with alice-chen: Quarterly review, Acme and us: numbers for the board and the plan for spring
carol-diaz: 2026-11-23 10:00 meeting by me: Weekly sync
3 logged for 3 contacts, 0 already there (dry run: nothing written)" "--since a date"
run_rel 0 import --dry-run --since 7d work.ics
expect_eq "$(tail -n 1 <<<"$OUT")" "4 logged for 3 contacts, 0 already there, 1 skipped: large (dry run: nothing written)" "--since 7d"
run_rel 2 import --since someday work.ics
expect_contains "$ERR" "someday" "a bad --since named"

run_rel 0 import - <archive.mbox
expect_eq "$(tail -n 1 <<<"$OUT")" "2 logged for 2 contacts, 0 already there" "an mbox on stdin"
run_rel 0 import --format ics - <work.ics
expect_eq "$(tail -n 1 <<<"$OUT")" "6 logged for 3 contacts, 0 already there, 5 skipped: 1 all-day, 1 cancelled, 1 declined, 1 large, 1 solo" "a calendar on stdin"
run_rel 2 import work.ics "$REL_SOURCE_DIR/tests/e2e/fixtures/address-book.sh"
