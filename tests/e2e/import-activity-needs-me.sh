# Calendar and mail imports need to know who "me" is: without `me:` in .rel.yaml they say how to set
# it, write nothing and exit 1; a bad `me:` is named by rel check.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
rm "$REL_DIR/.rel.yaml"
sums=$(cd "$REL_DIR" && sha256sum *.yaml)
cd "$T"
for source in work.ics Mail/INBOX archive.mbox; do
  run_rel 1 import "$source"
  expect_eq "$ERR" "rel: error: who you are is not set: calendar and mail imports tell your invitations and messages by your addresses; add them to .rel.yaml as \`me: {email: [you@example.com]}\` (nothing was imported)" "$source"
  expect_eq "$OUT" "" "no plan"
done
run_rel 1 log --from-mail <Mail/INBOX/cur/1763629200.1.host:2,S
expect_contains "$ERR" "who you are is not set" "log --from-mail"
expect_eq "$(cd "$REL_DIR" && sha256sum *.yaml)" "$sums" "nothing written"

printf 'me: {email: [me-at-example.com], mail: x}\n' >"$REL_DIR/.rel.yaml"
run_rel 1 check
expect_contains "$OUT" '.rel.yaml:1:14: me.email: "me-at-example.com" is not an email address' "a bad address"
expect_contains "$OUT" '.rel.yaml:1:34: unknown key "mail" under me (expected email)' "an unknown key"
