# `rel search` matches regardless of case and accents, both ways.
source "$(dirname "$0")/lib.sh"

write_contact zoe <<'EOF'
name: Zoë Ångström
log:
  - date: 2026-11-20
    via: call
    by: me
    note: Talked about CAFÉ Zoe.
EOF

run_rel 0 search zoe
expect_eq "$OUT" "id   name          date        field  text
zoe  Zoë Ångström              name   Zoë Ångström
zoe  Zoë Ångström  2026-11-20  note   Talked about CAFÉ Zoe." "plain query finds accented text"
run_rel 0 search ANGSTRÖM --json
expect_eq "$(jq -c '.' <<<"$OUT")" '[{"date":null,"field":"name","id":"zoe","name":"Zoë Ångström","text":"Zoë Ångström"}]' "json record"
run_rel 0 search "café" --json
expect_eq "$(jq -r '.[].date' <<<"$OUT")" "2026-11-20" "accented query finds accented text"
