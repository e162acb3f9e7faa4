# When git cannot commit (a pre-commit hook refuses, no identity), the file change stands,
# rel warns on stderr with git's error, and exits 0.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
run_rel 0 add Alice Chen
cd "$REL_DIR"
printf '#!/bin/sh\necho "hook says no" >&2\nexit 1\n' >.git/hooks/pre-commit
chmod +x .git/hooks/pre-commit
run_rel 0 log alice lunch at Nopa --via meeting
expect_contains "$OUT" "logged meeting with Alice Chen" "the log is reported"
expect_contains "$ERR" "rel: warning: saved, but git could not commit \"log: Alice Chen (meeting): \"lunch at Nopa\"\"" "warning"
expect_contains "$ERR" "hook says no" "git's error is shown"
expect_eq "$(tail -4 alice-chen.yaml)" $'  - date: 2026-11-23\n    via: meeting\n    by: me\n    note: lunch at Nopa' "the entry is in the file"
expect_eq "$(git log -1 --format=%s)" "add: Alice Chen" "no commit was made"
rm .git/hooks/pre-commit

# No identity at all: git refuses to guess.
unset GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
git config --global user.useConfigOnly true
run_rel 0 add Bob Stone
expect_contains "$ERR" "rel: warning: saved, but git could not commit \"add: Bob Stone\"" "warning without identity"
expect_contains "$ERR" "user.email" "git's error about the identity"
expect_eq "$(cat bob-stone.yaml)" "name: Bob Stone" "the new file stands"
