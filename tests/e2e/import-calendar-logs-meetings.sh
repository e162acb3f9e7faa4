# `rel import work.ics`: each past event with contacts is a meeting (video when online) for each of
# them, by me when I organised it, with the other contacts, the title as note and the UID (and
# recurrence id) as ref; times in their zones, folded lines, a series expanded with its exception and
# its moved occurrence; declined, cancelled, all-day, large and solo events skipped; the user's
# comments kept and only lines added; no description reaches a file.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cp "$REL_DIR/alice-chen.yaml" "$T/alice-before.yaml"

cd "$T"
run_rel 0 import work.ics
expect_eq "$OUT" 'alice-chen: 2026-11-18 15:00 video by them with bob-stone: Quarterly review, Acme and us: numbers for the board and the plan for spring
bob-stone: 2026-11-18 15:00 video by them with alice-chen: Quarterly review, Acme and us: numbers for the board and the plan for spring
carol-diaz: 2026-10-26 10:00 meeting by me: Weekly sync
carol-diaz: 2026-11-10 14:30 meeting by me: Weekly sync (moved)
carol-diaz: 2026-11-16 10:00 meeting by me: Weekly sync
carol-diaz: 2026-11-23 10:00 meeting by me: Weekly sync
skipped work.ics: "Bob'"'"'s pitch" 2026-11-12 13:00: declined
skipped work.ics: "Lunch with Alice" 2026-11-13 13:00: cancelled
skipped work.ics: "Alice visits" 2026-11-14: all-day
skipped work.ics: "All hands" 2026-11-16 16:00: large (10 people, the limit is 8)
6 logged for 3 contacts, 0 already there, 5 skipped: 1 all-day, 1 cancelled, 1 declined, 1 large, 1 solo' "the plan"
expect_eq "$ERR" "" "nothing on stderr"

expect_eq "$(cat "$REL_DIR/alice-chen.yaml")" '# Alice from Acme
name: Alice Chen
email: alice@example.com   # work
log:
  - date: 2026-10-01
    via: call
    by: me
    note: Intro call.   # the first one
  - date: 2026-11-18 15:00
    via: video
    by: them
    with: [bob-stone]
    note: "Quarterly review, Acme and us: numbers for the board and the plan for spring"
    ref: ics:review-2026@acme.example' "alice: the review in New York time, read in Berlin's"
expect_eq "$(cat "$REL_DIR/carol-diaz.yaml")" 'name: Carol Díaz
email: CAROL@example.org
log:
  - date: 2026-10-26 10:00
    via: meeting
    by: me
    note: Weekly sync
    ref: ics:sync@example.com/20261026T090000Z
  - date: 2026-11-10 14:30
    via: meeting
    by: me
    note: Weekly sync (moved)
    ref: ics:sync@example.com/20261109T090000Z
  - date: 2026-11-16 10:00
    via: meeting
    by: me
    note: Weekly sync
    ref: ics:sync@example.com/20261116T090000Z
  - date: 2026-11-23 10:00
    via: meeting
    by: me
    note: Weekly sync
    ref: ics:sync@example.com/20261123T090000Z
# no log yet (a comment the file ends with stays last)' "carol: the series without 2 Nov, the moved one on its day"
# Only lines added: the old file is the new one's beginning.
expect_eq "$(head -c "$(wc -c <"$T/alice-before.yaml")" "$REL_DIR/alice-chen.yaml")" "$(cat "$T/alice-before.yaml")" \
  "alice's lines kept"
if grep -rq BODYMARKER "$REL_DIR" "$XDG_CACHE_HOME"; then fail "a description reached a file"; fi
run_rel 0 check

# A smaller limit of people in .rel.yaml; the limit and me: are checked.
printf 'import: {max_people: 2}\n' >>"$REL_DIR/.rel.yaml"
run_rel 0 import --dry-run work.ics
expect_contains "$OUT" 'skipped work.ics: "Quarterly review, Acme and us: numbers for the board and the plan for spring" 2026-11-18 15:00: large (3 people, the limit is 2)' "max_people"
printf 'import: {max_people: many}\n' >"$REL_DIR/.rel.yaml"
run_rel 1 check
expect_contains "$OUT" ".rel.yaml:1:22: import.max_people must be a whole number from 2 to 10000" "a bad limit"
