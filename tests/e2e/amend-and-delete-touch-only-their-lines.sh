# `rel amend` rewrites only the lines of the keys it changes in one entry (keeping their comments), and
# `rel delete` removes only that entry's lines: every other byte stays.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
# Alice, from the Acme deal.
name: Alice Chen
promises:
  - what: send the guide   # the Berlin one
    made: 2026-11-01
    due: 2026-11-27
  - what: intro to Dana
    made: 2026-11-02
log:
  # the first
  - date: 2026-11-01   # a Sunday
    via: call
    by: me
    note: Kickoff.

  - date: 2026-11-10
    via: email   # the deck
    by: them
    note: |
      Sent the deck.
      Asked for the numbers.
  - date: 2026-11-20
    via: meeting
    by: me
EOF
cp "$REL_DIR/alice.yaml" "$T/before"
address() { jq -r --arg d "$1" '.log[] | select(.date == $d) | .address' <<<"$(rel show alice --json)"; }
kickoff=$(address 2026-11-01)
deck=$(address 2026-11-10)
lunch=$(address 2026-11-20)

run_rel 0 amend alice "$kickoff" --date 2026-10-31 --by them
new=$(address 2026-10-31)
expect_eq "$OUT" "amended $kickoff of Alice Chen: now $new  2026-10-31 call, by them: Kickoff." "amend's report"
[[ "$new" != "$kickoff" ]] || fail "an amended entry keeps its address"
diff <(diff "$T/before" "$REL_DIR/alice.yaml") - <<'EOF' || fail "amend touched other lines"
11c11
<   - date: 2026-11-01   # a Sunday
---
>   - date: 2026-10-31   # a Sunday
13c13
<     by: me
---
>     by: them
EOF

cp "$REL_DIR/alice.yaml" "$T/before"
run_rel 0 amend alice "$deck" Sent the deck and the numbers. --via letter
diff <(diff "$T/before" "$REL_DIR/alice.yaml") - <<'EOF' || fail "amend of a note touched other lines"
17c17
<     via: email   # the deck
---
>     via: letter   # the deck
19,21c19
<     note: |
<       Sent the deck.
<       Asked for the numbers.
---
>     note: Sent the deck and the numbers.
EOF
run_rel 0 amend alice "$lunch" Lunch at Nopa.
expect_eq "$(tail -4 "$REL_DIR/alice.yaml")" $'  - date: 2026-11-20\n    via: meeting\n    by: me\n    note: Lunch at Nopa.' "a note added last"
lunch=$(address 2026-11-20)

# Nothing to change, an unknown address, a promise's address: refused, nothing changed.
cp "$REL_DIR/alice.yaml" "$T/before"
run_rel 2 amend alice "$lunch"
run_rel 0 amend alice "$lunch" --via meeting
expect_contains "$OUT" "says that already; nothing changed" "same value"
run_rel 1 amend alice ffff --via call
expect_eq "$ERR" "rel: error: Alice Chen has no interaction ffff (see \`rel show alice\`)" "unknown address"
guide=$(jq -r '.promises[0].address' <<<"$(rel show alice --json)")
run_rel 1 amend alice "$guide" --via call
expect_contains "$ERR" "is a promise of Alice Chen, not an interaction" "a promise is not amended"
run_rel 2 amend alice "$lunch" --via pigeon
cmp "$REL_DIR/alice.yaml" "$T/before" || fail "a refused amend changed the file"

# Delete: that entry's lines, from its dash to its last line; comments above it stay.
run_rel 0 delete alice "$(address 2026-10-31)"
expect_contains "$OUT" "deleted from Alice Chen: " "delete's report"
diff <(diff "$T/before" "$REL_DIR/alice.yaml") - <<'EOF' || fail "delete touched other lines"
11,14d10
<   - date: 2026-10-31   # a Sunday
<     via: call
<     by: them
<     note: Kickoff.
EOF
cp "$REL_DIR/alice.yaml" "$T/before"
run_rel 0 delete alice "$guide"
expect_eq "$OUT" "deleted from Alice Chen: $guide  send the guide (due 2026-11-27)" "a promise deleted"
diff <(diff "$T/before" "$REL_DIR/alice.yaml") - <<'EOF' || fail "delete of a promise touched other lines"
4,6d3
<   - what: send the guide   # the Berlin one
<     made: 2026-11-01
<     due: 2026-11-27
EOF
run_rel 1 delete alice "$guide"
run_rel 2 delete alice 12
run_rel 0 check
