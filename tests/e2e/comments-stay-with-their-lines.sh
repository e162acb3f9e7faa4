# Comments belong to the lines they follow: `rel set` of a block list keeps the lines (and comments) of
# the items it keeps, and `rel log` on a file that ends in a comment of its own writes the new entry above
# it (a comment indented under the last entry stays with that entry).
source "$(dirname "$0")/lib.sh"

write_contact kim <<'EOF2'
name: Kim Lee
tags:   # mine
  - friend   # since uni, 2005
  - work
  - climbing # the gym on Main St
email: kim@example.com
log:
  - date: 2026-11-01
    via: call
    by: them
    note: x
    # she sounded tired

# TODO: ask about the new job
EOF2
run_rel 0 set kim tags "friend,climbing,ski"
run_rel 0 log kim lunch --via meeting
expect_eq "$(cat "$REL_DIR/kim.yaml")" 'name: Kim Lee
tags:   # mine
  - friend   # since uni, 2005
  - climbing # the gym on Main St
  - ski
email: kim@example.com
log:
  - date: 2026-11-01
    via: call
    by: them
    note: x
    # she sounded tired
  - date: 2026-11-23
    via: meeting
    by: me
    note: lunch

# TODO: ask about the new job' "comments kept where they belong"
run_rel 0 promise kim send the guide --due friday
expect_eq "$(tail -6 "$REL_DIR/kim.yaml")" 'promises:
  - what: send the guide
    made: 2026-11-23
    due: 2026-11-27

# TODO: ask about the new job' "a new list goes above the trailing comment too"
run_rel 0 check
run_rel 0 show kim --json
expect_eq "$(jq -c .tags <<<"$OUT")" '["friend","climbing","ski"]' "tags read back"
