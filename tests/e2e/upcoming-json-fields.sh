# `rel upcoming --json` records carry id, name, date, days, kind, what and entry (a promise's address).
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
dates:
  birthday: 1985-11-30
promises:
  - what: send the guide
    due: 2026-11-20
EOF

run_rel 0 upcoming --json
expect_eq "$(jq -c '.' <<<"$OUT")" \
  '[{"date":"2026-11-20","days":-3,"entry":"4cac","id":"alice","kind":"promise","name":"Alice Chen","what":"promise: send the guide"},{"date":"2026-11-30","days":7,"entry":null,"id":"alice","kind":"date","name":"Alice Chen","what":"birthday (turns 41)"}]' \
  "records"
