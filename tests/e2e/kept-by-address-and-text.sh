# `rel kept` marks one open promise done: the only one, else by its address (as `rel show` lists it) or by
# part of its text; a number, which would shift as promises are kept, is refused.
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
expect_eq "$ERR" "rel: error: Alice has 3 open promises; say which (its address or part of its text):
  002c  send the guide (due 2026-11-27)
  1b92  intro to Dana (due 2026-12-01)
  56bd  lunch in Lisbon (by them)" "several open promises are listed, soonest due first, with addresses"
run_rel 2 kept alice 2
expect_contains "$ERR" "promises are named by their address" "a number is refused"
run_rel 2 kept alice 0123
expect_contains "$ERR" 'no open promise of Alice matches "0123"' "unknown address"
run_rel 2 kept alice berlin
cmp "$REL_DIR/alice.yaml" "$T/orig" || fail "a failed kept changed the file"

run_rel 0 kept alice 1b92
expect_eq "$OUT" 'kept "intro to Dana" (Alice) on 2026-11-23' "kept by address"
# The kept one keeps its address; keeping it again says when it was kept.
run_rel 1 kept alice 1b92
expect_eq "$ERR" "rel: error: that promise of Alice was kept on 2026-11-23 already: 1b92  intro to Dana (due 2026-12-01, kept 2026-11-23)" "kept twice"
# Text matching ignores case.
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
