# `rel import -` reads standard input, its kind told from its first bytes (or --format): a vCard
# piped from another program, a CSV too; messages name it "stdin".
source "$(dirname "$0")/lib.sh"

printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n' | rel import - >"$T/out"
expect_eq "$(cat "$T/out")" $'new ann-lee (Ann Lee)\n1 new, 0 updated, 0 unchanged' "a vCard from stdin"

printf 'Name,Email,Birthday\nAnn Lee,ann@work.example,1990-05-17\n,,\nNo Mail,,\n' | rel import - >"$T/out"
expect_eq "$(cat "$T/out")" $'updated ann-lee: email ann@work.example, birthday 1990-05-17\nnew no-mail (No Mail)\n1 new, 1 updated, 0 unchanged' \
  "a CSV from stdin fills the same person"

printf 'BEGIN:VCARD\nFN:Bo Kim\n' | { rel import --format vcard - >/dev/null 2>"$T/err" && fail "a cut card is an error"; } || true
expect_contains "$(cat "$T/err")" "rel: error: stdin:1: card has no END:VCARD" "stdin named in messages"
run_rel 2 import - - </dev/null
expect_contains "$ERR" "standard input (-) can be imported once" "stdin twice"
