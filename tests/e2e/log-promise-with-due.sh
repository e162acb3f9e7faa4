# rel log --promise TEXT --due WHEN records the interaction and an open promise made that day, due by the future-leaning WHEN.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice   # client
promises:
  - what: old one
    made: 2026-10-01
log:
  - date: 2026-10-01
EOF
run_rel 0 log alice call about Berlin --via call --date friday --promise "send the guide" --due "next tue"
expect_eq "$(cat "$REL_DIR/alice.yaml")" "name: Alice   # client
promises:
  - what: old one
    made: 2026-10-01
  - what: send the guide
    made: 2026-11-20
    due: 2026-11-24
log:
  - date: 2026-10-01
  - date: 2026-11-20
    via: call
    by: me
    note: call about Berlin" "entry and promise, only lines added"
# A bare weekday for --due is the next one.
run_rel 0 log alice x --promise "ring back" --due friday
run_rel 0 show alice --json
expect_eq "$(jq -c '[.promises[] | [.what, .made, .due]]' <<<"$OUT")" \
  '[["old one","2026-10-01",null],["send the guide","2026-11-20","2026-11-24"],["ring back","2026-11-23","2026-11-27"]]' "promises"
