# A file that does not parse does not stop list, upcoming, search or show of another contact:
# they warn on stderr naming the file and go on (exit 0).
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
dates:
  birthday: 1985-11-30
EOF
write_contact work/broken <<'EOF'
name: Broken Bob
dates:
  birthday: 1985-13-40
EOF

for args in "list" "upcoming" "search alice" "show alice"; do
  # shellcheck disable=SC2086
  run_rel 0 $args
  expect_contains "$OUT" "Alice Chen" "rel $args still serves the good file"
  expect_contains "$ERR" "rel: warning: work/broken.yaml:3:" "rel $args names the bad file"
  [[ "$OUT" != *"Broken Bob"* ]] || fail "rel $args: the bad file was served"
done

run_rel 0 upcoming --json
expect_eq "$(jq -r '.[].id' <<<"$OUT")" "alice" "json still valid"

# Naming the bad contact itself reports what is wrong with it.
run_rel 1 show work/broken
expect_contains "$ERR" "work/broken.yaml:3:" "show of the bad file"
