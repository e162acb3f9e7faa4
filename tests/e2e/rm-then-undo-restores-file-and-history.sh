# In a git journal `rel rm` is one commit and `rel undo` brings the file back byte for byte with a new
# commit, history kept (never rewritten); undo again goes one change further back.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$REL_DIR"
run_rel 0 add Bob Stone
write_contact work/sara <<'EOF'
# Sara, from Lund.
name: Sara Lindqvist   # née Berg
log:
  - date: 2026-11-01
    via: meeting
    by: me
    with: [bob-stone]
    note: Fika.
EOF
git add -A && git commit --quiet -m "sara, by hand"
run_rel 0 log sara,bob lunch --via meeting
cp work/sara.yaml "$T/sara"
history=$(git log --format=%H)

run_rel 0 rm sara
expect_eq "$OUT" "removed work/sara (Sara Lindqvist); \`rel undo\` brings it back
still named in with: by bob-stone (1) (see \`rel check\`)" "rm's report, with the references it leaves"
[[ ! -e work/sara.yaml ]] || fail "the file stays"
expect_eq "$(git log -1 --format=%s)" "rm: Sara Lindqvist" "one commit"
expect_eq "$(git show --name-status --format= HEAD)" $'D\twork/sara.yaml' "it removes the file"
expect_eq "$(git log --skip=1 --format=%H)" "$history" "history before it untouched"
run_rel 1 show sara

run_rel 0 undo
expect_eq "$OUT" "undid $(git rev-parse --short=7 HEAD~1) \"rm: Sara Lindqvist\"
  restored work/sara.yaml" "undo's report"
cmp work/sara.yaml "$T/sara" || fail "the file is not back as it was"
expect_eq "$(git log -1 --format=%s)" "undo: rm: Sara Lindqvist" "a new commit"
expect_eq "$(git log -1 --format='%(trailers:key=Rel-Undoes,valueonly)')" "$(git rev-parse HEAD~1)" "it names what it undid"
expect_eq "$(git log --skip=2 --format=%H)" "$history" "history kept, not rewritten"
expect_eq "$(git status --porcelain)" "" "clean"
expect_eq "$(git log --format=%s -- work/sara.yaml | head -3)" $'undo: rm: Sara Lindqvist\nrm: Sara Lindqvist\nlog: Sara Lindqvist, Bob Stone (meeting): "lunch"' "the file's history"
run_rel 0 show sara --json
expect_eq "$(jq -r .name <<<"$OUT")" "Sara Lindqvist" "found again"

# Again: the change before the rm, the shared log, is undone in both files.
run_rel 0 undo
expect_eq "$OUT" "undid $(git rev-parse --short=7 HEAD~3) \"log: Sara Lindqvist, Bob Stone (meeting): \"lunch\"\"
  reverted bob-stone.yaml
  reverted work/sara.yaml" "second undo"
expect_eq "$(cat bob-stone.yaml)" "name: Bob Stone" "bob as added"
expect_eq "$(git show HEAD:work/sara.yaml)" "$(git show 'HEAD~4:work/sara.yaml')" "sara as written by hand"
# The next one is the user's commit: refused, nothing changed.
run_rel 1 undo
expect_contains "$ERR" "\"sara, by hand\" (not made by rel) is undone already" "the user's commit is not undone"
expect_eq "$(git log -1 --format=%s)" 'undo: log: Sara Lindqvist, Bob Stone (meeting): "lunch"' "no commit"
