# --via, --by, --date and --due are checked before anything is written: bad ones exit 2 naming the text, file unchanged.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice\n# keep\n' >"$REL_DIR/alice.yaml"
cp "$REL_DIR/alice.yaml" "$T/old"
unchanged() { cmp "$T/old" "$REL_DIR/alice.yaml" || fail "$1: file changed"; }

run_rel 2 log alice hi --via pigeon
expect_contains "$ERR" '"pigeon"' "unknown via named"
unchanged "--via pigeon"
run_rel 2 log alice hi --by someone
expect_contains "$ERR" '"someone"' "unknown by named"
unchanged "--by someone"
run_rel 2 log alice hi --date "the other day"
expect_contains "$ERR" "the other day" "bad date named"
unchanged "--date"
run_rel 2 log alice hi --date 2026-02-30
expect_contains "$ERR" "2026-02-30" "impossible date named"
unchanged "--date 2026-02-30"
run_rel 2 log alice hi --promise "send deck" --due "someday soon"
expect_contains "$ERR" "someday soon" "bad due named"
unchanged "--due"
run_rel 2 log alice hi --promise "send deck"
unchanged "--promise without --due"
run_rel 2 log alice hi --due friday
unchanged "--due without --promise"

# Every via and by is accepted and lands as written; REL_TODAY is Monday 2026-11-23.
for via in meeting call video message email letter social other; do
  run_rel 0 log alice "$via" --via "$via" --by them
done
run_rel 0 log alice d1 --date friday
run_rel 0 log alice d2 --date "3 days ago"
run_rel 0 log alice d3 --date yesterday
run_rel 0 log alice d4 --date "2w ago"
run_rel 0 log alice d5 --date "last monday"
run_rel 0 log alice d6 --date "2026-11-01 09:30"
run_rel 0 show alice --json
expect_eq "$(jq -c '[.log[] | select(.note | length > 2) | [.via, .by]]' <<<"$OUT")" \
  '[["meeting","them"],["call","them"],["video","them"],["message","them"],["email","them"],["letter","them"],["social","them"],["other","them"]]' \
  "vias and by"
grep -qx '  - date: 2026-11-01 09:30' "$REL_DIR/alice.yaml" || fail "time written as YYYY-MM-DD HH:MM"
JSON=$OUT
run_rel 0 check
notes_by_date=$(jq -r '.log[] | select(.note | test("^d[0-9]$")) | "\(.note) \(.date)"' <<<"$JSON" | sort)
expect_eq "$notes_by_date" "d1 2026-11-20
d2 2026-11-20
d3 2026-11-22
d4 2026-11-09
d5 2026-11-16
d6 2026-11-01 09:30" "WHEN grammar for --date"
