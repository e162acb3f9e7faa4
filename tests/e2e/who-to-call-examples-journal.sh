# `make run` shows a useful morning list on examples/journal: long silences, a falling trend, a
# contact never logged, a birthday in two days and an overdue promise; every file is valid.
source "$(dirname "$0")/lib.sh"

cp -R "$REL_SOURCE_DIR/examples/journal/." "$REL_DIR"
run_rel 0 check
run_rel 0 who-to-call
expect_eq "$OUT" "name            health  trend  silence     why
Kenji Watanabe  29      ↓6     126d/30d    126 days, cadence 30d
Raj Patel       46      ↓22    62d/30d     62 days, cadence 30d; health down 22 in 30 days
Joseph Hughes   47      ↓20    52d/30d     52 days, cadence 30d; health down 20 in 30 days
Jamie Hughes    52      ↑14    24d/14d     24 days, cadence 14d
Daniel Okafor   55      ↓9     54d/45d     54 days, cadence 45d
Tom Becker      18             never/180d  never logged, cadence 180d
Ellen Hughes    62      ↓4     8d/7d       8 days, cadence 7d
Sofia Rossi     73      ↑16    26d/45d     birthday in 2 days
Marta Kowalska  77      ↑21    3d/30d      promise to send the phase-2 proposal overdue 10d" "morning list"
[[ -z "$ERR" ]] || fail "unexpected stderr: $ERR"
