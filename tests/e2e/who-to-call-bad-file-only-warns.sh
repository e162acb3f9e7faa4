# A file that does not parse elsewhere in the journal does not stop `rel who-to-call`: it warns
# on stderr naming the file, lists everyone else, and exits 0.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

printf 'name: Broken\nlog:\n  - date: 2026-13-45\n' >"$REL_DIR/broken.yaml"
run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1 | paste -sd' ')" "pam olga ned bea" "the others are listed"
expect_contains "$ERR" "broken.yaml:3:" "the warning names the file and line"
expect_contains "$ERR" "rel: warning:" "it is a warning"
