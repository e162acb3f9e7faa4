# The editor's copy (rel edit) and the note file (rel log in the editor) are removed however the edit
# ends — saved, unchanged, emptied, the editor failing — except where rel hands the user's text over and
# says where it is (broken without a terminal, the file changed meanwhile): then that one file is kept.
source "$(dirname "$0")/lib.sh"

export TMPDIR="$T/tmp"
mkdir -p "$TMPDIR"
write_contact alice <<'EOF2'
name: Alice
email: a@x
EOF2
cat >"$T/breaks" <<'EOF2'
#!/bin/bash
printf 'name: Alice\nemail: a@x\nemail: twice\n' >"$1"
EOF2
cat >"$T/fails" <<'EOF2'
#!/bin/bash
printf 'name: Changed\n' >"$1"
exit 3
EOF2
cat >"$T/renames" <<'EOF2'
#!/bin/bash
printf 'name: Alicia\nemail: a@x\n' >"$1"
EOF2
cat >"$T/meanwhile" <<'EOF2'
#!/bin/bash
printf 'name: Alice\nemail: other@x\n' >"$REL_DIR/alice.yaml"
printf 'name: Alicia\nemail: a@x\n' >"$1"
EOF2
chmod +x "$T/breaks" "$T/fails" "$T/renames" "$T/meanwhile"
export T

no_temp_left() { expect_eq "$(ls -A "$TMPDIR")" "" "no temporary file left: $1"; }
# handed_over WHAT: the one file left is the one the message names; it goes before the next case.
handed_over() {
  local left
  left=$(ls -A "$TMPDIR")
  [[ $left == rel-edit-*.yaml && $(wc -l <<<"$left") == 1 ]] || fail "$1: left $left"
  expect_contains "$ERR" "$TMPDIR/$left" "$1: the message says where"
  rm -f "$TMPDIR/$left"
}

EDITOR="$T/breaks" run_rel 1 edit alice </dev/null
expect_contains "$ERR" "alice.yaml was not saved" "broken without a terminal"
handed_over "broken"
EDITOR="$T/fails" run_rel 1 edit alice </dev/null
no_temp_left "editor failed"
EDITOR=true run_rel 0 edit alice </dev/null
no_temp_left "unchanged"
EDITOR="truncate -s 0" run_rel 1 edit alice </dev/null
no_temp_left "emptied"
EDITOR="$T/meanwhile" run_rel 1 edit alice </dev/null
expect_contains "$ERR" "rel: error: alice.yaml changed while you were editing it; nothing was saved" "changed meanwhile"
handed_over "changed meanwhile"
printf 'name: Alice\nemail: a@x\n' >"$REL_DIR/alice.yaml"
chmod a-w "$REL_DIR"
if [[ ! -w "$REL_DIR" ]]; then
  EDITOR="$T/renames" run_rel 1 edit alice </dev/null
  handed_over "save failed"
fi
chmod u+w "$REL_DIR"
EDITOR="$T/renames" run_rel 0 edit alice </dev/null
no_temp_left "saved"
expect_eq "$(cat "$REL_DIR/alice.yaml")" $'name: Alicia\nemail: a@x' "saved"
if command -v script >/dev/null; then
  EDITOR=false script -qec "$REL log alice" /dev/null </dev/null >/dev/null || true
  EDITOR=true script -qec "$REL log alice" /dev/null </dev/null >/dev/null || true
  no_temp_left "log's note"
fi
