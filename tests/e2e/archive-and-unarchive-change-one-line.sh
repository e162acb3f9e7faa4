# `rel archive WHO` sets `status: archived` (one line), and the contact leaves who-to-call, upcoming,
# the report and `rel list`; `show` and `search` still find them, `--all` and `--status` list them;
# `rel unarchive WHO` sets `status: active` and brings them back.
source "$(dirname "$0")/lib.sh"

write_contact hugo-brandt <<'YAML'
# The 2025 shop rebuild.
name: Hugo Brandt
tags: [client]
dates:
  birthday: 1975-11-25
promises:
  - what: send the final report
    due: 2026-11-01
log:
  - {date: 2025-12-01, via: call, by: them, note: Final invoice paid.}
YAML
write_contact lena <<'YAML'
name: Lena Fischer
tags: [client]
log:
  - {date: 2026-11-20, via: meeting, by: me}
YAML

run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1)" "hugo-brandt" "listed before"

run_rel 0 archive hugo
expect_eq "$OUT" "archived Hugo Brandt" "archive"
expect_eq "$(cat "$REL_DIR/hugo-brandt.yaml")" "# The 2025 shop rebuild.
name: Hugo Brandt
tags: [client]
dates:
  birthday: 1975-11-25
promises:
  - what: send the final report
    due: 2026-11-01
status: archived
log:
  - {date: 2025-12-01, via: call, by: them, note: Final invoice paid.}" "one line added"
run_rel 0 archive hugo
expect_eq "$OUT" "Hugo Brandt is already archived; nothing changed" "archive twice"

# Out of the morning list, upcoming (his birthday in 2 days, his overdue promise), the report, list.
run_rel 0 who-to-call
expect_eq "$OUT" "Nobody is due: every relationship is healthy." "not in who-to-call"
run_rel 0 upcoming
expect_eq "$OUT" "nothing in the next 14 days" "not in upcoming"
run_rel 0 upcoming --all --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f3,5 | tr '\t\n' ': ')" "hugo-brandt:promise hugo-brandt:date " "upcoming --all"
run_rel 0 report --since 2025-01-01 --json
expect_eq "$(jq -c '[.won, .lost] | map(map(.id))' <<<"$OUT")" '[["lena"],[]]' "not won or lost"
run_rel 0 list --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1)" "lena" "not in list"
run_rel 0 list --all
expect_eq "$OUT" "id           name          health  trend  last        days  cadence  tags    status
hugo-brandt  Hugo Brandt   20      ↓5     2025-12-01  357   30d      client  archived
lena         Lena Fischer  73             2026-11-20  3     30d      client" "list --all"
run_rel 0 list --status archived --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,9)" $'hugo-brandt\tarchived' "list --status archived"
run_rel 0 who-to-call --all --json
expect_eq "$(jq -c '.[] | select(.id == "hugo-brandt") | [.status, .urgency, .act_today, .contact_status, .reasons]' <<<"$OUT")" \
  '["ok",0,false,"archived",["archived"]]' "who-to-call --all: at the end, not due"
run_rel 0 show hugo
expect_contains "$OUT" "status   archived" "show finds him"
run_rel 0 search invoice
expect_contains "$OUT" "hugo-brandt" "search finds him"

# Logging with an archived contact keeps them archived, and says how to bring them back.
run_rel 0 log hugo "coffee, he has a new company" --via meeting --by them
expect_contains "$OUT" "Hugo Brandt is archived: \`rel unarchive hugo-brandt\` brings them back" "hint"
expect_eq "$(grep '^status:' "$REL_DIR/hugo-brandt.yaml")" "status: archived" "still archived"

run_rel 0 unarchive hugo
expect_eq "$OUT" "unarchived Hugo Brandt" "unarchive"
expect_eq "$(sed -n 9p "$REL_DIR/hugo-brandt.yaml")" "status: active" "the same line, now active"
run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,14)" $'hugo-brandt\tpromise to send the final report overdue 22d; birthday in 2 days' "back"
run_rel 0 unarchive hugo
expect_eq "$OUT" "Hugo Brandt is not archived (active); nothing changed" "unarchive an active contact"

# A deceased contact is not unarchived into an active one.
run_rel 0 set lena status deceased
run_rel 0 unarchive lena
expect_eq "$OUT" "Lena Fischer is not archived (deceased); nothing changed" "deceased stays"
expect_eq "$(grep '^status:' "$REL_DIR/lena.yaml")" "status: deceased" "unchanged"

run_rel 1 archive nobody
run_rel 2 archive
run_rel 2 unarchive hugo lena
