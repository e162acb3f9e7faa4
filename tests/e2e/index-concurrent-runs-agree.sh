# Several rel processes building and refreshing the index at once never corrupt it: each prints
# the same listing, and the index they leave is valid (a later run prints the same, silently).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"
: "${REL_BENCH_GENERATE:?REL_BENCH_GENERATE must name rel-bench-generate}"

rm -rf "$REL_DIR"
"$REL_BENCH_GENERATE" "$REL_DIR" 300 8 3
sleep 0.1
"$REL" list --format tsv >"$T/want" 2>"$T/want.err"
rm -rf "$XDG_CACHE_HOME"

for round in 1 2 3; do
  pids=()
  for i in 1 2 3 4; do
    "$REL" list --format tsv >"$T/out.$round.$i" 2>"$T/err.$round.$i" &
    pids+=($!)
  done
  # Files changing while they run: each run must still see a consistent journal.
  echo "# round $round" >>"$REL_DIR/$(cd "$REL_DIR" && find . -maxdepth 1 -name '*.yaml' ! -name '.*' | sort | sed -n 1p)"
  for pid in "${pids[@]}"; do wait "$pid" || fail "a concurrent run failed"; done
  for i in 1 2 3 4; do
    cmp -s "$T/out.$round.$i" "$T/want" || fail "concurrent run $i of round $round printed something else"
    cmp -s "$T/err.$round.$i" "$T/want.err" || fail "concurrent run $i of round $round: $(cat "$T/err.$round.$i")"
  done
done
run_rel 0 list --format tsv
expect_eq "$OUT" "$(cat "$T/want")" "after the concurrent runs"
expect_eq "$(head -c 8 "$(index_file)")" "RELINDEX" "a whole index is left"
leftovers=$(find "$XDG_CACHE_HOME" -name '*.tmp.*')
expect_eq "$leftovers" "" "no temporary files are left"
