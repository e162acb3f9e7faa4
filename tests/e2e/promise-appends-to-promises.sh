# `rel promise` appends one item to `promises:` (created when absent), touching no other line.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice
promises:   # trust
  # older ones
  - what: "send: the guide"
    made: 2026-11-01
    due: 2026-11-10
    done: 2026-11-09

# notes below
log:
  - date: 2026-11-20
EOF2
write_contact ben <<'EOF2'
name: Ben   # no promises yet
log:
  - date: 2026-11-20
EOF2

run_rel 0 promise alice "intro to Dana: the #1 recruiter" --due friday
expect_eq "$OUT" "promised Alice: intro to Dana: the #1 recruiter, by 2026-11-27" "promise reports what and the due date"
run_rel 0 promise ben lend me the book --due "in 2 weeks" --by them
expect_eq "$OUT" "Ben promised: lend me the book, by 2026-12-07" "promise --by them says who promised"

diff - "$REL_DIR/alice.yaml" <<'EOF2' || fail "promise changed other lines of alice"
name: Alice
promises:   # trust
  # older ones
  - what: "send: the guide"
    made: 2026-11-01
    due: 2026-11-10
    done: 2026-11-09
  - what: "intro to Dana: the #1 recruiter"
    made: 2026-11-23
    due: 2026-11-27

# notes below
log:
  - date: 2026-11-20
EOF2
diff - "$REL_DIR/ben.yaml" <<'EOF2' || fail "promise did not create promises: at the end"
name: Ben   # no promises yet
log:
  - date: 2026-11-20
promises:
  - what: lend me the book
    made: 2026-11-23
    due: 2026-12-07
    by: them
EOF2

cp "$REL_DIR/ben.yaml" "$T/ben.orig"
run_rel 2 promise ben call --due "someday"
expect_contains "$ERR" "someday" "bad --due names what was not understood"
run_rel 2 promise ben call
run_rel 2 promise ben call --due friday --by nobody
run_rel 2 promise ben --due friday
cmp "$REL_DIR/ben.yaml" "$T/ben.orig" || fail "a rejected promise changed the file"
run_rel 1 promise zed call --due friday
