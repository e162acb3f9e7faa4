# rel log on a commented, oddly formatted file whose log: is last: the old bytes are an exact prefix of the new
# (a file ending in a comment of its own keeps it last: comments-stay-with-their-lines).
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
# Alice — met at the conference   
name:   "Alice Chen"    # full name
aka: [ 'Ali' ,Dr. Chen ]
tags:
- client
-   acme

details: {spouse: Ben}   # husband
log:
    # oldest first
    -   date: 2026-11-01
        via:   call
        note: >
          folded
          note
    -
        date: "2026-11-02 09:30"
        by: them
        # the last entry's own comment, which stays with it

EOF
cp "$REL_DIR/alice.yaml" "$T/old"
run_rel 0 log alice lunch at Nopa --via meeting
expect_eq "$OUT" "logged meeting with Alice Chen on 2026-11-23" "log output"
old_size=$(stat -c %s "$T/old")
cmp -n "$old_size" "$T/old" "$REL_DIR/alice.yaml" || fail "old text is not a prefix of the new one"
expect_eq "$(tail -c +$((old_size + 1)) "$REL_DIR/alice.yaml")" "    -   date: 2026-11-23
        via: meeting
        by: me
        note: lunch at Nopa" "appended lines match the list's indentation"
run_rel 0 check

# Without a final newline, only a newline and the entry are added.
printf 'name: Bob\nlog:\n  - date: 2026-11-01' >"$REL_DIR/bob.yaml"
run_rel 0 log bob hi
expect_eq "$(cat "$REL_DIR/bob.yaml")" "name: Bob
log:
  - date: 2026-11-01
  - date: 2026-11-23
    via: other
    by: me
    note: hi" "missing final newline"
