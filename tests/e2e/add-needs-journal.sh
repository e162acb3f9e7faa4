# Without a journal folder, `rel add` fails with exit 1 and says how to make one; `rel init` makes one.
source "$(dirname "$0")/lib.sh"

export REL_DIR="$T/nowhere"
run_rel 1 add Alice
expect_contains "$ERR" "rel init" "hint to init"
run_rel 0 init
expect_contains "$OUT" "created journal in $T/nowhere" "init reports"
[[ -f "$T/nowhere/.rel.yaml" ]] || fail ".rel.yaml missing"
run_rel 0 init
expect_contains "$OUT" "already" "init is idempotent"
run_rel 0 add Alice
run_rel 0 check
