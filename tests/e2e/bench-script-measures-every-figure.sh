# bench/run.sh, on a tiny journal, measures and prints every figure with its target, and the summary
# row; a broken script would otherwise only show when someone runs the benchmark.
source "$(dirname "$0")/lib.sh"
# Two sizes, given largest first, the larger standing in for the 10,000 contacts the ratio targets
# are set at.
out=$(REL_BENCH_BIN="$(dirname "$REL_BENCH_GENERATE")" REL_BENCH_RUNS=1 REL_BENCH_ROUNDS=5 REL_BENCH_KEYS=500 REL_BENCH_TARGET_SIZE=30 TMPDIR="$T" \
  bash "$REL_SOURCE_DIR/bench/run.sh" "$REL" 30 20 2>&1) || fail "bench/run.sh failed: $out"
for label in "yaml-cpp floor, one core" "who-to-call, cold" "stat floor" "who-to-call, first of a day" \
  "who-to-call, warm" "who-to-call, one file changed" "show <id>" "show <name>" "log <id>" "log <name>" \
  "log <name>, auto-commit" "peak memory, any command"; do
  line=$(grep -F -- "  $label " <<<"$out") || fail "no \"$label\" line in: $out"
  [[ $line =~ [0-9]+\.[0-9]+\ (ms|MB) ]] || fail "\"$label\" has no figure: $line"
done
grep -q "target ≤ 3× = " <<<"$out" || fail "the warm target is not printed: $out"
# The ratio targets are judged at the size they are set at, and shown for reference at the others.
at_20=$(sed -n '/^== 20 contacts/,/^== 30 contacts/p' <<<"$out")
at_30=$(sed -n '/^== 30 contacts/,/^$/p' <<<"$out")
for label in "who-to-call, cold" "who-to-call, first of a day" "who-to-call, warm" "who-to-call, one file changed"; do
  grep -F -- "  $label " <<<"$at_20" | grep -q "for reference (set at 30 contacts)$" ||
    fail "\"$label\" at 20 contacts is not marked for reference: $at_20"
  grep -F -- "  $label " <<<"$at_30" | grep -Eq ": (ok|MISSED)$" || fail "\"$label\" at 30 contacts has no verdict: $at_30"
done
# What one contact costs, from the smallest journal to the largest.
for label in "show <id>" "show <name>" "log <id>" "log <name>"; do
  grep -Eq "^  $label +[0-9.]+ ms at 20 → [0-9.]+ ms at 30: [0-9.]+×, (ok|MISSED)$" <<<"$out" ||
    fail "no growth of \"$label\" from 20 to 30 contacts: $out"
done
grep -Eq "one file changed +[0-9.]+ ms +warm \+ -?[0-9.]+ ms \(per round; 95% interval -?[0-9.]+ to -?[0-9.]+, 5 rounds\)" <<<"$out" ||
  fail "one changed file's cost per round, with its interval, is not printed: $out"
grep -Eq "^    that file's parse, one run +-?[0-9.]+ ms +\(95% interval .*the target is warm \+ -?[0-9.]+ ms: (ok|MISSED)$" <<<"$out" ||
  fail "the changed file's parse in a run of its own is not printed: $out"
grep -Eq '^\| 30 \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \([0-9.]+×\) \| [0-9.]+ \([0-9.]+×\) \| [0-9.]+ \| [0-9.]+ / [0-9.]+ \| [0-9.]+ / [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|$' <<<"$out" ||
  fail "no summary row for 30 contacts: $out"
grep -Eq "^  with the watcher +who-to-call first of a day [0-9.]+ ms, warm [0-9.]+ ms, show <name> [0-9.]+ ms, log <name> [0-9.]+ ms \(it ran: yes\)$" <<<"$out" ||
  fail "no figures with the watcher: $out"
grep -Eq "^  log <name>, auto-commit +[0-9.]+ ms +git add \+ commit --only of one file: [0-9.]+ ms; [1-9][0-9]* commits by rel; target < 100 ms: (ok|MISSED)$" <<<"$out" ||
  fail "no figure of rel log with auto-commit: $out"
grep -Eq "^  rel check, one file +[0-9.]+ ms at 500 keys → [0-9.]+ ms at 1000: [0-9.]+× \(target ≤ 2.5×, n² is 4×\): (ok|MISSED)$" <<<"$out" ||
  fail "no figure of how a file of many keys is checked: $out"
grep -q "left the work tree unclean" <<<"$out" && fail "rel log left the work tree unclean: $out"
grep -q "stderr of the measured commands" <<<"$out" && fail "a measured command wrote to stderr: $out"
# Everything happened in its own temporary folder, removed at the end.
[[ -z $(find "$T" -maxdepth 1 -name 'rel-bench-run.*') ]] || fail "the temporary folder was left behind"
