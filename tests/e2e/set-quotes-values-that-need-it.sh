# Values with `:`, `#`, leading spaces, quotes or Unicode are quoted as YAML needs and read back exactly.
source "$(dirname "$0")/lib.sh"

write_contact ben <<'EOF2'
name: Ben
details:
  note: x
EOF2

values=("key: value" "a #hash" "  leading spaces" "Zoë Ångström 日本" "'quoted'" "- dash" "yes" "2026-01-02" "[not a list]" "ends with colon:")
i=0
for v in "${values[@]}"; do
  run_rel 0 set ben "details.k$i" "$v"
  i=$((i + 1))
done
run_rel 0 set ben email "x: #y"

run_rel 0 show ben --json
i=0
for v in "${values[@]}"; do
  expect_eq "$(jq -r ".details.k$i" <<<"$OUT")" "$v" "details.k$i round-trips"
  i=$((i + 1))
done
expect_eq "$(jq -r .email <<<"$OUT")" "x: #y" "email round-trips"
# Plain text stays plain; only what must be quoted is.
expect_eq "$(sed -n 3p "$REL_DIR/ben.yaml")" "  note: x" "untouched line"
expect_eq "$(grep '^  k3:' "$REL_DIR/ben.yaml")" "  k3: Zoë Ångström 日本" "Unicode is written as is"

# The value is one argument, like git config's: extra words are a usage error, not silently joined.
run_rel 2 set ben details.likes single-malt whisky
