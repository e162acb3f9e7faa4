# WHEN takes a day of a month (Nov 3, 3 Nov, November 3: the last one for --date, the next for --due) and
# last week; an unquoted date of several words (--date 3 days ago) is refused saying to quote it, and
# logs nothing.
source "$(dirname "$0")/lib.sh"

write_contact zoe <<<'name: Zoë Dubois'
run_rel 2 log zoe lunch --date 3 days ago
expect_eq "$ERR" 'rel: error: cannot understand date "3": a date of several words is one argument, in quotes (--date "3 days ago", --due "in 2 weeks")' "unquoted"
run_rel 2 log zoe lunch --promise x --due in 2 weeks
expect_contains "$ERR" 'cannot understand date "in": a date of several words is one argument, in quotes' "unquoted --due"
expect_eq "$(cat "$REL_DIR/zoe.yaml")" "name: Zoë Dubois" "nothing written"

run_rel 0 log zoe lunch --date "Nov 3"
expect_eq "$OUT" "logged other with Zoë Dubois on 2026-11-03" "Nov 3"
run_rel 0 log zoe call --date "3 November"
expect_eq "$OUT" "logged other with Zoë Dubois on 2026-11-03" "3 November"
run_rel 0 log zoe drinks --date "last week"
expect_eq "$OUT" "logged other with Zoë Dubois on 2026-11-16" "last week"
run_rel 0 promise zoe send the photos --due "Dec 1"
expect_eq "$OUT" "promised Zoë Dubois: send the photos, by 2026-12-01" "--due Dec 1"
run_rel 0 promise zoe the Easter card --due "Nov 3"
expect_eq "$OUT" "promised Zoë Dubois: the Easter card, by 2027-11-03" "--due Nov 3 is the next one"
