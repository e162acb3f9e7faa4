# `rel git ARGS...` runs git in the journal with every argument (options too) passed through,
# and exits with git's status.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
run_rel 0 add Alice Chen
cd "$T"
run_rel 0 git log --format=%s
expect_eq "$OUT" $'add: Alice Chen\ninit: rel journal' "git log with an option, run in the journal"
run_rel 0 git log --oneline -1
expect_eq "$OUT" "$(git -C "$REL_DIR" log --oneline -1)" "--oneline passed through"
run_rel 128 git rev-parse --verify no-such-ref-xyz
run_rel 1 git diff --quiet HEAD~1 HEAD
run_rel 0 --dir "$REL_DIR" git show -s --format=%an HEAD
expect_eq "$OUT" "Tester" "--dir before git"
