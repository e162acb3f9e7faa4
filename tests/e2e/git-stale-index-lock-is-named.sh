# A .git/index.lock that no process holds (a commit killed half-way leaves one): `rel log` saves, and
# its warning names the file, says it is stale and may be removed, and how to commit afterwards.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
run_rel 0 add Alice Chen
cd "$REL_DIR"
touch .git/index.lock
run_rel 0 log alice lunch at Nopa
expect_eq "$OUT" "logged other with Alice Chen on 2026-11-23" "the log is reported"
lock="$REL_DIR/.git/index.lock"
expect_eq "$ERR" "rel: warning: saved, but git could not commit \"log: Alice Chen (other): \"lunch at Nopa\"\": $lock is in the way: \
git's lock file, which no running process holds, so it is stale (left by a git that was killed or crashed) and may be \
removed: \`rm '$lock'\`, then \`rel git commit -a\` commits what was saved" "the warning says what to do"
expect_eq "$(tail -1 alice-chen.yaml)" "    note: lunch at Nopa" "the entry is in the file"

# Doing as it says commits the entry.
rm "$lock"
git commit --quiet -am "log: Alice Chen (other)"
expect_eq "$(git status --porcelain)" "" "committed"

# A lock some process still has open is not called stale.
exec 9>"$lock"
run_rel 0 log alice coffee
expect_contains "$ERR" "$lock is in the way: git's lock file, which a running git may be holding (process" "held: wait"
exec 9>&-
rm "$lock"
