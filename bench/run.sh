#!/usr/bin/env bash
# Measures rel on generated journals against floors measured in the same run (see bench/README.md).
#
# Usage: bench/run.sh PATH/TO/rel [CONTACTS...]      (default sizes: 100 1000 10000)
# Builds nothing: the rel-bench-* helpers are taken from the folder `bench/` beside the rel binary
# (a CMake build tree), or from $REL_BENCH_BIN.
set -euo pipefail

if [[ $# -lt 1 || ! -x $1 ]]; then
  echo "usage: $0 PATH/TO/rel [CONTACTS...]" >&2
  exit 2
fi
REL=$(realpath "$1")
shift
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(100 1000 10000)
mapfile -t SIZES < <(printf '%s\n' "${SIZES[@]}" | sort -n)  # smallest first, as the summary compares
INTERACTIONS=${REL_BENCH_INTERACTIONS:-20}
RUNS=${REL_BENCH_RUNS:-5}
# Rounds of the interleaved stat floor / warm / one changed measure: the target there is a margin of
# about a millisecond on runs that vary by several here, so its median needs many more samples.
ROUNDS=${REL_BENCH_ROUNDS:-101}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start run generate stat yaml time

# The command a heavy user runs every morning; `list` stands in on a rel that lacks it.
if "$REL" --help | grep -q '^ *who-to-call '; then LISTING=who-to-call; else LISTING=list; fi
# The journal's watcher (rel monitor), on a rel that has it: measured as a second line, since it runs
# only when the user starts it.
if "$REL" --help | grep -q '^ *monitor '; then HAS_MONITOR=yes; else HAS_MONITOR=no; fi
export REL_MONITOR=off  # the headline figures: the default, no watcher (unset for the watcher's line)
# The day `n` days after the benchmark's first day: a "morning" run is the first run of a new day.
day_after() { date -u -d "2026-11-23 +$1 days" +%F; }

# The 95% interval of the median of the numbers on stdin, free of any assumption on their spread
# (the order statistics k and n + 1 − k, k = n/2 − 0.98√n): "low to high".
median_interval() {
  sort -n | awk '{ v[NR] = $1 } END { k = int(NR / 2 - 0.98 * sqrt(NR)); if (k < 1) k = 1; print v[k] " to " v[NR + 1 - k] }'
}
# ratio A B: A/B with two decimals.
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b ? "ok" : "MISSED") }'; }
# The ratio targets are set on the 10,000-contact journal; at other sizes they are shown for reference
# (a run on 100 files is mostly process start-up, rel's and the floor's alike).
TARGET_SIZE=${REL_BENCH_TARGET_SIZE:-10000}
verdict_at() {
  if [[ $1 == "$TARGET_SIZE" ]]; then verdict "$2" "$3"; else echo "for reference (set at $TARGET_SIZE contacts)"; fi
}
ROW_WIDTH=28

declare -a SUMMARY
declare -A ONE_CONTACT  # "show <id>" -> "100:4.5 10000:26.7 "
for n in "${SIZES[@]}"; do
  J="$T/journal-$n"
  export REL_DIR="$J"
  rm -rf "$XDG_CACHE_HOME"
  "$BIN/rel-bench-generate" "$J" "$n" "$INTERACTIONS"
  # Files written in the last clock tick are not trusted by the index (they may change again unseen).
  sleep 0.1
  read -r files bytes < <("$BIN/rel-bench-yaml" "$J")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
  echo "== $n contacts: $files files, $mb MB, $CORES cores, \`rel $LISTING\`"

  # Floor of a cold run: yaml-cpp parsing every file on one core. (The stat floor is measured below,
  # next to the warm runs.)
  yaml_ms=$(timed "$BIN/rel-bench-yaml" "$J")
  parse_ms=$(awk -v y="$yaml_ms" -v f="$files" 'BEGIN { printf "%.2f", y / f }')
  row "yaml-cpp floor, one core" "$yaml_ms" "(${parse_ms} ms per file)"

  # Cold: no derived state at all; each run starts from an empty cache (a watcher started by the first
  # knows nothing the next can use without walking).
  : >"$T/rss"
  cold_ms=$(for _ in 1 2 3; do
    rm -rf "$XDG_CACHE_HOME"
    timed "$REL" "$LISTING"
  done | median)
  cold_target=$(awk -v y="$yaml_ms" -v c="$CORES" 'BEGIN { printf "%.1f", 1.2 * y / c }')
  row "$LISTING, cold" "$cold_ms" "$(ratio "$cold_ms" "$(awk -v y="$yaml_ms" -v c="$CORES" 'BEGIN { print y / c }')")× yaml÷cores; target ≤ 1.2× = $cold_target ms: $(verdict_at "$n" "$cold_ms" "$cold_target")"
  cold_kib=$(peak_kib)

  # The stat floor (the same walk and stat any reader must do), the first run of a new day (nothing
  # changed since the last run, but "today" moved on: the run users make each morning), warm (nothing
  # changed, the same day again) and one file changed (edited by hand, as an editor or `git pull`
  # would), interleaved run by run, so that all four see the same machine: on a shared machine the
  # load drifts from one second to the next, and a target of warm + 2 parses is a millisecond at
  # 10,000 contacts. After each edit the run waits out the clock tick (50 ms): a file as new as the
  # run is not recorded yet (racily clean), so the warm run after it would parse it again.
  "$REL" "$LISTING" >/dev/null 2>&1
  "$BIN/rel-bench-stat" "$J" >/dev/null
  changed_file=$(find "$J" -name '*.yaml' ! -name '.*' | sort | sed -n 1p)
  # The changed file's parse as one run of rel has to do it: in a process of its own, its code and
  # yaml-cpp's paged in for it (the floor above is hot, averaged over thousands of files). What the
  # yaml floor takes for a folder of that one file, less what it takes for an empty folder.
  rm -rf "$T/one-file" "$T/no-file" && mkdir -p "$T/one-file" "$T/no-file"
  cp "$changed_file" "$T/one-file/"
  : >"$T/stat" && : >"$T/morning" && : >"$T/warm" && : >"$T/changed" && : >"$T/one-parse" && : >"$T/no-parse"
  for i in $(seq "$ROUNDS"); do
    timed "$BIN/rel-bench-stat" "$J" >>"$T/stat"
    timed "$BIN/rel-bench-yaml" "$T/no-file" >>"$T/no-parse"
    timed "$BIN/rel-bench-yaml" "$T/one-file" >>"$T/one-parse"
    export REL_TODAY=$(day_after "$i")
    sleep 0.05  # as before the changed run: every run starts from the same idle machine
    timed "$REL" "$LISTING" >>"$T/morning"
    sleep 0.05
    timed "$REL" "$LISTING" >>"$T/warm"
    echo "# edited by hand ($i)" >>"$changed_file"
    sleep 0.05
    timed "$REL" "$LISTING" >>"$T/changed"
  done
  export REL_TODAY=2026-11-23
  stat_ms=$(median <"$T/stat")
  morning_ms=$(median <"$T/morning")
  warm_ms=$(median <"$T/warm")
  changed_ms=$(median <"$T/changed")
  # What one changed file adds: the median of each round's difference (changed − warm of that round),
  # steadier than the difference of two medians when the machine moves by more than the margin.
  paste -d' ' "$T/warm" "$T/changed" | awk '{ printf "%.2f\n", $2 - $1 }' >"$T/added"
  added_ms=$(median <"$T/added")
  added_interval=$(median_interval <"$T/added")
  row "stat floor" "$stat_ms" ""
  ratio_target=$(awk -v s="$stat_ms" 'BEGIN { printf "%.1f", 3 * s }')
  row "$LISTING, first of a day" "$morning_ms" "$(ratio "$morning_ms" "$stat_ms")× stat floor; target ≤ 3× = $ratio_target ms: $(verdict_at "$n" "$morning_ms" "$ratio_target")"
  row "$LISTING, warm" "$warm_ms" "$(ratio "$warm_ms" "$stat_ms")× stat floor; target ≤ 3× = $ratio_target ms: $(verdict_at "$n" "$warm_ms" "$ratio_target")"
  added_target=$(awk -v p="$parse_ms" 'BEGIN { printf "%.2f", 2 * p }')
  paste -d' ' "$T/no-parse" "$T/one-parse" | awk '{ printf "%.2f\n", $2 - $1 }' >"$T/parse-alone"
  alone_ms=$(median <"$T/parse-alone")
  alone_target=$(awk -v p="$alone_ms" 'BEGIN { printf "%.2f", 2 * p }')
  row "$LISTING, one file changed" "$changed_ms" "warm + $added_ms ms (per round; 95% interval $added_interval, $ROUNDS rounds); target ≤ warm + 2 × one parse = warm + $added_target ms: $(verdict_at "$n" "$added_ms" "$added_target")"
  row "  that file's parse, one run" "$alone_ms" "(95% interval $(median_interval <"$T/parse-alone")); with it as one parse, the target is warm + $alone_target ms: $(verdict_at "$n" "$added_ms" "$alone_target")"

  # One contact: by its id (a direct file) and by its name (through the index). A name that
  # only one contact has, so that resolution succeeds.
  "$REL" "$LISTING" >/dev/null 2>&1
  id="" name=""
  while IFS=$'\t' read -r candidate_id candidate_name; do
    if "$REL" show "$candidate_name" >/dev/null 2>&1; then
      id=$candidate_id name=$candidate_name
      break
    fi
  done < <("$REL" list --format tsv | awk -F'\t' 'NR > 1 { n[$2]++; if (!($2 in id)) { id[$2] = $1; order[++k] = $2 } }
    END { for (i = 1; i <= k; i++) if (n[order[i]] == 1) print id[order[i]] "\t" order[i] }' | awk 'NR <= 20')
  [[ -n $id ]] || { echo "$0: no contact with a unique name" >&2; exit 1; }
  show_id_ms=$(for _ in $(seq "$RUNS"); do timed "$REL" show "$id"; done | median)
  show_name_ms=$(for _ in $(seq "$RUNS"); do timed "$REL" show "$name"; done | median)
  log_id_ms=$(for i in $(seq "$RUNS"); do timed "$REL" log "$id" --via call "bench call $i"; done | median)
  log_name_ms=$(for i in $(seq "$RUNS"); do timed "$REL" log "$name" --via email "bench email $i"; done | median)
  for what in "show <id>:$show_id_ms" "show <name>:$show_name_ms" "log <id>:$log_id_ms" "log <name>:$log_name_ms"; do
    ms=${what##*:}
    row "${what%%:*}" "$ms" "target ≤ 30 ms: $(verdict "$ms" 30)"
    ONE_CONTACT["${what%%:*}"]+="$n:$ms "
  done
  # With the watcher, which the user starts (`rel monitor start`): a run asks it what changed instead
  # of stat'ing every file. For reference.
  if [[ $HAS_MONITOR == yes ]]; then
    (unset REL_MONITOR && "$REL" monitor start >/dev/null 2>&1) || true
    on() { (unset REL_MONITOR && timed "$@"); }
    on "$REL" "$LISTING" >/dev/null
    on_morning_ms=$(for i in $(seq "$RUNS"); do REL_TODAY=$(day_after $((ROUNDS + i))) on "$REL" "$LISTING"; done | median)
    on_warm_ms=$(for _ in $(seq "$RUNS"); do on "$REL" "$LISTING"; done | median)
    on_show_ms=$(for _ in $(seq "$RUNS"); do on "$REL" show "$name"; done | median)
    on_log_ms=$(for i in $(seq "$RUNS"); do on "$REL" log "$name" --via email "bench watched $i"; done | median)
    watching=no
    (unset REL_MONITOR && "$REL" monitor status >/dev/null 2>&1) && watching=yes
    printf '  %-28s %s\n' "with the watcher" \
      "$LISTING first of a day $on_morning_ms ms, warm $on_warm_ms ms, show <name> $on_show_ms ms, log <name> $on_log_ms ms (it ran: $watching)"
    (unset REL_MONITOR && "$REL" monitor stop >/dev/null 2>&1) || true
  fi
  # `rel log` in a git journal with auto-commit (the whole journal committed once before), against
  # what committing one file with `git add` and `git commit --only` costs in the same repository.
  git -C "$J" init -q
  git -C "$J" config user.name bench && git -C "$J" config user.email bench@example.com
  printf 'git: {autocommit: true}\n' >>"$J/.rel.yaml"
  # The first commit of 10,000 loose objects sets off git's `gc --auto`, which git runs in the
  # background; in the foreground here, so that the runs below do not share the machine with it (they
  # did, and took 60% longer) and measure a repository as a user's is, packed.
  git -C "$J" add -A && git -C "$J" -c gc.autoDetach=false commit -q -m journal
  "$REL" log "$id" --via call "bench warm-up" >/dev/null 2>&1
  git_log_ms=$(for i in $(seq "$RUNS"); do timed "$REL" log "$name" --via call "bench git $i"; done | median)
  [[ -z $(git -C "$J" status --porcelain) ]] || echo "  (rel log left the work tree unclean)"
  rel_commits=$(git -C "$J" log --format=%s | grep -c '^log: ' || true)
  commit_only_ms=$(for i in $(seq "$RUNS"); do
    echo "# by hand $i" >>"$changed_file"
    timed sh -c 'git -C "$1" add -- "$2" && git -C "$1" commit -q -m "by hand" --only -- "$2"' sh "$J" "${changed_file#"$J"/}"
  done | median)
  row "log <name>, auto-commit" "$git_log_ms" "git add + commit --only of one file: $commit_only_ms ms; $rel_commits commits by rel; target < 100 ms: $(verdict "$git_log_ms" 99.99)"
  peak_mb=$(awk -v k="$(peak_kib)" 'BEGIN { printf "%.1f", k / 1024 }')
  cold_mb=$(awk -v k="$cold_kib" 'BEGIN { printf "%.1f", k / 1024 }')
  printf '  %-28s %10s MB   %s\n' "peak memory, any command" "$peak_mb" "(cold: $cold_mb MB); target < 100 MB: $(verdict "$peak_mb" 99.99)"
  SUMMARY+=("| $n | $mb | $stat_ms | $yaml_ms | $cold_ms | $morning_ms ($(ratio "$morning_ms" "$stat_ms")×) | $warm_ms ($(ratio "$warm_ms" "$stat_ms")×) | $changed_ms | $show_id_ms / $show_name_ms | $log_id_ms / $log_name_ms | $git_log_ms | $peak_mb |")
  rm -rf "$J"
done

echo
echo "| contacts | MB | stat floor | yaml floor (1 core) | cold | first of a day (× stat) | warm (× stat) | one changed | show id / name | log id / name | log, auto-commit | peak MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${SUMMARY[@]}"
# Flat from the smallest size to the largest: what one contact costs may not grow with the journal.
# "Flat" is taken as at most 1.5× (a single figure here moves by 10–20% from run to run).
if [[ ${#SIZES[@]} -gt 1 ]]; then
  echo
  echo "show and log, smallest to largest journal (target: flat, ≤ 1.5×):"
  for what in "show <id>" "show <name>" "log <id>" "log <name>"; do
    read -r -a figures <<<"${ONE_CONTACT[$what]}"
    first=${figures[0]} last=${figures[-1]}
    growth=$(ratio "${last#*:}" "${first#*:}")
    printf '  %-28s %10s ms at %s → %s ms at %s: %s×, %s\n' "$what" "${first#*:}" "${first%%:*}" "${last#*:}" \
      "${last%%:*}" "$growth" "$(verdict "$growth" 1.5)"
  done
fi
# One file of many keys (a hostile or generated file, under the 4 MiB a contact may have): checking its
# keys for duplicates grows as n log n, so twice the keys cost about twice the time (n² would be 4×).
keys_ms() {
  local dir="$T/keys-$1"
  mkdir -p "$dir"
  { printf 'name: Many Keys\ndetails:\n'; seq 1 "$1" | sed 's/.*/  k&: &/'; } >"$dir/many.yaml"
  # check says "1 contact checked, no problems" on stderr, where run.sh expects only trouble.
  for _ in $(seq "$RUNS"); do timed sh -c 'exec "$0" --dir "$1" check 2>/dev/null' "$REL" "$dir"; done | median
}
KEYS=${REL_BENCH_KEYS:-80000}
keys_small=$(keys_ms "$KEYS")
keys_large=$(keys_ms $((2 * KEYS)))
keys_growth=$(ratio "$keys_large" "$keys_small")
echo
printf '  %-28s %10s ms at %s keys → %s ms at %s: %s× (target ≤ 2.5×, n² is 4×): %s\n' "rel check, one file" \
  "$keys_small" "$KEYS" "$keys_large" $((2 * KEYS)) "$keys_growth" "$(verdict "$keys_growth" 2.5)"
if [[ -s $T/stderr ]]; then
  echo
  echo "stderr of the measured commands (first lines):"
  head -n 5 "$T/stderr"
fi
