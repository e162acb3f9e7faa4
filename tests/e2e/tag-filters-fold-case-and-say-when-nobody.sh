# --tag matches as every name does, folded (case and accents: `--tag Family` finds `family`, `cafe` finds
# `Café`); a tag that no contact has is an error (exit 1) suggesting the close one or listing the tags,
# in every format, not an empty list that reads as "nobody is due".
source "$(dirname "$0")/lib.sh"

write_contact ana <<'EOF2'
name: Ana Alves
tags: [family]
EOF2
write_contact bo <<'EOF2'
name: Bo Berg
tags: [Café, client]
EOF2
write_contact cy <<'EOF2'
name: Cy Cole
tags: [client]
status: archived
EOF2

ids() { tail -n +2 <<<"$OUT" | cut -f1 | paste -sd' '; }
run_rel 0 who-to-call --tag Family --format tsv
expect_eq "$(ids)" "ana" "who-to-call --tag Family"
run_rel 0 list --tag FAMILY --format tsv
expect_eq "$(ids)" "ana" "list --tag FAMILY"
run_rel 0 list --tag cafe --format tsv
expect_eq "$(ids)" "bo" "list --tag cafe finds Café"
run_rel 0 who-to-call -t CAFÉ --format tsv
expect_eq "$(ids)" "bo" "who-to-call -t CAFÉ"

run_rel 1 who-to-call --tag famly
expect_eq "$ERR" 'rel: error: no contact is tagged "famly"; did you mean "family"?' "a typo"
expect_eq "$OUT" "" "nothing listed"
run_rel 1 list --tag golf --json
expect_eq "$ERR" 'rel: error: no contact is tagged "golf" (the tags are: Café, client, family)' "unknown, JSON"
expect_eq "$OUT" "" "no JSON"
run_rel 1 who-to-call --tag golf --format tsv
# A tag only an archived contact has is known: nobody is listed, and that is no error.
run_rel 0 list --tag Client --format tsv
expect_eq "$(ids)" "bo" "archived left out"
run_rel 0 list --tag client --all --format tsv
expect_eq "$(ids)" "bo cy" "archived with --all"
