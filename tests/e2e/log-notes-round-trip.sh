# Any note text rel log writes reads back byte for byte: quotes, #, ": ", spaces, tabs, newlines, Unicode, YAML look-alikes.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice\n' >"$REL_DIR/alice.yaml"
notes=(
  'He said "hi" and it'"'"'s fine'
  'price: 10 # not a comment'
  '  leading and trailing spaces  '
  $'tab\there\tand\ttrailing tab\t'
  $'line one\nline two: x\n\n  indented # three\n'
  'Zoë café 東京 🎉 — ok'
  '-'
  '- looks like a list'
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ deep brackets'
  '{a: b}'
  'true'
  '~'
  'null'
  '2026-01-01'
  '!tag & *alias | > %'
  '@at `tick`'
  '---'
  '...'
  $'crlf\r\nline'
  '\back\slash\n'
  '0x1F'
  ': colon first'
  '? question'
  $'two\nlines'
  $'blank\n\nbetween'
  $'one final newline\n'
  $'two final newlines\n\n'
  $'\nleading newline'
  $'\nleading and final\n'
  $'more\n  indented\nless'
  $'space-only\n \nline\n'
  $'- a\n- b\n'
  $'# not\n# comments\n'
)
for note in "${notes[@]}"; do
  run_rel 0 log alice -- "$note"
done
run_rel 0 show alice --json
expect_eq "$(jq '.log | length' <<<"$OUT")" "${#notes[@]}" "one entry per note"
for i in "${!notes[@]}"; do
  got=$(jq -j ".log[$i].note" <<<"$OUT"; printf x)
  expect_eq "${got%x}" "${notes[$i]}" "note $i round-trips"
done
# The same notes via stdin (which keeps inner newlines and drops only the final ones).
printf 'name: Bob\n' >"$REL_DIR/bob.yaml"
printf 'a: b # c\n\t"q"\n\n' | rel log bob >/dev/null
run_rel 0 show bob --json
expect_eq "$(jq -j '.log[0].note' <<<"$OUT")" $'a: b # c\n\t"q"' "stdin note"
run_rel 0 check
