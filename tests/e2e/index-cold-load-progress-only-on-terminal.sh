# A cold load that takes more than a second (REL_PROGRESS_DELAY: 0 here) says how far it got on stderr, but only when stderr is a
# terminal: piped or redirected, stderr gets nothing but real warnings. The line is erased at the end.
source "$(dirname "$0")/lib.sh"
: "${REL_BENCH_GENERATE:?REL_BENCH_GENERATE must name rel-bench-generate}"
command -v script >/dev/null || { echo "SKIP: script(1) is not installed"; exit 77; }

"$REL_BENCH_GENERATE" "$REL_DIR" 500 40 7 >/dev/null
sleep 0.1

# Piped: nothing on stderr, however long the load.
rm -rf "$XDG_CACHE_HOME"
rel list >"$T/out" 2>"$T/err"
expect_eq "$(cat "$T/err")" "" "no progress on a piped stderr"
expect_eq "$(($(wc -l <"$T/out")))" 501 "every contact listed"

# At a terminal (script(1) gives the command one): the progress line, then the line erased.
rm -rf "$XDG_CACHE_HOME"
script -qefc "REL_PROGRESS_DELAY=0 \"$REL\" list >/dev/null" "$T/typescript" >/dev/null </dev/null
tty=$(cat "$T/typescript")
expect_contains "$tty" $'\rrel: reading ' "a progress line"
expect_contains "$tty" "/500 files" "counting files"
expect_contains "$tty" $'\r\033[K' "erased at the end"
