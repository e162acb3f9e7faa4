# When no thread can be created (a process at its limit of processes), rel still serves every
# listing on one thread, cold (the index built file by file) and warm: the same bytes as with threads.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"
: "${REL_BENCH_GENERATE:?REL_BENCH_GENERATE must name rel-bench-generate}"
: "${REL_NO_THREADS:?REL_NO_THREADS must name the library that makes pthread_create fail}"

# Over 1,024 contacts, so that assessing them, loading them and stat-ing them would each use a thread.
rm -rf "$REL_DIR"
"$REL_BENCH_GENERATE" "$REL_DIR" 1100 3 11
settle
id=$(cd "$REL_DIR" && find work -name '*.yaml' | sort | sed -n 1p)
id=${id%.yaml}
name=$("$REL" show --json "$id" | jq -r .name)

transcript "$id" "sailing" >"$T/threads.txt"
"$REL" show "$name" >>"$T/threads.txt" 2>&1 || true
rm -rf "$XDG_CACHE_HOME"
one_thread() {
  # The sanitizer build's runtime must come first among the libraries; the library preloaded here
  # only replaces pthread_create.
  LD_PRELOAD="$REL_NO_THREADS" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" "$@"
}
for run in cold warm; do
  one_thread transcript "$id" "sailing" >"$T/one.txt"
  one_thread "$REL" show "$name" >>"$T/one.txt" 2>&1 || true
  expect_eq "$(cat "$T/one.txt")" "$(cat "$T/threads.txt")" "every listing on one thread ($run)"
done
# The library was in effect, in the commands the function ran too.
check_loaded() { grep -c "$(basename "$REL_NO_THREADS")" /proc/self/maps; }
[[ $(one_thread check_loaded) -gt 0 ]] || fail "the library was not loaded"
