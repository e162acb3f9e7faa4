# Usage errors exit 2 with a hint; a mistyped command gets "did you mean".
source "$(dirname "$0")/lib.sh"

run_rel 2 lgo alice
expect_contains "$ERR" 'did you mean "log"' "spellcheck"
run_rel 0  # `rel` alone is the morning list
expect_eq "$OUT" "No contacts yet: add one with \`rel add NAME\`." "rel alone"
run_rel 2 list --sort nonsense
run_rel 2 list --bogus
run_rel 0 --help
expect_contains "$OUT" "log" "help lists commands"
run_rel 0 --version
expect_contains "$OUT" "rel " "version"
run_rel 0 log --help
expect_contains "$OUT" "--via" "command help"
REL_TODAY=2026-13-01 run_rel 2 list
expect_contains "$ERR" "REL_TODAY" "bad REL_TODAY is a usage error"
