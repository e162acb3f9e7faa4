# `rel list` shows health and trend for every contact; `--sort health` puts the weakest first;
# its JSON records carry the health fields of the contract.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

run_rel 0 list
expect_eq "$OUT" "id    name          health  trend  last        days  cadence  tags
bea   Bea Brown     77      ↑14    2026-11-16  7     30d      friend
hal   Hal Hart      79      ↑8     2026-11-18  5     30d      friend
ned   Ned North     23             never             30d      client
olga  Olga Ivanova  44      ↓21    2026-09-22  62    30d      client
pam   Pam Price     71             2026-11-10  13    30d      client" "by name"

# TSV ends with the contact's own status; a trend is empty before 30 days of history (Ned's none).
run_rel 0 list --sort health --format tsv
expect_eq "$OUT" "$(printf '%s\n' \
  $'id\tname\thealth\ttrend\tlast\tdays\tcadence\ttags\tcontact_status' \
  $'ned\tNed North\t22.5\t\t\t\t30d\tclient\tactive' \
  $'olga\tOlga Ivanova\t44\t-20.5\t2026-09-22\t62\t30d\tclient\tactive' \
  $'pam\tPam Price\t71.1\t0.4\t2026-11-10\t13\t30d\tclient\tactive' \
  $'bea\tBea Brown\t77.3\t13.6\t2026-11-16\t7\t30d\tfriend\tactive' \
  $'hal\tHal Hart\t79.1\t8.2\t2026-11-18\t5\t30d\tfriend\tactive')" "--sort health: weakest first"

run_rel 0 list --sort last --tag client --json
expect_eq "$(jq -c '.[] | [.id, .health, .trend, .last, .days_since, .cadence_days, .status]' <<<"$OUT")" \
  '["ned",22.5,null,null,null,30,"due"]
["olga",44,-20.5,"2026-09-22",62,30,"urgent"]
["pam",71.1,0.4,"2026-11-10",13,30,"due"]' "--sort last: longest silence first"
expect_eq "$(jq -c '.[0] | keys' <<<"$OUT")" \
  '["act_today","cadence_days","contact_status","days_since","health","id","last","name","previous","reasons","sinews","snooze","status","tags","trend","urgency","usual_gap_days"]' \
  "record fields"
expect_eq "$(jq -c '.[1].sinews' <<<"$OUT")" '{"intensity":33.2,"reciprocity":70.2,"time":28.2,"trust":50}' "sinews"
