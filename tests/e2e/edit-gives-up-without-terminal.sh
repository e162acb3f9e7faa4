# Without a terminal to fix things on, or when the editor fails, `rel edit` gives up: exit 1, file untouched.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice
email: a@x
EOF2
cp "$REL_DIR/alice.yaml" "$T/orig"

cat >"$T/breaks" <<'EOF2'
#!/bin/bash
echo x >>"$T/calls"
printf 'name: Alice\nemail: a@x\nemail: twice\n' >"$1"
EOF2
cat >"$T/fails" <<'EOF2'
#!/bin/bash
printf 'name: Changed\n' >"$1"
exit 3
EOF2
chmod +x "$T/breaks" "$T/fails"
export T

EDITOR="$T/breaks" run_rel 1 edit alice </dev/null
[[ "$ERR" =~ alice\.yaml:3:1: ]] || fail "no FILE:LINE:COL for the duplicated key: $ERR"
expect_contains "$ERR" "was not saved" "says nothing was saved"
expect_eq "$(wc -l <"$T/calls")" 1 "no re-open without a terminal"
cmp "$REL_DIR/alice.yaml" "$T/orig" || fail "a broken edit reached the file"

EDITOR="$T/fails" run_rel 1 edit alice </dev/null
expect_contains "$ERR" "failed (exit status 3)" "the editor's failure is reported"
cmp "$REL_DIR/alice.yaml" "$T/orig" || fail "a failed editor's text reached the file"

EDITOR=false run_rel 1 edit alice </dev/null
cmp "$REL_DIR/alice.yaml" "$T/orig" || fail "file changed"

# Emptying the file is the way to give up, even on a terminal.
EDITOR="truncate -s 0" run_rel 1 edit alice </dev/null
expect_contains "$ERR" "empty" "an empty edit is abandoned"
cmp "$REL_DIR/alice.yaml" "$T/orig" || fail "file changed"
run_rel 1 edit nobody </dev/null
