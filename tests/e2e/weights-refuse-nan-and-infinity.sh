# A channel weight in .rel.yaml must be a number from 0 to 10: nan and inf are refused at FILE:LINE:COL
# (nan compared false with both bounds, and slipped through into every health score).
source "$(dirname "$0")/lib.sh"

printf 'name: Alice Chen\nlog:\n  - date: 2026-11-01\n    via: meeting\n' >"$REL_DIR/alice-chen.yaml"
printf 'weights: {meeting: nan, call: inf, email: -nan, video: 2.5}\n' >"$REL_DIR/.rel.yaml"
run_rel 1 check
expect_eq "$OUT" '.rel.yaml:1:20: weight of meeting must be a number from 0 to 10
.rel.yaml:1:31: weight of call must be a number from 0 to 10
.rel.yaml:1:43: weight of email must be a number from 0 to 10' "each refused where it is"
run_rel 0 list --format tsv
expect_eq "$ERR" "rel: warning: .rel.yaml:1:20: weight of meeting must be a number from 0 to 10
rel: warning: .rel.yaml:1:31: weight of call must be a number from 0 to 10
rel: warning: .rel.yaml:1:43: weight of email must be a number from 0 to 10" "listings warn"
[[ "$OUT" != *nan* ]] || fail "a health of nan"
