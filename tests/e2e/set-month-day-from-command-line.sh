# A date without a year is typed as the man page writes it, `--MM-DD`, though CLI11 reads `--word` as an
# option: `rel set zoe dates.anniversary --06-14` sets it, and a note may start with one.
source "$(dirname "$0")/lib.sh"

write_contact zoe-dubois <<'EOF2'
name: Zoë Dubois
EOF2

run_rel 0 set zoe dates.anniversary --06-14
expect_eq "$OUT" "set dates.anniversary of Zoë Dubois" "set prints"
run_rel 0 set zoe "dates.name day" -- --07-01
run_rel 0 log zoe --06-14 is our day --via call
run_rel 0 add Ana Lima --set dates.birthday=--03-14
expect_eq "$(cat "$REL_DIR/zoe-dubois.yaml")" "name: Zoë Dubois
dates:
  anniversary: --06-14
  name day: --07-01
log:
  - date: 2026-11-23
    via: call
    by: me
    note: --06-14 is our day" "the file"
expect_eq "$(cat "$REL_DIR/ana-lima.yaml")" "name: Ana Lima
dates:
  birthday: --03-14" "add --set"

# A wrong one is a usage error saying what is expected; --help still works.
run_rel 2 set zoe dates.anniversary --13-01
expect_eq "$ERR" 'rel: error: invalid date "--13-01" for dates.anniversary: expected --MM-DD (or YYYY-MM-DD)' "bad"
run_rel 0 set --help
expect_contains "$OUT" "Usage: rel set" "help"
run_rel 2 list --06-14
expect_contains "$ERR" "--06-14" "not an option of list"
