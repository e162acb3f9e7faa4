# WHO can be a unique prefix or substring of a name, an aka or an id, ignoring case and accents.
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

shows zo zoe-obrien
shows ZOË zoe-obrien
shows "o'b" zoe-obrien
shows brien zoe-obrien
shows smi alex-smith
shows MITH alex-smith
shows marg family/mom
shows garet family/mom
shows alice-chen work/alice-chen
