# With a fresh index, a listing reads no contact file at all, and `show`/`log` read only the file of
# the contact they name (by id or by name): their cost does not grow with the journal.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/people-and-ann.sh"
sleep 0.1

# contact_files_read ARGS...: runs rel under strace and lists the contact files it opened.
contact_files_read() {
  # LeakSanitizer cannot run under ptrace: an ASan build checks leaks in every other test.
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -qq -e trace=open,openat -o "$T/trace" "$REL" "$@" >/dev/null 2>"$T/err" ||
    fail "rel $*: $(cat "$T/err")"
  grep -o "\"$REL_DIR/[^\"]*\.yaml\"" "$T/trace" | tr -d '"' | sed "s|^$REL_DIR/||" | grep -v '^\.\|/\.' | sort -u || true
}

expect_eq "$(contact_files_read list)" "p1.yaml
p2.yaml
p3.yaml
p4.yaml
p5.yaml
p6.yaml
p7.yaml
p8.yaml
work/ann.yaml" "a cold listing parses every file"
expect_eq "$(contact_files_read list)" "" "a warm listing"
expect_eq "$(contact_files_read upcoming)" "" "another warm listing"
expect_eq "$(contact_files_read show work/ann)" "work/ann.yaml" "show by id"
expect_eq "$(contact_files_read show Annie)" "work/ann.yaml" "show by aka"
expect_eq "$(contact_files_read log work/ann --via call Lunch)" "work/ann.yaml" "log by id"
expect_eq "$(contact_files_read log "Ann Lee" --via call Tea)" "work/ann.yaml" "log by name, just after a write"
expect_eq "$(contact_files_read log Annie --via email Notes)" "work/ann.yaml" "log by aka"
expect_eq "$(contact_files_read list)" "work/ann.yaml" "a listing after writes parses only the written file"
expect_eq "$(contact_files_read list)" "" "and then none"
run_rel 0 show ann --json
expect_eq "$(jq -r '[.log[].note] | sort | join(",")' <<<"$OUT")" "Lunch,Notes,Tea" "every log was recorded"
