# `rel kept` marks one open promise done: the only one, else by number or by part of its text.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF2'
name: Alice
promises:
  - what: send the guide   # the Berlin one
    made: 2026-11-01
    due: 2026-11-27
  - what: old one
    done: 2026-10-01
  - what: intro to Dana
    due: 2026-12-01

  - what: lunch in Lisbon
    by: them
log: []
EOF2
cp "$REL_DIR/alice.yaml" "$T/orig"

run_rel 2 kept alice
expect_eq "$ERR" "rel: error: Alice has 3 open promises; say which (a number or part of its text):
  1. send the guide (due 2026-11-27)
  2. intro to Dana (due 2026-12-01)
  3. lunch in Lisbon" "several open promises are listed, numbered"
run_rel 2 kept alice 4
run_rel 2 kept alice 0
run_rel 2 kept alice berlin
cmp "$REL_DIR/alice.yaml" "$T/orig" || fail "a failed kept changed the file"

run_rel 0 kept alice 2
expect_eq "$OUT" 'kept "intro to Dana" (Alice) on 2026-11-23' "kept by number"
# Numbers count open promises only, so "2" is now the Lisbon lunch; text matching ignores case.
run_rel 0 kept alice LISBON --date yesterday
run_rel 0 kept alice
expect_eq "$OUT" 'kept "send the guide" (Alice) on 2026-11-23' "the only open promise"
run_rel 1 kept alice
expect_contains "$ERR" "no open promise" "nothing left to keep"

diff - "$REL_DIR/alice.yaml" <<'EOF2' || fail "kept changed other lines"
name: Alice
promises:
  - what: send the guide   # the Berlin one
    made: 2026-11-01
    due: 2026-11-27
    done: 2026-11-23
  - what: old one
    done: 2026-10-01
  - what: intro to Dana
    due: 2026-12-01
    done: 2026-11-23

  - what: lunch in Lisbon
    by: them
    done: 2026-11-22
log: []
EOF2
