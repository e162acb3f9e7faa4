# `rel show` lists the 10 newest interactions; `--all` lists every one.
source "$(dirname "$0")/lib.sh"

{
  echo "name: Alice Chen"
  echo "log:"
  for day in 01 02 03 04 05 06 07 08 09 10 11 12; do
    printf '  - date: 2026-10-%s\n    via: call\n    by: me\n    note: call %s\n' "$day" "$day"
  done
} | write_contact alice

run_rel 0 show alice
expect_contains "$OUT" "last interactions (10 of 12; --all for every one)" "heading says what is left out"
expect_eq "$(grep -c '^  [0-9a-f]\{4\}  2026-10-' <<<"$OUT")" 10 "ten entries"
expect_eq "$(grep '^  [0-9a-f]\{4\}  2026-10-' <<<"$OUT" | head -1)" "  $(jq -r '.log[11].address' <<<"$(rel show alice --json)")  2026-10-12  call, by me" "newest first"
expect_eq "$(grep '^  [0-9a-f]\{4\}  2026-10-' <<<"$OUT" | tail -1)" "  $(jq -r '.log[2].address' <<<"$(rel show alice --json)")  2026-10-03  call, by me" "tenth newest last"

run_rel 0 show alice --all
expect_contains "$OUT" "last interactions (12)" "heading with --all"
expect_eq "$(grep -c '^  [0-9a-f]\{4\}  2026-10-' <<<"$OUT")" 12 "every entry"
expect_eq "$(grep '^  [0-9a-f]\{4\}  2026-10-' <<<"$OUT" | tail -1)" "  $(jq -r '.log[0].address' <<<"$(rel show alice --json)")  2026-10-01  call, by me" "oldest last"

# Machine formats always carry every entry, oldest first.
run_rel 0 show alice --json
expect_eq "$(jq '.log | length' <<<"$OUT")" 12 "json log is complete"
expect_eq "$(jq -r '.log[0].date' <<<"$OUT")" 2026-10-01 "json log in date order"
