# bench/import.sh, on a small address book, measures and prints every figure — the floor, the first
# import, the runs with nothing new and their ratio, the git journal, peak memory — and a summary
# row; a broken script would otherwise only show when someone runs the benchmark.
source "$(dirname "$0")/lib.sh"
out=$(REL_BENCH_BIN="$(dirname "$REL_BENCH_GENERATE")" REL_BENCH_RUNS=1 TMPDIR="$T" \
  bash "$REL_SOURCE_DIR/bench/import.sh" "$REL" 40 2>&1) || fail "bench/import.sh failed: $out"
for label in "floor: create 40 files" "first import, empty journal" "again, nothing new (index cold)" \
  "again, nothing new" "first import, git journal" "again, git journal"; do
  line=$(grep -F -- "  $label " <<<"$out") || fail "no \"$label\" line in: $out"
  [[ $line =~ [0-9]+\.[0-9]+\ ms ]] || fail "\"$label\" has no figure: $line"
done
grep -Eq "again, nothing new +[0-9.]+ ms +[0-9.]+× first import; target: a fraction" <<<"$out" ||
  fail "no ratio of the second run to the first: $out"
grep -Eq "1 commit for the import" <<<"$out" || fail "the git journal's import is not one commit: $out"
grep -Eq "^  peak memory, any import +[0-9.]+ MB" <<<"$out" || fail "no peak memory: $out"
grep -Eq "^  summary: [0-9]+ new, 0 updated, 0 unchanged" <<<"$out" || fail "no summary of the import: $out"
grep -Eq '^\| 40 \| [0-9.]+ \| [0-9]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|$' <<<"$out" ||
  fail "no summary row: $out"
grep -q "stderr of the measured commands" <<<"$out" && fail "a measured command wrote to stderr: $out"
[[ -z $(find "$T" -maxdepth 1 -name 'rel-bench-import.*') ]] || fail "the temporary folder was left behind"
