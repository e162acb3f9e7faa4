# who-to-call through the index gives what a run without any derived state gives, after a change to a
# file, to .rel.yaml or to the day, and bad files are reported on every run.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"
write_contact bad <<'YAML'
name: Bad Date
since: 2024-13-01
YAML
# A file written in the same clock tick as a run is not cached yet; let the files age.
sleep 0.1

cached() { "$REL" who-to-call --all --json 2>&1; }

cached >/dev/null
ls "$XDG_CACHE_HOME"/rel/*/index >/dev/null 2>&1 || fail "no index was written"
first=$(cached)
expect_eq "$first" "$(uncached who-to-call --all --json)" "a cached run"
expect_contains "$first" 'bad.yaml:2:8: invalid date "2024-13-01"' "the bad file reported on a cached run"
expect_contains "$first" 'skipped 1 file with problems' "and counted"
# The default view, --tag and -n select as without the index.
for args in "" "--tag client" "-n 2 --format tsv" "--tag friend --all"; do
  # shellcheck disable=SC2086 # the arguments are words
  expect_eq "$("$REL" who-to-call $args 2>&1)" "$(uncached who-to-call $args)" "who-to-call $args"
done

# The file: Olga called back today.
cat >>"$REL_DIR/olga.yaml" <<'YAML'
  - {date: 2026-11-23, via: call, by: them}
YAML
sleep 0.1
after_file=$(cached)
expect_eq "$after_file" "$(uncached who-to-call --all --json)" "after a contact file changed"
[[ $after_file != "$first" ]] || fail "the edit changed nothing: the test would prove nothing"
expect_eq "$(cached)" "$after_file" "the next (cached) run"

# The settings: everyone under 90 is decaying.
printf 'health:\n  low_health: 90\n' >"$REL_DIR/.rel.yaml"
sleep 0.1
after_settings=$(cached)
expect_eq "$after_settings" "$(uncached who-to-call --all --json)" "after .rel.yaml changed"
[[ $after_settings != "$after_file" ]] || fail "the settings changed nothing: the test would prove nothing"
expect_eq "$(cached)" "$after_settings" "the next (cached) run"

# The day.
export REL_TODAY=2027-01-10
after_day=$(cached)
expect_eq "$after_day" "$(uncached who-to-call --all --json)" "on another day"
[[ $after_day != "$after_settings" ]] || fail "the day changed nothing: the test would prove nothing"
expect_eq "$(cached)" "$after_day" "the next (cached) run"

# A corrupt index is ignored and rebuilt silently.
for index in "$XDG_CACHE_HOME"/rel/*/index; do printf 'garbage' >"$index"; done
expect_eq "$(cached)" "$after_day" "a corrupt index"

# Files edited, added and removed are parsed alone: their records are appended to the index as one
# frame, and every other record is read as it was.
rm "$REL_DIR/bad.yaml"
sleep 0.1
before_edits=$(cached)
size_before=$(stat -c %s "$XDG_CACHE_HOME"/rel/*/index)
head_before=$(head -c "$size_before" "$XDG_CACHE_HOME"/rel/*/index | md5sum)
cat >>"$REL_DIR/pam.yaml" <<'YAML'
  - {date: 2026-12-30, via: meeting, by: me}
YAML
rm "$REL_DIR/ned.yaml"
write_contact zed <<'YAML'
name: Zed Zimmer
cadence: 7d
log:
  - {date: 2026-10-01, via: call, by: me}
YAML
sleep 0.1
after_edits=$(cached)
expect_eq "$after_edits" "$(uncached who-to-call --all --json)" "after files were edited, added and removed"
[[ $after_edits != "$before_edits" ]] || fail "the edits changed nothing: the test would prove nothing"
size_after=$(stat -c %s "$XDG_CACHE_HOME"/rel/*/index)
((size_after > size_before)) || fail "nothing was appended to the index"
expect_eq "$(head -c "$size_before" "$XDG_CACHE_HOME"/rel/*/index | md5sum)" "$head_before" \
  "the index's earlier bytes are untouched (appended to, not rewritten)"
expect_eq "$(cached)" "$after_edits" "the next run"
