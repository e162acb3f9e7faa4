# While the journal's repository is in the middle of a merge, every write refuses, naming the files still
# in conflict, and changes nothing (no file, no commit: a commit then would fold into the merge). A file
# with conflict markers reads as an unresolved merge conflict with the `rel edit` hint, and `rel edit`
# resolves it, marking it resolved for the merge's own commit.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$REL_DIR"
run_rel 0 add Alice Chen --set "details.kids=Maya (7)"
run_rel 0 add Bob Stone --tag client
git checkout --quiet -b laptop
run_rel 0 set alice details.kids "Maya (8)"
git checkout --quiet main
run_rel 0 set alice details.kids "Maya and Leo"
git merge --quiet laptop >/dev/null 2>&1 && fail "the merge should need a hand"
[[ -f .git/MERGE_HEAD ]] || fail "no merge in progress"

snapshot() { (find . -path ./.git -prune -o -type f -print | sort | xargs sha256sum; git rev-parse HEAD; git status --porcelain) ; }
before=$(snapshot)
refusal="rel: error: the journal's git repository is in the middle of a merge, so nothing was changed; still in conflict: alice-chen.yaml (resolve it with \`rel edit alice-chen\`, then \`rel git commit\`; or give the merge up with \`rel git merge --abort\`)"
writes=(
  "log bob lunch --via meeting"
  "promise bob call back --due friday"
  "kept bob"
  "amend bob ffff --via call"
  "delete bob ffff"
  "merge bob alice-chen"
  "set bob details.spouse Ann"
  "unset bob tags"
  "add Cleo Park"
  "rename bob Robert Stone"
  "tags rename client customer"
  "rm bob --yes"
  "undo"
)
for args in "${writes[@]}"; do
  # shellcheck disable=SC2086
  run_rel 1 $args
  expect_eq "$ERR" "$refusal" "rel $args refuses"
  expect_eq "$(snapshot)" "$before" "rel $args changed nothing"
done

# The file in conflict: not "illegal map value", but what it is and how to fix it.
run_rel 1 show alice-chen
expect_eq "$ERR" "rel: error: alice-chen.yaml:3:1: unresolved merge conflict: keep what is right between <<<<<<< and >>>>>>> with \`rel edit alice-chen\`" "markers named"
run_rel 1 check
expect_contains "$OUT" "alice-chen.yaml:3:1: unresolved merge conflict" "check says so too"
run_rel 0 list
expect_contains "$ERR" "rel: warning: alice-chen.yaml:3:1: unresolved merge conflict" "listings warn and go on"

# rel edit resolves it: saved, marked resolved, no commit of its own.
cat >"$T/editor" <<'EOF'
#!/bin/sh
printf 'name: Alice Chen\ndetails:\n  kids: Maya (8) and Leo\n' >"$1"
EOF
chmod +x "$T/editor"
head=$(git rev-parse HEAD)
EDITOR="$T/editor" run_rel 0 edit alice-chen
expect_eq "$OUT" $'saved alice-chen.yaml\nno conflicts left: finish the merge with `rel git commit`' "edit resolves"
expect_eq "$(git rev-parse HEAD)" "$head" "no commit of its own"
expect_eq "$(git diff --name-only --diff-filter=U)" "" "nothing in conflict"
expect_eq "$(git status --porcelain)" "M  alice-chen.yaml" "staged for the merge"
run_rel 1 log bob lunch
expect_contains "$ERR" "finish the merge with \`rel git commit\`" "still a merge"
git commit --quiet --no-edit
run_rel 0 log bob lunch --via meeting
expect_eq "$(git log -1 --format=%s)" 'log: Bob Stone (meeting): "lunch"' "writes work again"
