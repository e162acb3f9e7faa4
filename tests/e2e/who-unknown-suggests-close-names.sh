# An unknown WHO exits 1 with close names suggested on stderr, or none when nothing is close.
source "$(dirname "$0")/lib.sh"

write_contact work/alice-chen <<'EOF'
name: Alice Chen
aka: [Ali, Dr. Chen]
EOF
write_contact zoe-obrien <<'EOF'
name: Zoë O'Brien
EOF
write_contact alex-smith <<'EOF'
name: Alex Smith
EOF
write_contact family/mom <<'EOF'
name: Margaret Chen
aka: [Mom]
EOF

# shows WHO ID: `rel show WHO` finds the contact with this id.
shows() {
  run_rel 0 show "$1" --json
  expect_eq "$(jq -r .id <<<"$OUT")" "$2" "rel show \"$1\""
}

run_rel 1 show alicia
expect_eq "$OUT" "" "no output"
expect_eq "$ERR" "rel: error: no contact matches \"alicia\"; did you mean:
  work/alice-chen	Alice Chen" "suggestion"

run_rel 1 show xyzzy
expect_eq "$ERR" "rel: error: no contact matches \"xyzzy\"" "nothing close"
