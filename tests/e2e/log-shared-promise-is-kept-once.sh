# A promise made while logging a meeting of several people is one promise: written once, in the
# first person's file, so keeping it once keeps it (it was one open promise in each file).
source "$(dirname "$0")/lib.sh"

run_rel 0 add David Kim
run_rel 0 add Rachel Green
run_rel 0 log david,rachel dinner --via meeting --promise "send data room link" --due "in 3 days"
expect_eq "$OUT" "logged meeting with David Kim on 2026-11-23
logged meeting with Rachel Green on 2026-11-23
promised David Kim: send data room link, by 2026-11-26" "where the promise went"
expect_eq "$(cat "$REL_DIR/rachel-green.yaml")" "name: Rachel Green
log:
  - date: 2026-11-23
    via: meeting
    by: me
    with: [david-kim]
    note: dinner" "the others get the meeting, not a copy of the promise"
run_rel 0 show david --json
expect_eq "$(jq -c '[.promises[] | [.what, .due, .done]]' <<<"$OUT")" '[["send data room link","2026-11-26",null]]' "one open promise"

run_rel 0 upcoming --json
expect_eq "$(jq -c '[.[] | select(.kind == "promise") | .id]' <<<"$OUT")" '["david-kim"]' "due once, for David"
run_rel 0 kept david "send data room link"
run_rel 0 upcoming --json
expect_eq "$(jq -c '[.[] | select(.kind == "promise")] | length' <<<"$OUT")" "0" "kept once: nothing left open"
