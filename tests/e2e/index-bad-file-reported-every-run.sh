# A file with problems is reported on every run, exactly the same, whether or not the index holds it.
source "$(dirname "$0")/lib.sh"

write_contact ann <<'EOF2'
name: Ann Lee
EOF2
write_contact bad <<'EOF2'
name: Bad Date
since: 2024-13-01
log:
  - date: yesterday
EOF2
sleep 0.1
for run in 1 2 3; do
  run_rel 0 list --format tsv
  expect_eq "$(cut -f1,2 <<<"$OUT")" $'id\tname\nann\tAnn Lee' "list, run $run"
  expect_contains "$ERR" 'bad.yaml:2:8: invalid date "2024-13-01"' "reported on run $run"
  expect_contains "$ERR" 'skipped 1 file with problems' "counted on run $run"
  [[ $run == 1 ]] && first_err=$ERR
  expect_eq "$ERR" "$first_err" "the same report on run $run"
done
# Name resolution through the index still knows the bad file by its id, and its problems.
run_rel 1 show bad
expect_contains "$ERR" 'bad.yaml:2:8: invalid date' "show of the bad file"
# Once fixed, it is seen at once.
printf 'name: Bad Date\n' >"$REL_DIR/bad.yaml"
run_rel 0 list --format tsv
expect_eq "$ERR" "" "no report once fixed"
expect_contains "$OUT" $'bad\tBad Date' "the fixed file is listed"
