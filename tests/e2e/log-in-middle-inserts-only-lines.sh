# rel log when log: is in the middle of the file: the entry's lines are inserted after the last entry, nothing else changes.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen   # the only required key
log:
  - date: 2026-11-01   # first
    via: call
    note: "quoted: yes"

  # a comment after the last entry
details:
  spouse: Ben
email:    alice@example.com
EOF
run_rel 0 log alice --via video --by them --date 2026-11-20 Video catch-up
expect_eq "$(cat "$REL_DIR/alice.yaml")" "name: Alice Chen   # the only required key
log:
  - date: 2026-11-01   # first
    via: call
    note: \"quoted: yes\"

  # a comment after the last entry
  - date: 2026-11-20
    via: video
    by: them
    note: Video catch-up
details:
  spouse: Ben
email:    alice@example.com" "exact file after rel log"

# The git-style diff is only added lines.
write_contact bob <<'EOF'
name: Bob
log:
  - date: 2026-10-01
    via: email
tags: [x]
EOF
cp "$REL_DIR/bob.yaml" "$T/bob.old"
run_rel 0 log bob ping --via email
removed=$(diff "$T/bob.old" "$REL_DIR/bob.yaml" | grep -c '^<' || true)
expect_eq "$removed" "0" "no line removed or changed"
added=$(diff "$T/bob.old" "$REL_DIR/bob.yaml" | grep -c '^>' || true)
expect_eq "$added" "4" "four lines added"
