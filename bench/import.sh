#!/usr/bin/env bash
# Measures `rel import` of a generated address book (see bench/README.md): into an empty journal,
# then again with nothing new, which must cost a fraction of the first; next to the floor of
# creating as many files on the same disk, measured in the same run.
#
# Usage: bench/import.sh PATH/TO/rel [CARDS]      (default 10000)
# Builds nothing: the rel-bench-* helpers are taken from the folder `bench/` beside the rel binary
# (a CMake build tree), or from $REL_BENCH_BIN.
set -euo pipefail

if [[ $# -lt 1 || ! -x $1 ]]; then
  echo "usage: $0 PATH/TO/rel [CARDS]" >&2
  exit 2
fi
REL=$(realpath "$1")
CARDS=${2:-10000}
RUNS=${REL_BENCH_RUNS:-3}

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start import vcards generate time


BOOK="$T/contacts.vcf"
"$BIN/rel-bench-vcards" "$CARDS" >"$BOOK"
mb=$(awk -v b="$(stat -c %s "$BOOK")" 'BEGIN { printf "%.1f", b / 1048576 }')

# new_journal DIR [--git]: an empty journal.
new_journal() {
  rm -rf "$1" "$XDG_CACHE_HOME"
  REL_DIR="$1" "$REL" init "${@:2}" >/dev/null
}

# What the import does, as its summary says it.
new_journal "$T/dry"
summary=$(REL_DIR="$T/dry" "$REL" import --dry-run "$BOOK" | tail -n 1)

# The floor: creating a journal's worth of small files on this disk, nothing else (no flush).
floor_ms=$(for _ in $(seq "$RUNS"); do
  rm -rf "$T/floor"
  timed "$BIN/rel-bench-generate" "$T/floor" "$CARDS" 0
done | median)

: >"$T/rss"
J="$T/journal"
first_ms=$(for _ in $(seq "$RUNS"); do
  new_journal "$J"
  REL_DIR="$J" timed "$REL" import "$BOOK"
done | median)
files=$(find "$J" -name '*.yaml' ! -name '.*' | wc -l)
# Again at once: the index has not seen the new files yet, so this run parses them all (on every core).
rm -rf "$XDG_CACHE_HOME"
again_cold_ms=$(REL_DIR="$J" timed "$REL" import "$BOOK")
again_ms=$(for _ in $(seq "$RUNS"); do REL_DIR="$J" timed "$REL" import "$BOOK"; done | median)

G="$T/git-journal"
git_first_ms=$(for _ in $(seq "$RUNS"); do
  new_journal "$G" --git
  REL_DIR="$G" timed "$REL" import "$BOOK"
done | median)
commits=$(git -C "$G" rev-list --count HEAD)
git_again_ms=$(for _ in $(seq "$RUNS"); do REL_DIR="$G" timed "$REL" import "$BOOK"; done | median)
peak_mb=$(awk -v k="$(peak_kib)" 'BEGIN { printf "%.1f", k / 1024 }')

echo "== import of $CARDS cards ($mb MB vCard): $files files, $CORES cores"
row "floor: create $CARDS files" "$floor_ms" "(rel-bench-generate, no flush)"
row "first import, empty journal" "$first_ms" "$(ratio "$first_ms" "$floor_ms")× floor; target: seconds"
row "again, nothing new (index cold)" "$again_cold_ms" "$(ratio "$again_cold_ms" "$first_ms")× first import"
row "again, nothing new" "$again_ms" "$(ratio "$again_ms" "$first_ms")× first import; target: a fraction"
row "first import, git journal" "$git_first_ms" "$(ratio "$git_first_ms" "$first_ms")× without git; $((commits - 1)) commit for the import"
row "again, git journal" "$git_again_ms" "$(ratio "$git_again_ms" "$git_first_ms")× first import"
printf '  %-34s %10s MB\n' "peak memory, any import" "$peak_mb"
echo "  summary: $summary"
echo
echo "| cards | MB | files | floor | first import | again (cold index) | again | ratio | git: first | git: again | peak MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "| $CARDS | $mb | $files | $floor_ms | $first_ms | $again_cold_ms | $again_ms | $(ratio "$again_ms" "$first_ms") | $git_first_ms | $git_again_ms | $peak_mb |"
if [[ -s $T/stderr ]]; then
  echo
  echo "stderr of the measured commands (first lines):"
  head -n 5 "$T/stderr"
fi
