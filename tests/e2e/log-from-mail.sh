# `rel log --from-mail` logs the message on standard input (as mutt's pipe-message gives it) for the
# contacts it is between me and, by the rules of a mail import; a second time changes nothing; a
# list message or one from a stranger is not logged (exit 1); WHO and --from-mail do not go together.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cd "$T"
run_rel 0 log --from-mail <"Mail/INBOX/cur/1763712000.3.host:2,S"
expect_eq "$OUT" "logged email with Bob Stone on 2026-11-21 09:30, by me
logged email with Carol Díaz on 2026-11-21 09:30, by me" "logged for both"
expect_eq "$(cat "$REL_DIR/carol-diaz.yaml")" 'name: Carol Díaz
email: CAROL@example.org
log:
  - date: 2026-11-21 09:30
    via: email
    by: me
    with: [bob-stone]
    note: Grüße aus Berlin
    ref: mid:m2@example.com
# no log yet (a comment the file ends with stays last)' "carol's entry"
sums=$(cd "$REL_DIR" && sha256sum *.yaml)
run_rel 0 log --from-mail <"Mail/INBOX/cur/1763712000.3.host:2,S"
expect_eq "$OUT" "already logged: nothing to do" "again"
expect_eq "$(cd "$REL_DIR" && sha256sum *.yaml)" "$sums" "no byte changed"

# An mbox message with its "From " line, as some clients pipe it.
sed -n '1,11p' archive.mbox >one.mbox
run_rel 0 log --from-mail --no-subjects <one.mbox
expect_eq "$OUT" "logged email with Alice Chen on 2026-10-05 09:00, by them" "from an mbox"
expect_eq "$(tail -n 4 "$REL_DIR/alice-chen.yaml")" "  - date: 2026-10-05 09:00
    via: email
    by: them
    ref: mid:old1@acme.example" "no subject"
if grep -rq BODYMARKER "$REL_DIR"; then fail "a body reached a file"; fi

run_rel 1 log --from-mail <"Mail/INBOX/cur/1763550000.5.host:2,S"
expect_eq "$ERR" "rel: error: not logged: mailing list mail" "a list"
run_rel 1 log --from-mail <"Mail/INBOX/cur/1763200000.8.host:2,S"
expect_eq "$ERR" "rel: error: not logged: no contact has the address of me@example.com (and it must be between you and them)" "a stranger"
run_rel 2 log alice --from-mail </dev/null
expect_contains "$ERR" "--from-mail takes who, when, how and the note from the message" "WHO and --from-mail"
run_rel 2 log
expect_contains "$ERR" "log needs WHO" "no WHO"
