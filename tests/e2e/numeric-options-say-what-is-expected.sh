# A number out of range or not a number is a usage error (exit 2) saying in words what is expected and
# what was given, never a range running to 1.79769e+308 (CLI11's own checks print DBL_MAX).
source "$(dirname "$0")/lib.sh"

run_rel 2 who-to-call -n -1
expect_eq "$ERR" $'rel: error: -n: expected a whole number of 1 or more, not "-1"\nRun `rel --help` for usage.' "-n -1"
run_rel 2 who-to-call -n 0
expect_contains "$ERR" 'expected a whole number of 1 or more, not "0"' "-n 0"
run_rel 2 who-to-call -n 2.5
expect_contains "$ERR" 'expected a whole number of 1 or more, not "2.5"' "-n 2.5"
run_rel 2 who-to-call -n many
expect_contains "$ERR" 'expected a whole number of 1 or more, not "many"' "-n many"
run_rel 2 upcoming --days 5000
expect_eq "$ERR" $'rel: error: --days: expected a whole number from 0 to 3660, not "5000"\nRun `rel --help` for usage.' "--days"
run_rel 2 upcoming -d -3
expect_contains "$ERR" 'expected a whole number from 0 to 3660, not "-3"' "-d -3"
run_rel 2 monitor run --idle 0
expect_eq "$ERR" $'rel: error: --idle: expected a number from 0.01 to 10080, not "0"\nRun `rel --help` for usage.' "--idle"
run_rel 2 monitor run --idle nan
expect_contains "$ERR" 'expected a number from 0.01 to 10080, not "nan"' "--idle nan"
for bad in who-to-call upcoming monitor; do
  run_rel 0 $bad --help
  [[ "$OUT" != *1.79769e+308* && "$OUT" != *DBL_MAX* ]] || fail "$bad --help shows DBL_MAX"
done
run_rel 0 upcoming --days 0
run_rel 0 who-to-call -n 1
