# An ambiguous WHO exits 2 and lists every candidate (id and name) on stderr; nothing on stdout.
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

run_rel 2 show al
expect_eq "$OUT" "" "no output"
expect_eq "$ERR" "rel: error: \"al\" matches 2 contacts; be more specific:
  alex-smith	Alex Smith
  work/alice-chen	Alice Chen" "candidates listed"

run_rel 2 show chen
expect_eq "$ERR" "rel: error: \"chen\" matches 2 contacts; be more specific:
  family/mom	Margaret Chen
  work/alice-chen	Alice Chen" "candidates by surname"
