# Names and notes that look like shell code reach git as plain arguments: nothing runs,
# and the commit message is the name exactly.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$T"
for name in "\$(touch $T/pwned1)" "; touch $T/pwned2" "\`touch $T/pwned3\`" "x' && touch $T/pwned4 #" "a; touch pwned5 &"; do
  run_rel 0 add "$name"
  id=$OUT
  expect_eq "$(git -C "$REL_DIR" log -1 --format=%s)" "add: $name" "commit message of $name"
  run_rel 0 log "$id" "\$(touch $T/pwned6); touch $T/pwned7" --via "call"
  message=$(git -C "$REL_DIR" log -1 --format=%s)
  [[ $message == "log: $name (call): \"\$(touch $T/pwned6); touch "* ]] || fail "log commit of $name: $message"
done
expect_eq "$(git -C "$REL_DIR" status --porcelain)" "" "all committed"
for f in "$T"/pwned* "$REL_DIR"/pwned* "$T/home"/pwned*; do
  [[ -e $f ]] && fail "something ran: $f exists"
done
true
