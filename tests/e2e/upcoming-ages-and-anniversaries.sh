# `rel upcoming` says the age a birthday brings and the years an anniversary marks; Feb 29 falls on
# Feb 28 in other years; a dated event still ahead first comes round on its own date.
source "$(dirname "$0")/lib.sh"

write_contact carl <<'EOF'
name: Carl Leap
dates:
  birthday: 2000-02-29
  Maya's birthday: 2019-12-01
  first met: 2025-12-01
EOF
write_contact dana <<'EOF'
name: Dana Future
dates:
  wedding: 2027-05-01
  name day: --01-05
EOF

run_rel 0 upcoming --days 200 --json
expect_eq "$(jq -r '.[] | [.date, .days, .id, .kind, .what] | @tsv' <<<"$OUT")" "$(printf '%s\n' \
  $'2026-12-01\t8\tcarl\tdate\tMaya\'s birthday (turns 7)' \
  $'2026-12-01\t8\tcarl\tdate\tfirst met (1 year)' \
  $'2027-01-05\t43\tdana\tdate\tname day' \
  $'2027-02-28\t97\tcarl\tdate\tbirthday (turns 27)' \
  $'2027-05-01\t159\tdana\tdate\twedding')" "ages, years and plain labels"

run_rel 0 show dana
expect_contains "$OUT" "  wedding   2027-05-01 (in 159 days)" "a future event in show"
