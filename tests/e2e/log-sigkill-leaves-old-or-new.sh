# SIGKILL of `rel log` at random moments: every file always parses and holds either the old or the old+one-entry text.
source "$(dirname "$0")/lib.sh"

# A large contact (about 1 MiB) so that a write takes long enough to be interrupted mid-way.
{
  echo "# big"
  echo "name: Alice"
  echo "log:"
  for i in $(seq 1 6000); do
    printf '  - date: 2026-01-01\n    via: call\n    note: entry %s with some padding text to make it longer\n' "$i"
  done
} >"$REL_DIR/alice.yaml"
printf 'name: Bob\n' >"$REL_DIR/bob.yaml"
count() { "$REL" show alice --json | jq '.log | length'; }
base=$(count)
killed=0
for round in $(seq 1 40); do
  cp "$REL_DIR/alice.yaml" "$T/before"
  size=$(stat -c %s "$T/before")
  "$REL" log alice "round $round" >/dev/null 2>&1 &
  pid=$!
  sleep "0.0$((RANDOM % 10))$((RANDOM % 10))"
  kill -KILL "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null || true
  run_rel 0 check
  if ! cmp -s "$T/before" "$REL_DIR/alice.yaml"; then
    cmp -n "$size" "$T/before" "$REL_DIR/alice.yaml" || fail "round $round: neither old nor old + entry"
    expect_eq "$(tail -c +$((size + 1)) "$REL_DIR/alice.yaml")" "  - date: 2026-11-23
    via: other
    by: me
    note: round $round" "round $round: exactly one new entry"
  fi
  # Only dot-files may be left behind, and rel ignores them.
  extra=$(cd "$REL_DIR" && find . -type f ! -name 'alice.yaml' ! -name 'bob.yaml' ! -name '.*')
  expect_eq "$extra" "" "round $round: no stray files visible as contacts"
  run_rel 0 list --format tsv
  expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2 | sort | paste -sd,)" "alice,bob" "round $round: only the two contacts"
done
[[ $killed -gt 0 ]] || fail "no rel log was ever killed (the test did not test anything)"
# A later write cleans up or ignores what a killed one left.
run_rel 0 log alice after
expect_eq "$(cd "$REL_DIR" && find . -name '.*rel-tmp*' | wc -l)" "0" "temporary files cleaned up by the next write"
