# What the bench scripts share (sourced first): their start, timing one run, medians, ratios, rows.

# bench_start NAME TOOL...: once $REL is set. $BIN is where the rel-bench-* helpers are (the folder
# bench/ beside the rel binary, or $REL_BENCH_BIN), each TOOL checked; $T is the run's folder, removed
# on exit; and the environment every measured run shares: its own home and cache, a fixed day, no
# colour, no system git configuration, a git identity.
bench_start() {
  local name=$1 tool
  shift
  BIN=${REL_BENCH_BIN:-$(dirname "$REL")/bench}
  for tool in "$@"; do
    [[ -x $BIN/rel-bench-$tool ]] || {
      echo "$0: $BIN/rel-bench-$tool is missing (build the bench targets first)" >&2
      exit 2
    }
  done
  CORES=$(nproc)
  T=$(mktemp -d "${TMPDIR:-/tmp}/rel-bench-$name.XXXXXX")
  trap 'rm -rf "$T"' EXIT
  export HOME="$T/home" XDG_CACHE_HOME="$T/cache" REL_TODAY=2026-11-23 NO_COLOR=1 GIT_CONFIG_NOSYSTEM=1
  export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench
  export GIT_COMMITTER_EMAIL=bench@example.com
  mkdir -p "$HOME"
}

# timed COMMAND...: runs it once and prints its wall time in ms; its peak memory (KiB) goes to $T/rss
# (a file, since timed runs in command substitutions).
timed() {
  local ms kib
  read -r ms kib < <("$BIN/rel-bench-time" "$@" 2>>"$T/stderr")
  echo "$kib" >>"$T/rss"
  echo "$ms"
}
peak_kib() { sort -n "$T/rss" | tail -n 1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# row LABEL VALUE NOTE: one line of a script's figures ($ROW_WIDTH wide labels, 34 unless set).
row() { printf "  %-${ROW_WIDTH:-34}s %10s ms   %s\n" "$1" "$2" "$3"; }
