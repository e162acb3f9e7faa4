# `rel unset` removes the key's own lines and nothing else: comments and blank lines around stay.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice   # x
# how to reach her
phone: "+1 555"   # mobile
email: a@x

details:
  # family
  spouse: Ben
  kids: |
    Maya
    Leo
  likes: tea
dates:
  birthday: 1985-03-14
log:
  - date: 2026-11-20
EOF2

run_rel 0 unset alice phone
expect_eq "$OUT" "removed phone of Alice" "unset reports"
run_rel 0 unset alice details.kids
run_rel 0 unset alice dates.birthday
diff - "$REL_DIR/alice.yaml" <<'EOF2' || fail "unset changed other lines"
name: Alice   # x
# how to reach her
email: a@x

details:
  # family
  spouse: Ben
  likes: tea
dates:
log:
  - date: 2026-11-20
EOF2
run_rel 0 show alice --json
expect_eq "$(jq -c '[.details, .phone, .dates]' <<<"$OUT")" '[{"likes":"tea","spouse":"Ben"},null,[]]' "read back"
