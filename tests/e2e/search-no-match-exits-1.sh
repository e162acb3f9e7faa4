# `rel search` with no match prints nothing and exits 1, like grep; an empty query is a usage error.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
EOF

run_rel 1 search nobody
expect_eq "$OUT" "" "no output"
expect_eq "$ERR" "" "no error"
run_rel 1 search nobody --json
expect_eq "$OUT" "" "no json either"
run_rel 1 search nobody --format tsv
expect_eq "$OUT" "" "no tsv header either"
run_rel 0 search alice
run_rel 2 search ""
run_rel 2 search
