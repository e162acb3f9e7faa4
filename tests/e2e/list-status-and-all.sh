# `rel list` leaves archived and deceased contacts out; `--all` shows everyone and `--status S`
# (repeated or comma-separated) only those; a status column appears when someone is at rest.
source "$(dirname "$0")/lib.sh"

write_contact active <<'YAML'
name: Ada Active
log:
  - {date: 2026-11-20, via: call, by: them}
YAML
write_contact dormant <<'YAML'
name: Dora Dormant
status: dormant
YAML
write_contact snoozed <<'YAML'
name: Sam Snoozed
snooze: 2027-01-15
YAML
write_contact archived <<'YAML'
name: Arno Archived
status: archived
YAML
write_contact deceased <<'YAML'
name: Dieter Deceased
status: deceased
YAML

ids() { tail -n +2 <<<"$OUT" | cut -f1 | paste -sd' '; }
run_rel 0 list --format tsv
expect_eq "$(ids)" "active dormant snoozed" "default: archived and deceased left out"
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f9 | paste -sd' ')" "active dormant active" "TSV contact_status"
run_rel 0 list --all --format tsv
expect_eq "$(ids)" "active archived deceased dormant snoozed" "--all"
run_rel 0 list --status dormant --format tsv
expect_eq "$(ids)" "dormant" "--status dormant"
run_rel 0 list --status archived,deceased --format tsv
expect_eq "$(ids)" "archived deceased" "comma-separated"
run_rel 0 list --status archived --status active --format tsv
expect_eq "$(ids)" "active archived snoozed" "repeated (a snoozed contact is active)"
run_rel 0 list --status deceased --json
expect_eq "$(jq -c '.[] | [.id, .contact_status, .snooze, .status]' <<<"$OUT")" '["deceased","deceased",null,"ok"]' "JSON"
run_rel 0 list
expect_eq "$OUT" "id       name          health  trend  last        days  cadence  tags  status
active   Ada Active    71             2026-11-20  3     30d
dormant  Dora Dormant  23             never             30d            dormant
snoozed  Sam Snoozed   23             never             30d            snoozed until 2027-01-15" "status column"
# Once Sam's snooze is over, nobody listed rests: no status column.
REL_TODAY=2027-02-01 run_rel 0 list --status active
expect_eq "$(head -n 1 <<<"$OUT")" "id       name         health  trend  last        days  cadence  tags" "no status column when nobody rests"

run_rel 2 list --status asleep
expect_contains "$ERR" 'unknown --status "asleep"' "bad status"
