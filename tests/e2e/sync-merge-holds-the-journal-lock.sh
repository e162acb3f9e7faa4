# `rel sync` merges holding the journal lock: a `rel log` started while git merges waits for the merge,
# then lands and is committed (a log committed in mid-merge was put back by git, its entry lost).
source "$(dirname "$0")/lib.sh"
git_identity

A="$T/laptop"
B="$T/desktop"
run_rel 0 init "$A" --git
run_rel 0 --dir "$A" add Alice Chen
# A file whose merge takes a while and says when it begins: the window a concurrent write falls into.
echo one >"$A/slow.txt"
echo 'slow.txt merge=slow' >>"$A/.gitattributes"
git -C "$A" config merge.slow.driver "touch '$T/merging'; sleep 2; touch '$T/merged'; exit 0"
git -C "$A" add -A && git -C "$A" commit --quiet -m slow
git init --quiet --bare "$T/origin.git"
run_rel 0 --dir "$A" git remote add origin "$T/origin.git"
run_rel 0 --dir "$A" sync

git clone --quiet "$T/origin.git" "$B"
echo two >"$B/slow.txt"
git -C "$B" commit --quiet -am theirs && git -C "$B" push --quiet
echo three >"$A/slow.txt"
git -C "$A" commit --quiet -am ours

("$REL" --dir "$A" sync >"$T/sync.out" 2>&1) &
for _ in $(seq 200); do [[ -e "$T/merging" ]] && break; sleep 0.05; done
[[ -e "$T/merging" ]] || fail "the merge never began"
run_rel 0 --dir "$A" log alice "during the merge"
# Had it not waited, it would have ended while the driver still slept.
[[ -e "$T/merged" ]] || fail "the write did not wait for the merge"
wait
expect_eq "$(cat "$T/sync.out")" $'nothing new from origin\npushed to origin' "sync says what happened"
expect_eq "$(grep 'note:' "$A/alice-chen.yaml")" "    note: during the merge" "the entry is in the file"
expect_eq "$(git -C "$A" status --porcelain)" "" "and committed, after the merge"
expect_eq "$(git -C "$A" log --format=%s -2)" $'log: Alice Chen (other): "during the merge"\nsync: merge from origin, no new interactions or contacts' "in that order"
