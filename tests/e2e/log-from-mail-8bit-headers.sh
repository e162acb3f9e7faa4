# `rel log --from-mail` on a message whose headers hold raw 8-bit bytes that are not UTF-8 (a code
# point past U+10FFFF in the subject, Latin-1 in the Message-ID) logs it, as UTF-8: the subject with
# U+FFFD, the id read as Windows-1252. Before, the entry was refused as "not UTF-8 text" (fuzz
# finding in the mail header reader).
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cd "$T"
printf 'From: Alice Chen <alice@example.com>\nTo: me@example.com\nDate: Mon, 16 Nov 2026 09:00:00 +0000\nMessage-ID: <a\xe9@acme.example>\nSubject: caf\xf6\xac\x8a\xa3 time\n\nBODYMARKER\n' >odd.eml
run_rel 0 log --from-mail <odd.eml
expect_eq "$OUT" "logged email with Alice Chen on 2026-11-16 10:00, by them" "logged"
expect_eq "$(tail -n 5 "$REL_DIR/alice-chen.yaml")" "  - date: 2026-11-16 10:00
    via: email
    by: them
    note: caf���� time
    ref: mid:aé@acme.example" "UTF-8 in the file"
run_rel 0 check
