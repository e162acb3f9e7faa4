# WHO can be a contact's id, its full name or an aka, in any case and with or without accents.
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

shows work/alice-chen work/alice-chen
shows "Alice Chen" work/alice-chen
shows "aLiCe CHEN" work/alice-chen
shows Ali work/alice-chen
shows "dr. chen" work/alice-chen
shows "Zoë O'Brien" zoe-obrien
shows "ZOE O'BRIEN" zoe-obrien
shows Mom family/mom
shows family/mom family/mom
