# `rel edit`: valid text is saved byte for byte; no change writes nothing; a broken file can be fixed by id.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice
EOF2
inode=$(stat -c %i "$REL_DIR/alice.yaml")
EDITOR=true run_rel 0 edit alice </dev/null
expect_eq "$OUT" "no changes to alice.yaml" "unchanged"
expect_eq "$(stat -c %i "$REL_DIR/alice.yaml")" "$inode" "an unchanged edit does not rewrite the file"

cat >"$T/fix" <<'EOF2'
#!/bin/bash
printf '# fixed by hand\r\nname: Carol   # ok\r\n\r\ntags: [a]\r\n' >"$1"
EOF2
chmod +x "$T/fix"
printf 'name: Carol\ntags: [a\n' >"$REL_DIR/carol.yaml"
EDITOR="$T/fix" run_rel 0 edit carol </dev/null
expect_eq "$OUT" "saved carol.yaml" "saved"
expect_eq "$(od -c "$REL_DIR/carol.yaml")" "$(printf '# fixed by hand\r\nname: Carol   # ok\r\n\r\ntags: [a]\r\n' | od -c)" "exact bytes"
run_rel 0 check
