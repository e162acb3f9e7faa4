# `rel edit` on a terminal re-opens the editor while the text does not parse, and never saves it broken.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice   # keep me
email: a@x
EOF2
cp "$REL_DIR/alice.yaml" "$T/orig"

# An editor that first breaks the YAML, then breaks the schema, then fixes it; each time it
# records what the journal file held, to prove nothing broken ever reached it.
cat >"$T/editor" <<'EOF2'
#!/bin/bash
n=$(($(cat "$COUNTER" 2>/dev/null || echo 0) + 1))
echo "$n" >"$COUNTER"
cp "$REL_DIR/alice.yaml" "$SEEN.$n"
case $n in
  1) printf 'name: Alice   # keep me\nemail: [a@x\n' >"$1" ;;
  2) printf 'name: Alice   # keep me\nemail: a@x\ncadence: often\n' >"$1" ;;
  *) printf 'name: Alice   # keep me\nemail: a@x\ncadence: 14d\n' >"$1" ;;
esac
EOF2
chmod +x "$T/editor"
export EDITOR="$T/editor" COUNTER="$T/count" SEEN="$T/seen"

# `script` gives rel a terminal on stdin, as a person at a shell would have.
set +e
script -qec "$REL edit alice" /dev/null </dev/null >"$T/out" 2>&1
status=$?
set -e
out=$(tr -d '\r' <"$T/out")
[[ $status == 0 ]] || fail "rel edit exited $status: $out"
expect_eq "$(cat "$T/count")" 3 "the editor was opened three times"
expect_contains "$out" "alice.yaml:3:1: end of sequence flow" "the YAML problem is shown as FILE:LINE:COL"
expect_contains "$out" "alice.yaml:3:10:" "the schema problem is shown as FILE:LINE:COL"
expect_contains "$out" "re-opening the editor" "says why the editor comes back"
for n in 1 2 3; do cmp "$T/seen.$n" "$T/orig" || fail "the journal file changed before the text was valid ($n)"; done
expect_eq "$(cat "$REL_DIR/alice.yaml")" "name: Alice   # keep me
email: a@x
cadence: 14d" "the valid text is saved as written"
