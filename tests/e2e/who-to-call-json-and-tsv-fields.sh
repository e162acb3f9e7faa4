# `rel who-to-call --json` records carry the contract's health fields (and, added since, act_today,
# contact_status and snooze: fields are added, never renamed); TSV has one header line and the id
# first, so `cut -f1 | xargs -n1 rel show` works.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

run_rel 0 who-to-call --json
expect_eq "$(jq -c '.[0] | keys' <<<"$OUT")" \
  '["act_today","cadence_days","contact_status","days_since","health","id","last","name","previous","reasons","sinews","snooze","status","trend","urgency","usual_gap_days"]' \
  "record fields"
# The promise overdue comes first: it can be lost today (act_today, urgency at least 100).
expect_eq "$(jq -c '.[0] | [.id, .act_today, .urgency, .status, .contact_status, .snooze, .reasons]' <<<"$OUT")" \
  '["pam",true,125.2,"due","active",null,["promise to send the guide overdue 3d"]]' "the most urgent record"
expect_eq "$(jq -c '.[] | select(.id == "olga") | [.id, .name, .health, .sinews, .trend, .last, .days_since, .cadence_days, .status, .act_today, .reasons]' <<<"$OUT")" \
  '["olga","Olga Ivanova",44,{"intensity":33.2,"reciprocity":70.2,"time":28.2,"trust":50},-20.5,"2026-09-22",62,30,"urgent",false,["62 days, cadence 30d"]]' \
  "the longest silence"
# Never logged: a defined health (22.5), no last contact, and no trend (no history).
expect_eq "$(jq -c '.[] | select(.id == "ned") | [.health, .last, .days_since, .status, .reasons, .trend, .previous]' <<<"$OUT")" \
  '[22.5,null,null,"due",["never logged, cadence 30d"],null,null]' "never logged"
expect_eq "$(jq -r '[.[] | .health | type] | unique | join(",")' <<<"$OUT")" "number" "health is a number"
expect_eq "$(jq -r '.[] | .urgency' <<<"$OUT" | sort -rn -c && echo sorted)" "sorted" "most urgent first"

run_rel 0 who-to-call --format tsv
expect_eq "$(head -n 1 <<<"$OUT")" \
  $'id\tname\thealth\ttrend\tstatus\turgency\tlast\tdays_since\tcadence_days\ttime\tintensity\treciprocity\ttrust\treasons\tcontact_status' \
  "TSV header"
expect_eq "$(sed -n 3p <<<"$OUT")" \
  $'olga\tOlga Ivanova\t44\t-20.5\turgent\t57.2\t2026-09-22\t62\t30\t28.2\t33.2\t70.2\t50\t62 days, cadence 30d\tactive' \
  "TSV row"
expect_eq "$(grep -P '^ned\t' <<<"$OUT" | cut -f4)" "" "no trend without history"
expect_eq "$(awk -F'\t' 'NF != 15' <<<"$OUT")" "" "15 cells per row"
# The pipeline of the spec: every id shows.
names=$(tail -n +2 <<<"$OUT" | cut -f1 | xargs -n1 "$REL" show | grep -E '^[A-Z]' | paste -sd',')
expect_eq "$names" "Pam Price,Olga Ivanova,Ned North,Bea Brown" "cut -f1 | xargs -n1 rel show"
