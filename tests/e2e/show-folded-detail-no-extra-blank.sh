# A detail written as a folded or literal block (`likes: >`) is shown without the blank line its final
# newline used to add after it.
source "$(dirname "$0")/lib.sh"

write_contact zoe <<'EOF2'
name: Zoë Dubois
details:
  likes: >
    long walks
    and Berlin
  address: |
    1 Rue
    Paris
  kids: two
EOF2
run_rel 0 show zoe
expect_eq "$(sed -n '/^details/,/^$/p' <<<"$OUT")" "details
  likes    long walks and Berlin
  address  1 Rue
           Paris
  kids     two" "no blank line after a block"
