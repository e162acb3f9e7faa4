# With an index, naming one contact (`show NAME`, `log NAME`, `show ID`) looks at no other contact
# file, not even with stat: the folders are read, the names taken from the index, and only the chosen
# file (and files the index holds as bad) is looked at, so the cost stays flat as the journal grows.
# A name that the index cannot settle (ambiguous, unknown) is settled against every file.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/people-and-ann.sh"
printf 'name: [unclosed\n' >"$REL_DIR/broken.yaml"
sleep 0.1
rel list >/dev/null 2>&1  # builds the index

# contact_files_looked_at ARGS...: runs rel under strace; lists the contact files it stat'ed or opened
# (rel's exit status goes to $T/status: this runs in a command substitution).
contact_files_looked_at() {
  set +e
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace -f -qq \
    -e trace=open,openat,stat,lstat,newfstatat,statx -o "$T/trace" "$REL" "$@" >/dev/null 2>"$T/err"
  echo $? >"$T/status"
  set -e
  # (stat calls that found nothing, such as checking whether WHO is a file name, do not count)
  grep -v ENOENT "$T/trace" | grep -o "\"$REL_DIR/[^\"]*\.yaml\"\|, \"[^\"]*\.yaml\"" | sed 's/^, //' | tr -d '"' |
    sed "s|^$REL_DIR/||" | grep -v '^\.\|/\.' | sort -u || true
}

expect_eq "$(contact_files_looked_at show "Ann Lee")" "broken.yaml
work/ann.yaml" "show by name: the chosen file, and the bad one (to warn about it)"
expect_eq "$(cat "$T/err")" "rel: warning: broken.yaml:2:1: end of sequence flow not found
rel: warning: skipped 1 file with problems (see \`rel check\`)" "the bad file is still reported"
expect_eq "$(contact_files_looked_at show work/ann)" "broken.yaml
work/ann.yaml" "show by id"
expect_eq "$(contact_files_looked_at log Annie --via call Lunch)" "broken.yaml
work/ann.yaml" "log by aka"
expect_eq "$(cat "$T/status")" 0 "log by aka succeeds"
expect_eq "$(contact_files_looked_at log "Ann Lee" --via email Notes)" "broken.yaml
work/ann.yaml" "log by name just after a write to the same file"

# An ambiguous name is settled against every file as it is now, so every file is stat'ed.
looked=$(contact_files_looked_at show "Person")
expect_eq "$(cat "$T/status")" 2 "an ambiguous name is an error"
expect_eq "$(grep -c "^p[0-9].yaml$" <<<"$looked")" 8 "an ambiguous name looks at every file"
