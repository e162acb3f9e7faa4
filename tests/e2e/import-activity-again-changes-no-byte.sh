# A calendar and a mailbox imported twice: the first run is one git commit, the second changes no
# byte (the same checksums), makes no commit and says all is already there; a calendar exported
# again later with a new event adds only that one.
source "$(dirname "$0")/lib.sh"
git_identity
run_rel 0 init --git
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
printf 'git: {autocommit: true}\n' >>"$REL_DIR/.rel.yaml"
git -C "$REL_DIR" add -A && git -C "$REL_DIR" commit -qm "by hand"
commits=$(git -C "$REL_DIR" rev-list --count HEAD)

cd "$T"
run_rel 0 import work.ics Mail/INBOX archive.mbox
expect_eq "$(tail -n 1 <<<"$OUT")" \
  "12 logged for 4 contacts, 0 already there, 10 skipped: 1 all-day, 1 automatic, 1 cancelled, 1 declined, 1 large, 1 mailing list, 2 no contact, 1 no-reply sender, 1 solo; 1 suggested" \
  "the first run"
expect_eq "$(git -C "$REL_DIR" rev-list --count HEAD)" "$((commits + 1))" "one commit"
expect_eq "$(git -C "$REL_DIR" log -1 --format=%s)" \
  "import: work.ics and 2 more (12 logged for 4 contacts, 0 already there, 10 skipped: 1 all-day, 1 automatic, 1 cancelled, 1 declined, 1 large, 1 mailing list, 2 no contact, 1 no-reply sender, 1 solo; 1 suggested)" \
  "the commit's message"
expect_eq "$(git -C "$REL_DIR" status --porcelain)" "" "git status clean"
sums=$(cd "$REL_DIR" && sha256sum .rel.yaml *.yaml)
# The index has seen the files the import wrote: the next run reads the logs (and their refs) from it.
settle
rel list >/dev/null

run_rel 0 import work.ics Mail/INBOX archive.mbox
expect_eq "$(tail -n 1 <<<"$OUT")" \
  "0 logged for 0 contacts, 12 already there, 10 skipped: 1 all-day, 1 automatic, 1 cancelled, 1 declined, 1 large, 1 mailing list, 2 no contact, 1 no-reply sender, 1 solo; 1 suggested" \
  "the second run"
expect_eq "$(cd "$REL_DIR" && sha256sum .rel.yaml *.yaml)" "$sums" "no byte changed"
expect_eq "$(git -C "$REL_DIR" rev-list --count HEAD)" "$((commits + 1))" "no commit for nothing"

# Mail of a day already logged (a later message that day) adds nothing either.
printf '%s\r\n' 'From: me@example.com' 'To: alice@example.com' 'Date: Fri, 20 Nov 2026 19:00:00 +0100' \
  'Message-ID: <late@example.com>' 'Subject: One more thing' '' 'BODYMARKER' >"$T/Mail/INBOX/new/1763661600.11.host"
# The calendar exported again with one more meeting: only it is new.
sed -i 's/^END:VCALENDAR\r$//' work.ics
printf '%s\r\n' 'BEGIN:VEVENT' 'UID:new@example.com' 'DTSTART:20261122T100000Z' 'SUMMARY:Brunch' \
  'ORGANIZER:mailto:me@example.com' 'ATTENDEE:mailto:alice@example.com' 'END:VEVENT' 'END:VCALENDAR' >>work.ics
run_rel 0 import work.ics Mail/INBOX archive.mbox
expect_eq "$(grep -v '^skipped\|^suggested\|^(--add' <<<"$OUT")" "alice-chen: 2026-11-22 11:00 meeting by me: Brunch
1 logged for 1 contact, 12 already there, 10 skipped: 1 all-day, 1 automatic, 1 cancelled, 1 declined, 1 large, 1 mailing list, 2 no contact, 1 no-reply sender, 1 solo; 1 suggested" "only what is new"
expect_eq "$(git -C "$REL_DIR" diff HEAD~1 --stat | tail -n 1)" " 1 file changed, 5 insertions(+)" "five lines added"
