# A FIFO in place of a derived file (the index's logs, the walk snapshot) never blocks a run: it is
# not read, and the outputs are those of a run without any derived state.
source "$(dirname "$0")/lib.sh"

cd "$REL_DIR"
printf 'name: Alice Chen\nlog:\n  - date: 2026-11-01\n    via: call\n' >alice-chen.yaml
printf 'name: Bob Stone\n' >bob-stone.yaml
settle
run_rel 0 list
expected=$OUT
folder=$(find "$XDG_CACHE_HOME/rel" -mindepth 1 -maxdepth 1 -type d ! -name sockets)
[[ -n $folder && -e $folder/index ]] || fail "no index was written"
for f in index details files; do
  rm -f "$folder/$f"
  mkfifo "$folder/$f"
done
for command in list who-to-call upcoming "show alice"; do
  # shellcheck disable=SC2086
  timeout 10 "$REL" $command >"$T/out" 2>"$T/err" || fail "rel $command: $(cat "$T/err")"
  # shellcheck disable=SC2086
  expect_eq "$(cat "$T/out")" "$(uncached $command)" "rel $command answers as without derived state"
done
expect_eq "$(timeout 10 "$REL" list)" "$expected" "list as before"
