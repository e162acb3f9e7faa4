# `rel tags` lists every tag with how many contacts have it (table, TSV, JSON); `rel tags rename OLD NEW`
# renames it in every file that has it, and in .rel.yaml's cadence.tags, by text edits, in one commit.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$REL_DIR"
write_contact alice <<'EOF'
name: Alice
tags: [client, acme]   # since 2024
EOF
write_contact bob <<'EOF'
name: Bob
tags:
  - family
  - client   # paying
EOF
write_contact work/cleo <<'EOF'
name: Cleo
tags: client
status: archived
EOF
write_contact dan <<'EOF'
name: Dan
tags: [customer, client]
EOF
git add -A && git commit --quiet -m "by hand"

run_rel 0 tags
expect_eq "$OUT" $'tag       contacts\nclient    4\nacme      1\ncustomer  1\nfamily    1' "most used first, archived counted"
run_rel 0 tags --format tsv
expect_eq "$OUT" $'tag\tcontacts\nclient\t4\nacme\t1\ncustomer\t1\nfamily\t1' "tsv"
run_rel 0 tags --json
expect_eq "$(jq -c . <<<"$OUT")" '[{"contacts":4,"tag":"client"},{"contacts":1,"tag":"acme"},{"contacts":1,"tag":"customer"},{"contacts":1,"tag":"family"}]' "json"

commits=$(git rev-list --count HEAD)
cp .rel.yaml "$T/settings"
run_rel 0 tags rename client customer
expect_eq "$OUT" "renamed tag client to customer in 4 contacts and in .rel.yaml" "report"
expect_eq "$(cat alice.yaml)" $'name: Alice\ntags: [customer, acme]   # since 2024' "flow list"
expect_eq "$(cat bob.yaml)" $'name: Bob\ntags:\n  - family\n  - customer   # paying' "block list"
expect_eq "$(cat work/cleo.yaml)" $'name: Cleo\ntags: customer\nstatus: archived' "single value"
expect_eq "$(cat dan.yaml)" $'name: Dan\ntags: [customer]' "a contact with both keeps one"
expect_eq "$(diff "$T/settings" .rel.yaml)" "6c6
<     client: 30d
---
>     customer: 30d" ".rel.yaml's cadence follows"
expect_eq "$(git rev-list --count HEAD)" "$((commits + 1))" "one commit"
expect_eq "$(git log -1 --format=%s)" "tags: rename client to customer" "commit message"
expect_eq "$(git status --porcelain)" "" "clean"
run_rel 0 check

run_rel 1 tags rename nosuch other
expect_eq "$ERR" "rel: error: no contact has the tag \"nosuch\" (see \`rel tags\`)" "unknown tag"
run_rel 2 tags rename acme "a,b"
run_rel 2 tags rename acme acme
