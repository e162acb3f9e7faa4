# who-to-call's cached results are reused only for the same file, the same .rel.yaml and the same
# day: a change to any one of them gives what a run without any cache gives, and bad files are
# reported on cached runs too.
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
ls "$XDG_CACHE_HOME"/rel/*/who-to-call >/dev/null 2>&1 || fail "no result cache was written"
first=$(cached)
expect_eq "$first" "$(uncached who-to-call --all --json)" "a cached run"
expect_contains "$first" 'bad.yaml:2:8: invalid date "2024-13-01"' "the bad file reported on a cached run"
expect_contains "$first" 'skipped 1 file with problems' "and counted"
# The default view, --tag and -n select from cached results as from computed ones.
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

# A corrupt cache is ignored and rebuilt silently.
for cache in "$XDG_CACHE_HOME"/rel/*/who-to-call; do printf 'garbage' >"$cache"; done
expect_eq "$(cached)" "$after_day" "a corrupt result cache"

# With no bad file, a few changed, added or removed files are assessed alone and every other cached
# result reused, without loading the journal (the index is not even read, so not rewritten).
rm "$REL_DIR/bad.yaml"
sleep 0.1
before_edits=$(cached)
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
touch "$T/marker"
after_edits=$(cached)
[[ -z $(find "$XDG_CACHE_HOME/rel" -name 'index*' -newer "$T/marker") ]] || fail "the journal was loaded for three changed files"
expect_eq "$after_edits" "$(uncached who-to-call --all --json)" "after files were edited, added and removed"
[[ $after_edits != "$before_edits" ]] || fail "the edits changed nothing: the test would prove nothing"
expect_eq "$(cached)" "$after_edits" "the next (cached) run"
