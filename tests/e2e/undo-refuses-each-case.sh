# `rel undo` refuses, saying why and changing nothing: outside git, when the last commit is not rel's,
# when the files of the change have uncommitted changes, during a merge, and at the first commit.
source "$(dirname "$0")/lib.sh"
git_identity

# Without git.
run_rel 0 init
run_rel 0 add Alice Chen
run_rel 1 undo
expect_eq "$ERR" "rel: error: rel undo reverts what rel committed in git, and this journal is not in git (start one with \`rel init --git\`)" "no git"
[[ -f "$REL_DIR/alice-chen.yaml" ]] || fail "the file went"

# rel's first commit: nothing before it.
export REL_DIR="$T/git-journal"
J="$REL_DIR"
run_rel 0 init --git
run_rel 1 undo
expect_contains "$ERR" "\"init: rel journal\" is the journal's first commit: there is nothing before it to go back to" "first commit"
cd "$J"

# The last commit is the user's.
run_rel 0 add Alice Chen
printf 'name: Bob\n' >bob.yaml
git add bob.yaml && git commit --quiet -m "bob, by hand"
head=$(git rev-parse HEAD)
run_rel 1 undo
expect_eq "$ERR" "rel: error: the last commit, $(git rev-parse --short=7 HEAD) \"bob, by hand\", was not made by rel; undo it with git (\`rel git revert $(git rev-parse --short=7 HEAD)\`)" "not rel's"
expect_eq "$(git rev-parse HEAD)" "$head" "no commit"
[[ -f bob.yaml ]] || fail "bob went"

# Uncommitted changes in the files of the change: they would be lost.
run_rel 0 log alice lunch --via meeting
printf '# my note\n' >>alice-chen.yaml
cp alice-chen.yaml "$T/alice"
head=$(git rev-parse HEAD)
run_rel 1 undo
expect_contains "$ERR" "alice-chen.yaml has changes git has not committed" "uncommitted changes"
expect_contains "$ERR" "nothing was undone" "says nothing happened"
cmp alice-chen.yaml "$T/alice" || fail "the user's change was touched"
expect_eq "$(git rev-parse HEAD)" "$head" "no commit"
# Other files' changes do not matter.
git checkout --quiet alice-chen.yaml
printf '# elsewhere\n' >>bob.yaml
run_rel 0 undo
expect_contains "$OUT" "\"log: Alice Chen (meeting): \"lunch\"\"" "undone"
expect_eq "$(git status --porcelain)" " M bob.yaml" "the user's other change stays, uncommitted"
git checkout --quiet bob.yaml

# During a merge.
run_rel 0 log alice call --via call
git checkout --quiet -b other HEAD~1
printf 'name: Bob\nemail: bob@example.com\n' >bob.yaml
git commit --quiet -am "bob's email"
git checkout --quiet main
printf 'name: Bob\nemail: robert@example.com\n' >bob.yaml
git commit --quiet -am "bob's other email"
run_rel 0 log alice again --via call
git merge --quiet other >/dev/null 2>&1 && fail "the merge should conflict"
head=$(git rev-parse HEAD)
cp alice-chen.yaml "$T/alice"
run_rel 1 undo
expect_contains "$ERR" "the journal's git repository is in the middle of a merge, so nothing was changed; still in conflict: bob.yaml" "during a merge"
cmp alice-chen.yaml "$T/alice" || fail "changed during a merge"
expect_eq "$(git rev-parse HEAD)" "$head" "no commit during a merge"
