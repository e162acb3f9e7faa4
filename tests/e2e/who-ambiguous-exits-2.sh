# An ambiguous WHO exits 2 and lists every candidate (id and name) on stderr; nothing on stdout.
source "$(dirname "$0")/lib.sh"

source "$(dirname "$0")/fixtures/overlapping-names.sh"

run_rel 2 show al
expect_eq "$OUT" "" "no output"
expect_eq "$ERR" "rel: error: \"al\" matches 2 contacts; be more specific:
  alex-smith	Alex Smith
  work/alice-chen	Alice Chen" "candidates listed"

run_rel 2 show chen
expect_eq "$ERR" "rel: error: \"chen\" matches 2 contacts; be more specific:
  family/mom	Margaret Chen
  work/alice-chen	Alice Chen" "candidates by surname"
