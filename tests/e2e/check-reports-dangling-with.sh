# `rel check` reports a `with:` naming an id no contact file has (removed or renamed by hand), where it is.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice
log:
  - date: 2026-11-01
    via: meeting
    with: [bob, work/gone]
  - date: 2026-11-02
    via: call
    with: nobody
EOF
write_contact bob <<'EOF'
name: Bob
EOF
run_rel 1 check
expect_eq "$OUT" 'alice.yaml:5:17: with: no contact has the id "work/gone" (renamed or removed?)
alice.yaml:8:11: with: no contact has the id "nobody" (renamed or removed?)' "each dangling reference"
expect_eq "$ERR" "rel: error: 2 problems in 1 of 2 files" "summary"
