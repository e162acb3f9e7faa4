# `rel import Mail/INBOX archive.mbox`: mail between me and a contact is one email entry per contact
# and day, by whoever wrote first that day (my same-day reply adds nothing), the subject (RFC 2047
# decoded, unfolded) as note and the Message-ID as ref; cur/ and new/ read, tmp/ not; an mbox's
# ">From " and unquoted "From " body lines stay in their message; lists, auto-replies and no-reply
# senders skipped; someone new I wrote to twice suggested; no body reaches any file.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"

cd "$T"
run_rel 0 import Mail/INBOX archive.mbox
expect_eq "$OUT" 'alice-chen: 2026-10-05 09:00 email by them: Coffee?
alice-chen: 2026-11-20 09:00 email by them: The Berlin flat
bob-stone: 2026-10-06 18:00 email by me: Tickets
bob-stone: 2026-11-21 09:30 email by me with carol-diaz: Grüße aus Berlin
carol-diaz: 2026-11-21 09:30 email by me with bob-stone: Grüße aus Berlin
juergen-mueller: 2026-11-19 10:15 email by them: Dinner on Friday?
suggested: Dana Ruiz <dana@new.example>, 2 messages from you
(--add-new adds the people suggested, dormant, with their address)
6 logged for 4 contacts, 0 already there, 5 skipped: 1 automatic, 1 mailing list, 2 no contact, 1 no-reply sender; 1 suggested' "the plan"
expect_eq "$ERR" "" "nothing on stderr"

expect_eq "$(cat "$REL_DIR/alice-chen.yaml")" '# Alice from Acme
name: Alice Chen
email: alice@example.com   # work
log:
  - date: 2026-10-01
    via: call
    by: me
    note: Intro call.   # the first one
  - date: 2026-10-05 09:00
    via: email
    by: them
    note: Coffee?
    ref: mid:old1@acme.example
  - date: 2026-11-20 09:00
    via: email
    by: them
    note: The Berlin flat
    ref: mid:a1@acme.example' "alice: one entry for the day of the thread, hers"
expect_eq "$(cat "$REL_DIR/bob-stone.yaml")" 'name: Bob Stone
email: [bob@example.com, bob@home.example]
log:
  - date: 2026-10-06 18:00
    via: email
    by: me
    note: Tickets
    ref: mid:old2@example.com
  - date: 2026-11-21 09:30
    via: email
    by: me
    with: [carol-diaz]
    note: Grüße aus Berlin
    ref: mid:m2@example.com' "bob: by his second address, a UTC date read in Berlin"
expect_eq "$(cat "$REL_DIR/juergen-mueller.yaml")" 'name: Jürgen Müller
email: jm@example.de
log:
  - date: 2026-11-19 10:15
    via: email
    by: them
    note: Dinner on Friday?
    ref: mid:j1@example.de' "juergen: an ISO-8859-1 sender, a folded subject"
if grep -rq BODYMARKER "$REL_DIR" "$XDG_CACHE_HOME"; then fail "a body reached a file"; fi
if grep -rq "Not yet\|From what\|From the start" "$REL_DIR"; then fail "tmp/ or a body line was read"; fi
[[ ! -e "$REL_DIR/dana-ruiz.yaml" ]] || fail "a suggestion was added without --add-new"

# --no-subjects: the same entries without notes.
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
run_rel 0 import --no-subjects Mail/INBOX
expect_eq "$(cat "$REL_DIR/juergen-mueller.yaml")" 'name: Jürgen Müller
email: jm@example.de
log:
  - date: 2026-11-19 10:15
    via: email
    by: them
    ref: mid:j1@example.de' "--no-subjects"
