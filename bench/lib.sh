# What the bench scripts share (sourced, after $BIN and $T are set): timing one run, medians, ratios.

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
