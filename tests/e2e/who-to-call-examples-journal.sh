# `make run` shows a useful morning list on examples/journal: first what can be lost today (an
# overdue promise, a dormant friend's birthday tomorrow), then long silences, a chase, a promise
# someone owes, a contact never logged; Grandma Rose (deceased) is never announced, though her
# birthday is in two days; every file is valid.
source "$(dirname "$0")/lib.sh"

cp -R "$REL_SOURCE_DIR/examples/journal/." "$REL_DIR"
run_rel 0 check
run_rel 0 who-to-call
expect_eq "$OUT" "name            health  trend  silence     why
Marta Kowalska  77      ↑17    3d/30d      promise to send the phase-2 proposal overdue 10d
Marco Bianchi   27             647d/45d    birthday tomorrow; dormant
Kenji Watanabe  36      ↓5     126d/30d    126 days, cadence 30d
Joseph Hughes   41      ↓15    52d/30d     52 days, cadence 30d
Raj Patel       50      ↓19    62d/30d     62 days, cadence 30d
Daniel Okafor   18      ↓5     54d/45d     54 days, cadence 45d; 3 contacts by you unanswered since 2026-05-09
Jamie Hughes    55      ↑11    24d/14d     24 days, cadence 14d
Ellen Hughes    63      ↓3     8d/7d       8 days, cadence 7d
Sofia Rossi     74      ↑14    26d/45d     birthday in 2 days
Priya Nair      73      ↓2     39d/90d     waiting on Priya: introduce me to Jonas at Northstar Ventures, 8 days late
Tom Becker      23             never/180d  never logged, cadence 180d" "morning list"
[[ -z "$ERR" ]] || fail "unexpected stderr: $ERR"
# `rel` alone is the same morning.
run_rel 0
expect_eq "$(head -n 2 <<<"$OUT" | tail -n 1 | cut -c1-14)" "Marta Kowalska" "rel alone"
run_rel 0 upcoming
[[ "$OUT" != *"Rose Hughes"* ]] || fail "a deceased person's birthday is announced: $OUT"
