# `rel edit` of an empty contact file (0 bytes) saves the edited text over it, as for any other file;
# and when a write is refused, the message says where the edited text is kept.
source "$(dirname "$0")/lib.sh"

: >"$REL_DIR/alice.yaml"
cat >"$T/write" <<'EOF2'
#!/bin/bash
printf 'name: Alice Chen\n' >"$1"
EOF2
chmod +x "$T/write"
EDITOR="$T/write" run_rel 0 edit alice </dev/null
expect_eq "$OUT" "saved alice.yaml" "saved"
expect_eq "$(cat "$REL_DIR/alice.yaml")" "name: Alice Chen" "the edited text is the file"
run_rel 0 check

# A write refused (a read-only file): the edited text is kept, and the message says where.
: >"$REL_DIR/bob.yaml"
chmod 444 "$REL_DIR/bob.yaml"
EDITOR="$T/write" run_rel 1 edit bob </dev/null
kept=$(sed -n 's/.*; your edited text is in \(.*\)$/\1/p' <<<"$ERR")
expect_eq "$ERR" "rel: error: bob.yaml is read-only, so rel leaves it as it is (\`chmod u+w $REL_DIR/bob.yaml\` lets rel write it); nothing was written; your edited text is in $kept" "the message"
expect_eq "$(cat "$kept")" "name: Alice Chen" "the text is there"
expect_eq "$(stat -c %s "$REL_DIR/bob.yaml")" "0" "the file is unchanged"
