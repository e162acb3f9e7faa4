# Outside git (or with changes git has not committed) `rel rm` could not be undone: it asks on a terminal,
# refuses without one (exit 2, saying why) unless --yes, and reports with: references left in others.
source "$(dirname "$0")/lib.sh"

run_rel 0 add Alice Chen
run_rel 0 add Bob Stone
run_rel 0 log alice,bob lunch --via meeting
run_rel 2 rm alice </dev/null
expect_eq "$ERR" "rel: error: alice-chen.yaml was not removed: the journal is not in git, so it could not be brought back; say --yes to remove it anyway" "no terminal"
[[ -f "$REL_DIR/alice-chen.yaml" ]] || fail "removed without --yes"

if command -v script >/dev/null; then
  # On a terminal it asks; anything but yes keeps the file. (The answer's stdin stays open until rel is done:
  # script(1) passes an end of input on at once, which could overtake the answer.)
  out=$({ printf 'n\n'; sleep 1; } | script -qec "'$REL' rm alice" /dev/null | tr -d '\r')
  expect_contains "$out" "remove alice-chen.yaml (Alice Chen)? the journal is not in git, so \`rel undo\` cannot bring it back [y/N]" "the question"
  expect_contains "$out" "kept alice-chen" "no"
  [[ -f "$REL_DIR/alice-chen.yaml" ]] || fail "removed after no"
  out=$({ printf 'y\n'; sleep 1; } | script -qec "'$REL' rm alice" /dev/null | tr -d '\r')
  expect_contains "$out" "removed alice-chen (Alice Chen)" "yes"
  [[ ! -e "$REL_DIR/alice-chen.yaml" ]] || fail "kept after yes"
  run_rel 0 add Alice Chen
fi

run_rel 0 rm bob --yes
expect_eq "$(head -1 <<<"$OUT")" "removed bob-stone (Bob Stone)" "removed, no undo promised"
[[ ! -e "$REL_DIR/bob-stone.yaml" ]] || fail "kept with --yes"
run_rel 0 add Cleo
run_rel 0 log alice,cleo dinner
run_rel 0 rm cleo -y
expect_eq "$OUT" $'removed cleo (Cleo)\nstill named in with: by alice-chen (1) (see `rel check`)' "references reported"
run_rel 1 check
expect_contains "$OUT" 'with: no contact has the id "cleo"' "and check finds them"
