# In a git journal every write command makes exactly one commit with a message saying what
# happened, and leaves `git status` clean; one `rel log` for three people is one commit.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$REL_DIR"

# expect_commit COUNT MESSAGE FILES: the newest commit, how many there are, what it touched.
expect_commit() {
  expect_eq "$(git rev-list --count HEAD)" "$1" "commit count after: $2"
  local message
  message=$(git log -1 --format=%s)
  if [[ $2 == "*"* ]]; then
    # The spec does not fix unset's verb: only what follows it.
    [[ $message == *"${2#\*}" ]] || fail "commit message: $message, expected $2"
  else
    expect_eq "$message" "$2" "commit message"
  fi
  expect_eq "$(git show --name-only --format= HEAD | sort)" "$3" "files of: $2"
  expect_eq "$(git status --porcelain)" "" "status clean after: $2"
}

run_rel 0 add Alice Chen
expect_commit 2 "add: Alice Chen" "alice-chen.yaml"
run_rel 0 add Bob Stone --tag client
expect_commit 3 "add: Bob Stone" "bob-stone.yaml"
run_rel 0 add Cleo Park
expect_commit 4 "add: Cleo Park" "cleo-park.yaml"

run_rel 0 log alice lunch at Nopa --via meeting
expect_commit 5 "log: Alice Chen (meeting): \"lunch at Nopa\"" "alice-chen.yaml"
run_rel 0 log alice,bob,cleo kickoff call --via call
expect_commit 6 "log: Alice Chen, Bob Stone, Cleo Park (call): \"kickoff call\"" $'alice-chen.yaml\nbob-stone.yaml\ncleo-park.yaml'
run_rel 0 log bob sent the deck --via email --promise "send the contract" --due "in 3 days"
expect_commit 7 "log: Bob Stone (email): \"sent the deck\"" "bob-stone.yaml"

# The commands below may not exist in every build yet; each one that does must commit once.
n=7
if rel set --help >/dev/null 2>&1; then
  run_rel 0 set alice details.kids "Maya (7)"
  n=$((n + 1))
  expect_commit $n "set: Alice Chen details.kids" "alice-chen.yaml"
fi
if rel unset --help >/dev/null 2>&1; then
  run_rel 0 unset alice details.kids
  n=$((n + 1))
  expect_commit $n "*: Alice Chen details.kids" "alice-chen.yaml"
fi
if rel promise --help >/dev/null 2>&1; then
  run_rel 0 promise cleo "intro to Dana" --due friday
  n=$((n + 1))
  expect_commit $n "promise: Cleo Park: \"intro to Dana\"" "cleo-park.yaml"
fi
if rel kept --help >/dev/null 2>&1; then
  run_rel 0 kept bob
  n=$((n + 1))
  expect_commit $n "kept: Bob Stone: \"send the contract\"" "bob-stone.yaml"
fi
if rel edit --help >/dev/null 2>&1; then
  cat >"$T/editor" <<'SH'
#!/bin/sh
printf 'email: cleo@example.com\n' >>"$1"
SH
  chmod +x "$T/editor"
  EDITOR="$T/editor" run_rel 0 edit cleo
  n=$((n + 1))
  expect_commit $n "edit: Cleo Park" "cleo-park.yaml"
fi
echo "commands covered: $n commits"
