# `rel list` shows health and trend for every contact; `--sort health` puts the weakest first;
# its JSON records carry the health fields of the contract.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

run_rel 0 list
expect_eq "$OUT" "id    name          health  trend  last        days  cadence  tags
bea   Bea Brown     79      ↑15    2026-11-16  7     30d      friend
hal   Hal Hart      81      ↑9     2026-11-18  5     30d      friend
ned   Ned North     18             never             30d      client
olga  Olga Ivanova  40      ↓24    2026-09-22  62    30d      client
pam   Pam Price     73      ↑1     2026-11-10  13    30d      client" "by name"

run_rel 0 list --sort health --format tsv
expect_eq "$OUT" "$(printf '%s\n' \
  $'id\tname\thealth\ttrend\tlast\tdays\tcadence\ttags' \
  $'ned\tNed North\t17.5\t0\t\t\t30d\tclient' \
  $'olga\tOlga Ivanova\t40.1\t-23.9\t2026-09-22\t62\t30d\tclient' \
  $'pam\tPam Price\t72.9\t0.6\t2026-11-10\t13\t30d\tclient' \
  $'bea\tBea Brown\t79\t15\t2026-11-16\t7\t30d\tfriend' \
  $'hal\tHal Hart\t80.8\t8.9\t2026-11-18\t5\t30d\tfriend')" "--sort health: weakest first"

run_rel 0 list --sort last --tag client --json
expect_eq "$(jq -c '.[] | [.id, .health, .trend, .last, .days_since, .cadence_days, .status]' <<<"$OUT")" \
  '["ned",17.5,0,null,null,30,"due"]
["olga",40.1,-23.9,"2026-09-22",62,30,"urgent"]
["pam",72.9,0.6,"2026-11-10",13,30,"due"]' "--sort last: longest silence first"
expect_eq "$(jq -c '.[0] | keys' <<<"$OUT")" \
  '["cadence_days","days_since","health","id","last","name","previous","reasons","sinews","status","tags","trend","urgency","usual_gap_days"]' \
  "record fields"
expect_eq "$(jq -c '.[1].sinews' <<<"$OUT")" '{"intensity":33.2,"reciprocity":70.2,"time":28.2,"trust":50}' "sinews"
