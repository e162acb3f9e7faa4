# `rel` alone (or with only --dir) is `rel who-to-call`; `rel help [COMMAND]` is `--help`.
source "$(dirname "$0")/lib.sh"

write_contact ned <<'YAML'
name: Ned North
YAML

run_rel 0 who-to-call
morning=$OUT
run_rel 0
expect_eq "$OUT" "$morning" "rel alone"
run_rel 0 --dir "$REL_DIR"
expect_eq "$OUT" "$morning" "rel --dir DIR"
run_rel 0 "--dir=$REL_DIR"
expect_eq "$OUT" "$morning" "rel --dir=DIR"

run_rel 0 --help
top=$OUT
run_rel 0 help
expect_eq "$OUT" "$top" "rel help"
expect_contains "$top" "rel\` alone is \`rel who-to-call\`" "the help says so"
for cmd in log who-to-call snooze archive list; do
  run_rel 0 "$cmd" --help
  want=$OUT
  run_rel 0 help "$cmd"
  expect_eq "$OUT" "$want" "rel help $cmd"
done
run_rel 2 help nonsense
expect_contains "$ERR" 'no command "nonsense"' "unknown command"
