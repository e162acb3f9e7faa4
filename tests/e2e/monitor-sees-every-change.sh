# With the journal's watcher running, runs take the last walk and the watcher's list of changes
# instead of walking, and still see every change, whoever makes it and however: each listing, `show`
# by name and `who-to-call` print the same bytes as a run with no derived state and no watcher.
# `rel monitor` starts, shows and stops the watcher; a run never starts one unless `.rel.yaml` says
# `monitor: true` (or $REL_MONITOR=on, as here), however large the journal.
source "$(dirname "$0")/lib.sh"
: "${REL_BENCH_GENERATE:?REL_BENCH_GENERATE must name rel-bench-generate}"
trap '"$REL" monitor stop >/dev/null 2>&1 || true; rm -rf "$T"' EXIT
export REL_MONITOR=on

write_contact alice <<<$'name: Alice Chen\ntags: [client]\nlog:\n  - date: 2026-10-01\n    via: call\n    note: catch-up'
write_contact work/bob <<<$'name: Bob Stone\ncadence: 14d'
write_contact family/carol <<<$'name: Carol King\ndates:\n  birthday: 1980-11-30'
settle

run_rel 1 monitor status
expect_contains "$ERR" "no watcher of $REL_DIR is running" "status with none running"

# waits until the watcher answers (started in the background by a run), or fails.
await_watcher() {
  for _ in $(seq 200); do
    rel monitor status >/dev/null 2>&1 && return 0
    sleep 0.01
  done
  fail "no watcher started"
}

# Each command, twice (the first run after a change may walk, the second takes the snapshot), against
# a run with no derived state and no watcher.
check() {
  local what=$1 args
  for args in "list --format tsv" "who-to-call --format tsv" "upcoming --days 400" "show Alice --format tsv" \
    "show Bob --format json" "show Robert" "show Dana --format tsv" "show Ling" "search berlin"; do
    read -ra words <<<"$args"
    local want
    want=$(REL_MONITOR=off uncached "${words[@]}" || echo "exit $?")
    for round in 1 2; do
      expect_eq "$(rel "${words[@]}" 2>&1 || echo "exit $?")" "$want" "$what: rel $args (run $round)"
    done
  done
}

rel list >/dev/null  # starts the watcher, and walks
await_watcher
expect_contains "$(rel monitor status)" "folders 3" "the journal and its two folders are watched"
check "first look"
[[ -n $(find "$XDG_CACHE_HOME" -name files) ]] || fail "no walk snapshot beside the index"

# In place: appending, and rewriting the same inode.
printf 'aka: [Ling]\n' >>"$REL_DIR/alice.yaml"
check "an aka appended in place"
printf 'name: Robert Stone\ncadence: 14d\n' >"$REL_DIR/work/bob.yaml"
check "a name rewritten in place"
# Replaced through a new file (sed -i, most editors), and by rel's own writes.
sed -i 's/Robert Stone/Bob Stone/' "$REL_DIR/work/bob.yaml"
check "a file replaced by another"
rel log Alice "moving to Berlin" --via meeting --date 2026-11-20 >/dev/null
check "rel log"
# Added, removed and renamed files; a new folder.
write_contact work/dana <<<'name: Dana Scully'
check "a file added"
mv "$REL_DIR/work/dana.yaml" "$REL_DIR/dana.yaml"
check "a file moved between folders"
write_contact clients/emea/erin <<<'name: Erin Berlin'
check "a file in a new folder"
rm "$REL_DIR/family/carol.yaml"
check "a file removed"
mv "$REL_DIR/clients" "$REL_DIR/customers"
check "a folder renamed"
# Broken in place, and mended.
printf 'tags: [unclosed\n' >>"$REL_DIR/dana.yaml"
check "a file broken in place"
printf 'name: Dana Scully\n' >"$REL_DIR/dana.yaml"
check "a file mended"
# The settings, and files written while the watcher is not running.
printf 'cadence:\n  default: 10d\n' >"$REL_DIR/.rel.yaml"
check "settings changed"
rel monitor stop
run_rel 1 monitor status
printf 'name: Alice Chen\naka: [Ally]\n' >"$REL_DIR/alice.yaml"
check "an edit while no watcher runs"
await_watcher
# Links: never taken on trust, since they may change through a path outside the journal.
ln -s "$REL_DIR/work/bob.yaml" "$REL_DIR/robert.yaml"
check "a link added"
printf 'name: Robert Link\n' >"$REL_DIR/work/bob.yaml"
check "a linked file changed"
rm "$REL_DIR/robert.yaml"
check "the link removed"

# Starting by hand, and stopping; off neither asks nor starts one.
run_rel 0 monitor stop
run_rel 1 monitor stop
expect_contains "$ERR" "no watcher of $REL_DIR is running" "stop with none running"
REL_MONITOR=off rel list >/dev/null
run_rel 1 monitor status
run_rel 0 monitor start
run_rel 0 monitor status
expect_contains "$OUT" "root $REL_DIR" "status names the journal"
run_rel 0 monitor start  # already running: nothing to do
run_rel 2 monitor restart
# Started by the user, it runs until stopped, unless --idle minutes pass without a question.
expect_contains "$(rel monitor status)" "idle never" "the default idle time"
run_rel 0 monitor stop
run_rel 0 monitor start --idle 0.02
expect_contains "$(rel monitor status)" "idle 0.02 minutes" "--idle passed on"
sleep 1.5
run_rel 1 monitor status
run_rel 0 monitor start
# It exits when its journal is removed.
mv "$REL_DIR" "$T/moved"
for _ in $(seq 200); do
  REL_DIR="$T/moved" rel monitor status >/dev/null 2>&1 || break
  sleep 0.01
done
REL_DIR="$T/moved" run_rel 1 monitor status
mv "$T/moved" "$REL_DIR"

# It exits once its rel is replaced (rebuilt, upgraded): the new rel asks a watcher of its own.
mkdir -p "$T/bin"
cp "$REL" "$T/bin/rel"
"$T/bin/rel" monitor start
pid=$("$T/bin/rel" monitor status | awk '$1 == "pid" { print $2 }')
# running PID: whether the process runs (a zombie, not yet reaped by whoever adopted it, does not).
running() { [[ -r /proc/$1/stat ]] && ! awk '{ exit $3 == "Z" ? 0 : 1 }' "/proc/$1/stat" 2>/dev/null; }
running "$pid" || fail "no watcher process $pid"
rm "$T/bin/rel"
cp "$REL" "$T/bin/rel"
touch "$REL_DIR/alice.yaml"  # wakes it up
for _ in $(seq 200); do
  running "$pid" || break
  sleep 0.01
done
running "$pid" && fail "the watcher of a replaced rel still runs"

# Never on its own, however large the journal; with `monitor: true` in .rel.yaml, a run starts one.
unset REL_MONITOR
rm -rf "$REL_DIR" "$XDG_CACHE_HOME"
"$REL_BENCH_GENERATE" "$REL_DIR" 1500 1 5
rm -f "$REL_DIR/.rel.yaml"
rel list >/dev/null
sleep 0.2
run_rel 1 monitor status
printf 'monitor: true\n' >"$REL_DIR/.rel.yaml"
rel list >/dev/null
await_watcher
expect_contains "$(rel monitor status)" "idle 60 minutes" "a watcher a run started exits after an hour without a question"
rel monitor stop
