# A REL_TODAY at the ends of the calendar (9999-12-31, 0001-01-01) gets an answer at once, never a
# loop without end or a year 0000: every command says which years rel works in, and exits 2.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice Chen\ndates:\n  birthday: --01-01\nlog:\n  - date: 2026-11-01\n    via: call\n' \
  >"$REL_DIR/alice-chen.yaml"
for today in 9999-12-31 0001-01-01 1899-12-31 9001-01-01; do
  for command in list "show alice" who-to-call upcoming report; do
    set +e
    # shellcheck disable=SC2086
    REL_TODAY=$today timeout 10 "$REL" $command >"$T/out" 2>"$T/err"
    status=$?
    set -e
    expect_eq "$status" "2" "REL_TODAY=$today rel $command: exit status"
    expect_eq "$(cat "$T/err")" "rel: error: REL_TODAY=$today is outside the years rel works in (1900 to 9000)" \
      "REL_TODAY=$today rel $command: the message"
    expect_eq "$(cat "$T/out")" "" "REL_TODAY=$today rel $command: no output"
  done
done
# Inside those years, the same journal answers (the birthday's next day is found).
REL_TODAY=9000-12-31 run_rel 0 upcoming --days 3
expect_contains "$OUT" "9001-01-01" "upcoming at the last year"
REL_TODAY=1900-01-01 run_rel 0 report
expect_eq "$(grep -c 0000 <<<"$OUT" || true)" "0" "no year 0000 in the report"
