# bench/run.sh, on a tiny journal, measures and prints every figure with its target, and the summary
# row; a broken script would otherwise only show when someone runs the benchmark.
source "$(dirname "$0")/lib.sh"
out=$(REL_BENCH_BIN="$(dirname "$REL_BENCH_GENERATE")" REL_BENCH_RUNS=1 TMPDIR="$T" \
  bash "$REL_SOURCE_DIR/bench/run.sh" "$REL" 30 2>&1) || fail "bench/run.sh failed: $out"
for label in "yaml-cpp floor, one core" "who-to-call, cold" "stat floor" "who-to-call, warm" \
  "who-to-call, one file changed" "show <id>" "show <name>" "log <id>" "log <name>" "peak memory, any command"; do
  line=$(grep -F -- "  $label " <<<"$out") || fail "no \"$label\" line in: $out"
  [[ $line =~ [0-9]+\.[0-9]+\ (ms|MB) ]] || fail "\"$label\" has no figure: $line"
done
grep -q "target ≤ 3× = " <<<"$out" || fail "the warm target is not printed: $out"
grep -Eq "one file changed +[0-9.]+ ms +warm \+ -?[0-9.]+ ms \(per round\)" <<<"$out" || fail "one changed file's cost per round is not printed: $out"
grep -Eq '^\| 30 \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \([0-9.]+×\) \| [0-9.]+ \| [0-9.]+ / [0-9.]+ \| [0-9.]+ / [0-9.]+ \| [0-9.]+ \|$' <<<"$out" ||
  fail "no summary row for 30 contacts: $out"
grep -q "stderr of the measured commands" <<<"$out" && fail "a measured command wrote to stderr: $out"
# Everything happened in its own temporary folder, removed at the end.
[[ -z $(find "$T" -maxdepth 1 -name 'rel-bench.*') ]] || fail "the temporary folder was left behind"
