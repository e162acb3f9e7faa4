# The note comes from the words after WHO, else stdin when not a terminal, else $EDITOR; an empty editor note logs nothing.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice\n' >"$REL_DIR/alice.yaml"
run_rel 0 log alice lunch   at  Nopa
printf 'from stdin\n\n' | rel log alice >/dev/null
# An editor: a script that writes the note into the file it is given (after rel's # hint lines).
cat >"$T/editor.sh" <<'EOF'
#!/bin/sh
printf 'from the editor\nsecond line\n' >>"$1"
EOF
chmod +x "$T/editor.sh"
# `script` gives rel a terminal on stdin so that it falls back to the editor.
if command -v script >/dev/null; then
  EDITOR="$T/editor.sh" script -qec "$REL log alice --via call" /dev/null >/dev/null </dev/null
  run_rel 0 show alice --json
  expect_eq "$(jq -c '[.log[].note]' <<<"$OUT")" '["lunch at Nopa","from stdin","from the editor\nsecond line"]' \
    "notes from args, stdin and editor"
  # An editor that leaves only the hint: nothing is logged, exit 1, the file is unchanged.
  cp "$REL_DIR/alice.yaml" "$T/before"
  set +e
  EDITOR=true script -qec "$REL log alice" /dev/null </dev/null >"$T/out"
  status=$?
  set -e
  [[ $status != 0 ]] || fail "empty editor note must fail"
  cmp "$T/before" "$REL_DIR/alice.yaml" || fail "file changed by an empty note"
else
  run_rel 0 show alice --json
  expect_eq "$(jq -c '[.log[].note]' <<<"$OUT")" '["lunch at Nopa","from stdin"]' "notes from args and stdin"
fi
