# When nobody is due, `rel who-to-call` says so in a friendly line and exits 0.
source "$(dirname "$0")/lib.sh"

write_contact hal <<'YAML'
name: Hal Hart
cadence: 30d
log:
  - {date: 2026-09-10, via: meeting, by: me}
  - {date: 2026-10-05, via: call, by: them}
  - {date: 2026-10-30, via: meeting, by: me}
  - {date: 2026-11-18, via: call, by: them}
YAML

run_rel 0 who-to-call
expect_eq "$OUT" "Nobody is due: every relationship is healthy." "friendly line"
run_rel 0 who-to-call --format tsv
expect_eq "$OUT" $'id\tname\thealth\ttrend\tstatus\turgency\tlast\tdays_since\tcadence_days\ttime\tintensity\treciprocity\ttrust\treasons\tcontact_status' "header only"
run_rel 0 who-to-call --json
expect_eq "$OUT" "[]" "empty array"

# An empty journal says how to start.
rm "$REL_DIR/hal.yaml"
run_rel 0 who-to-call
expect_eq "$OUT" 'No contacts yet: add one with `rel add NAME`.' "empty journal"
