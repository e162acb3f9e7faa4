# A date that cannot be right is a usage error saying why, and writes nothing: an interaction or a promise
# kept after today, a promise kept before it was made or due before it is made, a report starting after
# today. `rel check` reports an interaction dated after today (written by hand) at its line.
source "$(dirname "$0")/lib.sh"

write_contact zoe <<'EOF2'
name: Zoë Dubois
promises:
  - what: send the photos
    made: 2026-11-20
    due: 2026-11-30
EOF2
before=$(cat "$REL_DIR/zoe.yaml")

run_rel 2 log zoe x --date 2062-11-20
expect_eq "$ERR" "rel: error: --date 2062-11-20 is after today (2026-11-23): an interaction is logged once it has happened" "log in the future"
run_rel 2 log zoe x --date tomorrow
run_rel 2 log zoe x --date "last friday" --promise "call back" --due "4 days ago"
expect_eq "$ERR" "rel: error: --due 2026-11-19 is before the day the promise is made (2026-11-20): a promise cannot be due before it is made" "log --due before the log's date"
run_rel 2 promise zoe call back --due "3 days ago"
expect_eq "$ERR" "rel: error: --due 2026-11-20 is before today, when the promise is made (2026-11-23): a promise cannot be due before it is made" "promise due in the past"
run_rel 2 kept zoe --date 2026-11-19
expect_eq "$ERR" "rel: error: --date 2026-11-19 is before the day it was made (2026-11-20): a promise is kept after it is made" "kept before made"
run_rel 2 kept zoe --date "in 2 days"
expect_eq "$ERR" "rel: error: --date 2026-11-25 is after today (2026-11-23): a promise is marked kept once it is" "kept in the future"
expect_eq "$(cat "$REL_DIR/zoe.yaml")" "$before" "nothing written"

run_rel 2 report --since "in 2 weeks"
expect_eq "$ERR" "rel: error: --since 2026-12-07 is after today (2026-11-23): a report covers a period that ends today" "reversed period"
run_rel 0 report --since today

# What can be right still is: a promise due the day it is made, kept the day it was made, logged today.
run_rel 0 log zoe "dinner" --date friday --promise "call back" --due friday
run_rel 0 kept zoe photos --date 2026-11-20
run_rel 2 amend zoe "$(rel show zoe --format json | jq -r '.log[0].address')" --date 2063-01-01
expect_contains "$ERR" "--date 2063-01-01 is after today" "amend"

# A hand-written interaction in the future is a problem for `rel check`, at its line.
cat >>"$REL_DIR/zoe.yaml" <<'EOF2'
  - date: 2062-11-20
    via: call
    by: me
EOF2
run_rel 1 check
expect_eq "$OUT" "zoe.yaml:15:11: interaction dated 2062-11-20, after today (2026-11-23): a typo?" "check"
expect_eq "$ERR" "rel: error: 1 problem in 1 of 1 files" "check summary"
