# A mail import says how many messages of a maildir or an mbox file it has read on stderr — only when stderr is a
# terminal, and the line is erased at the end; piped, stderr carries only real messages.
source "$(dirname "$0")/lib.sh"
: "${REL_BENCH_ACTIVITY:?REL_BENCH_ACTIVITY must name rel-bench-activity}"
command -v script >/dev/null || { echo "SKIP: script(1) is not installed"; exit 77; }
export TZ=UTC
"$REL_BENCH_ACTIVITY" journal "$REL_DIR" 50
mkdir -p "$T/Mail"
"$REL_BENCH_ACTIVITY" maildir "$T/Mail/INBOX" 1500 50

# progress SOURCE WHAT: piped, no progress and the import planned; on a terminal, the line, erased.
progress() {
  rel import --dry-run "$1" >"$T/out" 2>"$T/err"
  expect_eq "$(cat "$T/err")" "" "no progress on a piped stderr ($2)"
  expect_contains "$(tail -n 1 "$T/out")" " logged for 50 contacts, 0 already there" "planned ($2)"
  script -qefc "REL_PROGRESS_DELAY=0 \"$REL\" import --dry-run \"$1\" >/dev/null" "$T/typescript" >/dev/null </dev/null
  local tty
  tty=$(cat "$T/typescript")
  [[ $tty == *$'\rrel: reading '*"/1500 messages"* ]] || fail "no progress line ($2) in: $(cat -v "$T/typescript")"
  expect_contains "$tty" $'\r\033[K' "erased at the end ($2)"
}

progress "$T/Mail/INBOX" maildir

# The same messages in one mbox file: the same line.
for f in "$T"/Mail/INBOX/cur/* "$T"/Mail/INBOX/new/*; do
  printf 'From bench@example.com Sat Nov 21 09:00:00 2026\n'
  cat "$f"
  printf '\n'
done >"$T/inbox.mbox"
progress "$T/inbox.mbox" mbox
