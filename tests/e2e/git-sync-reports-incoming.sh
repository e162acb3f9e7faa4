# `rel sync` pulls (merging) and pushes, and reports the interactions that came in (the merge commit's
# message says so too); without
# a remote it says how to add one and exits 1.
source "$(dirname "$0")/lib.sh"
git_identity

A="$T/laptop"
B="$T/desktop"
run_rel 0 init "$A" --git
run_rel 0 --dir "$A" add Alice Chen
run_rel 1 --dir "$A" sync
expect_contains "$ERR" "rel: error: nothing to sync with: the journal's repository has no remote" "no remote"
expect_contains "$ERR" "rel git remote add origin URL" "says how to add one"

git init --quiet --bare "$T/origin.git"
run_rel 0 --dir "$A" git remote add origin "$T/origin.git"
run_rel 0 --dir "$A" sync
expect_eq "$OUT" $'nothing new from origin\npushed to origin' "first sync pushes to an empty remote"
expect_eq "$(git -C "$T/origin.git" log --format=%s main | head -1)" "add: Alice Chen" "origin has the journal"

git clone --quiet "$T/origin.git" "$B"
run_rel 0 --dir "$B" log alice "call one" --via call --date 2026-11-10
run_rel 0 --dir "$B" log alice "call two" --via call --date 2026-11-12
run_rel 0 --dir "$B" add Bob Stone
run_rel 0 --dir "$B" log bob "met Bob" --via meeting
run_rel 0 --dir "$B" sync
expect_eq "$OUT" $'nothing new from origin\npushed to origin' "desktop pushes"

run_rel 0 --dir "$A" log alice "laptop note" --via email --date 2026-11-11
run_rel 0 --dir "$A" sync
expect_eq "$OUT" $'3 new interactions and 1 new contact from origin\npushed to origin' "laptop reports what came in"
# The merge commit says it too, git's own line below.
expect_eq "$(git -C "$A" log -1 --format=%s)" "sync: 3 new interactions and 1 new contact from origin" "merge message"
expect_contains "$(git -C "$A" log -1 --format=%b)" "Merge branch 'main' of" "git's line kept"
expect_eq "$(git -C "$A" rev-list --parents -n 1 HEAD | wc -w)" "3" "a merge"
expect_eq "$(git -C "$T/origin.git" log -1 --format=%s main)" "sync: 3 new interactions and 1 new contact from origin" "pushed as said"
expect_eq "$(grep -c 'date:' "$A/alice-chen.yaml")" "3" "alice has all three entries"
expect_eq "$(grep 'note:' "$A/alice-chen.yaml")" $'    note: call one\n    note: laptop note\n    note: call two' "in date order"
expect_eq "$(git -C "$A" status --porcelain)" "" "clean"

run_rel 0 --dir "$B" sync
expect_eq "$OUT" $'1 new interaction from origin\nnothing to push to origin' "the desktop gets the laptop's entry"
expect_eq "$(cat "$B/alice-chen.yaml")" "$(cat "$A/alice-chen.yaml")" "both machines agree"
run_rel 0 --dir "$B" sync
expect_eq "$OUT" $'nothing new from origin\nnothing to push to origin' "in step"
