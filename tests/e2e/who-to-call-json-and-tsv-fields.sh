# `rel who-to-call --json` records carry the contract's health fields; TSV has one header line and
# the id first, so `cut -f1 | xargs -n1 rel show` works.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

run_rel 0 who-to-call --json
expect_eq "$(jq -c '.[0] | keys' <<<"$OUT")" \
  '["cadence_days","days_since","health","id","last","name","previous","reasons","sinews","status","trend","urgency","usual_gap_days"]' \
  "record fields"
expect_eq "$(jq -c '.[0] | [.id, .name, .health, .sinews, .trend, .last, .days_since, .cadence_days, .status, .reasons]' <<<"$OUT")" \
  '["olga","Olga Ivanova",40.1,{"intensity":33.2,"reciprocity":70.2,"time":28.2,"trust":50},-23.9,"2026-09-22",62,30,"urgent",["62 days, cadence 30d","health down 24 in 30 days"]]' \
  "the most urgent record"
# Never logged: a defined health (17.5), no last contact.
expect_eq "$(jq -c '.[] | select(.id == "ned") | [.health, .last, .days_since, .status, .reasons]' <<<"$OUT")" \
  '[17.5,null,null,"due",["never logged, cadence 30d"]]' "never logged"
expect_eq "$(jq -r '[.[] | .health | type] | unique | join(",")' <<<"$OUT")" "number" "health is a number"
expect_eq "$(jq -r '.[] | .urgency' <<<"$OUT" | sort -rn -c && echo sorted)" "sorted" "most urgent first"

run_rel 0 who-to-call --format tsv
expect_eq "$(head -n 1 <<<"$OUT")" \
  $'id\tname\thealth\ttrend\tstatus\turgency\tlast\tdays_since\tcadence_days\ttime\tintensity\treciprocity\ttrust\treasons' \
  "TSV header"
expect_eq "$(sed -n 2p <<<"$OUT")" \
  $'olga\tOlga Ivanova\t40.1\t-23.9\turgent\t91.8\t2026-09-22\t62\t30\t28.2\t33.2\t70.2\t50\t62 days, cadence 30d; health down 24 in 30 days' \
  "TSV row"
expect_eq "$(awk -F'\t' 'NF != 14' <<<"$OUT")" "" "14 cells per row"
# The pipeline of the spec: every id shows.
names=$(tail -n +2 <<<"$OUT" | cut -f1 | xargs -n1 "$REL" show | grep -E '^[A-Z]' | paste -sd',')
expect_eq "$names" "Olga Ivanova,Ned North,Bea Brown,Pam Price" "cut -f1 | xargs -n1 rel show"
