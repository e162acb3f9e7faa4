# Arguments are text, kept exactly as typed: "[a,b]" is not a list, and a repeatable
# option takes one value per use, never the words after it.
source "$(dirname "$0")/lib.sh"

run_rel 0 add --tag client Alice Chen
expect_eq "$OUT" "alice-chen" "the words after --tag VALUE are the name"
run_rel 0 add -t friend -t "[vip]" Ben Stone
expect_eq "$(cat "$REL_DIR/ben-stone.yaml")" 'name: Ben Stone
tags: [friend, "[vip]"]' "two tags, the bracketed one verbatim"

run_rel 0 log alice "[draft] a,b [x]" and more --via call
run_rel 0 log alice "[a,b]"
run_rel 0 promise alice "[urgent] send the deck" --due tomorrow
run_rel 0 show alice --json
expect_eq "$(jq -r '.log[].note' <<<"$OUT")" '[draft] a,b [x] and more
[a,b]' "notes kept verbatim"
expect_eq "$(jq -r '.promises[].what' <<<"$OUT")" '[urgent] send the deck' "promise text kept verbatim"

run_rel 0 search "[draft]" --format tsv
expect_eq "$(cut -f5 <<<"$OUT" | tail -n +2)" '[draft] a,b [x] and more' "search for a bracketed word"
