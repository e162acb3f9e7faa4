# `--json` is exactly `--format json` on every listing command.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
dates:
  birthday: 1985-11-30
promises:
  - what: send the guide
    due: 2026-11-25
log:
  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch with Alice.
EOF

for args in "show alice" "list" "upcoming" "search alice"; do
  # shellcheck disable=SC2086
  run_rel 0 $args --json
  flag=$OUT
  # shellcheck disable=SC2086
  run_rel 0 $args --format json
  expect_eq "$flag" "$OUT" "rel $args: --json and --format json"
  jq -e . <<<"$OUT" >/dev/null || fail "rel $args: not JSON"
done
