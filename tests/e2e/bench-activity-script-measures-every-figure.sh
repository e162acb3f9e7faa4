# bench/activity.sh, on a small maildir and calendar, measures and prints every figure — the floor of
# reading the headers, the first imports, the runs with nothing new and their ratios, peak memory —
# and a summary row, and no body reaches the journal; a broken script would otherwise only show
# when someone runs the benchmark.
source "$(dirname "$0")/lib.sh"
out=$(REL_BENCH_BIN="$(dirname "$REL_BENCH_ACTIVITY")" REL_BENCH_RUNS=1 TMPDIR="$T" \
  bash "$REL_SOURCE_DIR/bench/activity.sh" "$REL" 300 40 20 2>&1) || fail "bench/activity.sh failed: $out"
for label in "floor: read every message's headers" "mail: first import" "mail: again, nothing new" \
  "calendar: first import" "calendar: again, nothing new"; do
  line=$(grep -F -- "  $label " <<<"$out") || fail "no \"$label\" line in: $out"
  [[ $line =~ [0-9]+\.[0-9]+\ ms ]] || fail "\"$label\" has no figure: $line"
done
grep -Eq "mail: again, nothing new +[0-9.]+ ms +[0-9.]+× first import; target: a fraction" <<<"$out" ||
  fail "no ratio of the second run to the first: $out"
grep -Eq "^  peak memory, any import +[0-9.]+ MB" <<<"$out" || fail "no peak memory: $out"
grep -Eq "^  mail: [0-9]+ logged for [0-9]+ contacts, 0 already there" <<<"$out" || fail "no summary of the mail: $out"
grep -Eq "^  calendar: [0-9]+ logged for [0-9]+ contacts, 0 already there" <<<"$out" || fail "no summary of the calendar: $out"
grep -q "^  files holding a body or description: 0$" <<<"$out" || fail "a body reached the journal: $out"
grep -Eq '^\| 300 \| [0-9]+ \| 40 \| 20 \|( [0-9.]+ \|){8}$' <<<"$out" || fail "no summary row: $out"
grep -q "stderr of the measured commands\|changed a file" <<<"$out" && fail "a measured command wrote to stderr: $out"
[[ -z $(find "$T" -maxdepth 1 -name 'rel-bench-activity.*') ]] || fail "the temporary folder was left behind"
