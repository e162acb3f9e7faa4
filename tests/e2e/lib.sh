# Shared set-up for end-to-end tests: a temporary journal, a fixed today, helpers.
# Each test script sources this file, then runs `rel` and checks exact output.
set -euo pipefail
: "${REL:?REL must name the rel binary}"
: "${REL_SOURCE_DIR:?REL_SOURCE_DIR must name the source tree}"

T=$(mktemp -d "${TMPDIR:-/tmp}/rel-e2e.XXXXXX")
trap 'rm -rf "$T"' EXIT
export REL_TODAY=2026-11-23
export NO_COLOR=1
export HOME="$T/home"
export XDG_CACHE_HOME="$T/cache"
export XDG_DATA_HOME="$T/data"
unset XDG_RUNTIME_DIR  # the watcher's socket then goes in the cache folder, which is the test's
export EDITOR=false VISUAL=
export REL_DIR="$T/journal"
export GIT_CONFIG_NOSYSTEM=1
unset GIT_DIR GIT_WORK_TREE
# What rel leaves in the temporary folder (the text of an edit it could not save) goes with the test.
export TMPDIR="$T/temporary"
mkdir -p "$HOME" "$REL_DIR" "$TMPDIR"

rel() { "$REL" "$@"; }

# uncached ARGS...: what rel prints (stdout and stderr) with no derived state at all: a cache folder
# of its own, removed after. Exits as rel did.
uncached() {
  local status=0
  rm -rf "$T/uncached"
  XDG_CACHE_HOME="$T/uncached" "$REL" "$@" 2>&1 || status=$?
  rm -rf "$T/uncached"
  return "$status"
}

# settle: lets files written just now age past the clock tick. A file as new as a run is not cached
# yet (it could change again unseen), so a test about caching waits before the run it measures.
settle() { sleep 0.05; }

# git_identity: the tester's name and address for every commit, and `main` as a new repository's
# branch (in the test's own $HOME), for the tests of git journals.
git_identity() {
  export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.com
  export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.com
  git config --global init.defaultBranch main
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# expect_eq ACTUAL EXPECTED WHAT
expect_eq() {
  if [[ "$1" != "$2" ]]; then
    echo "--- expected" >&2
    printf '%s\n' "$2" >&2
    echo "--- actual" >&2
    printf '%s\n' "$1" >&2
    fail "$3"
  fi
}

# expect_contains HAYSTACK NEEDLE WHAT
expect_contains() {
  if [[ "$1" != *"$2"* ]]; then
    printf '%s\n' "$1" >&2
    fail "$3: expected to contain '$2'"
  fi
}

# run_rel STATUS ARGS...: runs rel, checks its exit status, leaves stdout in $OUT and stderr in $ERR.
run_rel() {
  local want=$1
  shift
  set +e
  "$REL" "$@" >"$T/stdout" 2>"$T/stderr"
  local got=$?
  set -e
  OUT=$(cat "$T/stdout")
  ERR=$(cat "$T/stderr")
  if [[ $got != "$want" ]]; then
    echo "stdout: $OUT" >&2
    echo "stderr: $ERR" >&2
    fail "rel $*: exit status $got, expected $want"
  fi
}

# write_contact ID: writes stdin to the contact file of ID.
write_contact() {
  mkdir -p "$(dirname "$REL_DIR/$1.yaml")"
  cat >"$REL_DIR/$1.yaml"
}
