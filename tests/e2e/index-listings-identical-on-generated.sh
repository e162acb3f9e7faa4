# Every listing command gives the same bytes with and without the index on a generated journal of
# 400 contacts in sub-folders, with a bad file among them, whose problems are reported every run.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"
: "${REL_BENCH_GENERATE:?REL_BENCH_GENERATE must name rel-bench-generate}"

rm -rf "$REL_DIR"
"$REL_BENCH_GENERATE" "$REL_DIR" 400 12 7
cat >"$REL_DIR/work/zz-broken.yaml" <<'YAML'
name: Broken
since: 2024-13-01
YAML
sleep 0.1
id=$(cd "$REL_DIR" && find work -name '*.yaml' | sort | sed -n 1p)
id=${id%.yaml}

transcript "$id" "sailing" >"$T/cold.txt"
[[ -s $(index_file) ]] || fail "no index was written"
transcript "$id" "sailing" >"$T/warm.txt"
expect_eq "$(cat "$T/warm.txt")" "$(cat "$T/cold.txt")" "listings through the index"

# One file changed (a delta over the index), then the cache deleted: still the same bytes.
echo "# a comment" >>"$REL_DIR/$id.yaml"
transcript "$id" "sailing" >"$T/changed.txt"
expect_eq "$(cat "$T/changed.txt")" "$(cat "$T/cold.txt")" "listings after one file changed"
rm -rf "$XDG_CACHE_HOME"
transcript "$id" "sailing" >"$T/deleted.txt"
expect_eq "$(cat "$T/deleted.txt")" "$(cat "$T/cold.txt")" "listings after deleting the cache"

expect_contains "$(cat "$T/cold.txt")" 'work/zz-broken.yaml:2:8: invalid date' "the bad file is reported"
[[ $(grep -c '^\$ rel ' "$T/cold.txt") -ge 10 ]] || fail "too few commands ran"

# With the journal's watcher running, the runs take the last walk and the watcher's list of changes
# instead of walking: the same bytes, before and after a file changes.
trap '"$REL" monitor stop >/dev/null 2>&1 || true; rm -rf "$T"' EXIT
export REL_MONITOR=on
rel monitor start
for round in walks watched; do
  transcript "$id" "sailing" >"$T/watched.txt"
  expect_eq "$(cat "$T/watched.txt")" "$(cat "$T/cold.txt")" "listings with the watcher ($round)"
done
[[ -n $(find "$XDG_CACHE_HOME" -name files) ]] || fail "no walk snapshot beside the index"
echo "# another comment" >>"$REL_DIR/$id.yaml"
sed -i 's/^name: Broken$/name: Still Broken/' "$REL_DIR/work/zz-broken.yaml"
transcript "$id" "sailing" >"$T/watched.txt"
expect_eq "$(cat "$T/watched.txt")" "$(cat "$T/cold.txt")" "listings with the watcher, after two files changed"
