# An unknown WHO exits 1 with close names suggested on stderr, or none when nothing is close.
source "$(dirname "$0")/lib.sh"

source "$(dirname "$0")/fixtures/overlapping-names.sh"

run_rel 1 show alicia
expect_eq "$OUT" "" "no output"
expect_eq "$ERR" "rel: error: no contact matches \"alicia\"; did you mean:
  work/alice-chen	Alice Chen" "suggestion"

run_rel 1 show xyzzy
expect_eq "$ERR" "rel: error: no contact matches \"xyzzy\"" "nothing close"
