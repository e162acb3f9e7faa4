# A folder that does not exist is no journal: every command that reads or writes one says so, naming
# it, exits 1, and creates nothing there (not even the folder).
source "$(dirname "$0")/lib.sh"
missing="$T/nowhere"
for args in "list" "who-to-call" "show ann" "add Ann Example" "log ann lunch" "monitor status" "monitor start"; do
  read -ra words <<<"$args"
  run_rel 1 --dir "$missing" "${words[@]}"
  expect_eq "$OUT" "" "rel $args: no output"
  expect_eq "$ERR" "rel: error: $missing: no journal here (create one with \`rel init\`)" "rel $args: the error"
  [[ ! -e $missing ]] || fail "rel $args created $missing"
done
