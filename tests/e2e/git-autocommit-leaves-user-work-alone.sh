# Auto-commit commits exactly the files rel wrote: the user's other staged and unstaged
# changes, and untracked files, stay as they were and uncommitted.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
run_rel 0 add Alice Chen
run_rel 0 add Bob Stone
cd "$REL_DIR"
printf 'name: Bob Stone\ntags: [staged]\n' >bob-stone.yaml
git add bob-stone.yaml
printf 'name: Bob Stone\ntags: [staged, unstaged]\n' >bob-stone.yaml
printf '# my own settings edit\n' >>.rel.yaml
printf 'scratch\n' >todo.txt
before=$(git rev-list --count HEAD)

run_rel 0 log alice lunch --via meeting
expect_eq "$(git rev-list --count HEAD)" "$((before + 1))" "one commit"
expect_eq "$(git show --name-only --format= HEAD)" "alice-chen.yaml" "only alice's file committed"
expect_eq "$(git status --porcelain)" $' M .rel.yaml\nMM bob-stone.yaml\n?? todo.txt' "the rest as it was"
expect_eq "$(git show :bob-stone.yaml)" $'name: Bob Stone\ntags: [staged]' "the staged version is still staged"
expect_eq "$(cat bob-stone.yaml)" $'name: Bob Stone\ntags: [staged, unstaged]' "the work tree version untouched"
expect_eq "$(git show HEAD:bob-stone.yaml)" "name: Bob Stone" "bob's staged change not committed"
