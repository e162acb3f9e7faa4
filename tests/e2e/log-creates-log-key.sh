# rel log adds `log:` at the end when absent, and fills an empty `log:` (null, [] or with a comment) in place.
source "$(dirname "$0")/lib.sh"

printf '# Carol\nname: Carol   # friend\ntags: [family]\n' >"$REL_DIR/carol.yaml"
run_rel 0 log carol --date 2026-11-21 --via call hello
expect_eq "$(cat "$REL_DIR/carol.yaml")" "# Carol
name: Carol   # friend
tags: [family]
log:
  - date: 2026-11-21
    via: call
    by: me
    note: hello" "log: added at the end"

printf 'name: Dan' >"$REL_DIR/dan.yaml"
run_rel 0 log dan x
expect_eq "$(cat "$REL_DIR/dan.yaml")" "name: Dan
log:
  - date: 2026-11-23
    via: other
    by: me
    note: x" "no final newline, no log:"

printf 'name: Eve\nlog:\nemail: e@x\n' >"$REL_DIR/eve.yaml"
run_rel 0 log eve hi
expect_eq "$(cat "$REL_DIR/eve.yaml")" "name: Eve
log:
  - date: 2026-11-23
    via: other
    by: me
    note: hi
email: e@x" "empty log: in the middle"

printf 'name: Fay\nlog: []\n' >"$REL_DIR/fay.yaml"
run_rel 0 log fay z
expect_eq "$(cat "$REL_DIR/fay.yaml")" "name: Fay
log:
  - date: 2026-11-23
    via: other
    by: me
    note: z" "log: [] becomes a block list"
run_rel 0 show fay --json
expect_eq "$(jq -c '[.log[].note]' <<<"$OUT")" '["z"]' "one entry"
run_rel 0 check
