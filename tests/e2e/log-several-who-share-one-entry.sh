# rel log a,b,c: one entry in each file, each `with:` naming the others; an unknown WHO writes nothing.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice Chen\n' >"$REL_DIR/alice-chen.yaml"
printf 'name: Ben Chen\nlog:\n  - date: 2026-01-01\n' >"$REL_DIR/ben-chen.yaml"
mkdir -p "$REL_DIR/work" && printf 'name: Carla Diaz\n' >"$REL_DIR/work/carla.yaml"
cp "$REL_DIR/ben-chen.yaml" "$T/ben.old"
run_rel 1 log alice,nobody-at-all dinner
cmp "$T/ben.old" "$REL_DIR/ben-chen.yaml" || fail "unknown WHO must write nothing"
expect_eq "$(cat "$REL_DIR/alice-chen.yaml")" "name: Alice Chen" "unknown WHO must write nothing"

run_rel 0 log alice,ben-chen,carla --via meeting dinner at home
expect_eq "$OUT" "logged meeting with Alice Chen on 2026-11-23
logged meeting with Ben Chen on 2026-11-23
logged meeting with Carla Diaz on 2026-11-23" "one line per contact"
expect_eq "$(cat "$REL_DIR/alice-chen.yaml")" "name: Alice Chen
log:
  - date: 2026-11-23
    via: meeting
    by: me
    with: [ben-chen, work/carla]
    note: dinner at home" "alice's entry"
for id in alice-chen ben-chen work/carla; do
  run_rel 0 show "$id" --json
  expect_eq "$(jq -c '.log[-1] | [.date, .via, .note, .with]' <<<"$OUT")" \
    "$(jq -nc --arg id "$id" '["2026-11-23","meeting","dinner at home",(["alice-chen","ben-chen","work/carla"] - [$id])]')" \
    "$id's entry names the others"
done
run_rel 0 show ben-chen --json
expect_eq "$(jq '.log | length' <<<"$OUT")" "2" "ben has two entries"
