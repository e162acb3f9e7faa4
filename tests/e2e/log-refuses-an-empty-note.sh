# An empty note is refused (exit 2, saying why, nothing written) whichever way it comes: as the words
# after WHO, as blanks, on standard input, or from the editor.
source "$(dirname "$0")/lib.sh"

write_contact zoe <<'EOF2'
name: Zoë Dubois
EOF2
before=$(cat "$REL_DIR/zoe.yaml")

run_rel 2 log zoe ""
expect_eq "$ERR" "rel: error: the note after WHO is blank; nothing logged" "an empty argument"
run_rel 2 log zoe "  " "	"
expect_eq "$ERR" "rel: error: the note after WHO is blank; nothing logged" "blank arguments"
run_rel 2 log zoe </dev/null
expect_eq "$ERR" "rel: error: standard input held no note; nothing logged" "empty stdin"
printf ' \n\n\t\n' >"$T/blank"
run_rel 2 log zoe --via call <"$T/blank"
expect_eq "$ERR" "rel: error: standard input held no note; nothing logged" "blank stdin"
run_rel 2 log zoe,zoe "" --promise "call back" --due friday
expect_eq "$(cat "$REL_DIR/zoe.yaml")" "$before" "nothing written"
if command -v script >/dev/null; then
  set +e
  EDITOR=true script -qec "$REL log zoe" /dev/null </dev/null >"$T/out"
  status=$?
  set -e
  expect_eq "$status" 2 "an empty editor note is a usage error"
  expect_contains "$(cat "$T/out")" "the note written in the editor is empty; nothing logged" "editor"
fi
expect_eq "$(cat "$REL_DIR/zoe.yaml")" "$before" "nothing written"

# A note that is there is logged.
printf 'lunch\n\n' | rel log zoe >/dev/null
expect_eq "$(cat "$REL_DIR/zoe.yaml")" "name: Zoë Dubois
log:
  - date: 2026-11-23
    via: other
    by: me
    note: lunch" "the note"
