# The `health:` keys of .rel.yaml tune who-to-call; a bad value is reported at FILE:LINE:COL.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

# Due only after three cadences, dates only on the day, and a looser decay line: Olga (62 days,
# 30d cadence) is no longer due by silence, Bea's birthday in 2 days is beyond the horizon.
cat >"$REL_DIR/.rel.yaml" <<'YAML'
health:
  due_cadences: 3
  urgent_cadences: 4
  date_horizon_days: 0
  falling_points: 50
  low_health: 10
  trend_days: 2w
YAML
run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,14)" $'pam\tpromise to send the guide overdue 3d\nned\tnever logged, cadence 30d' "tuned list"
run_rel 0 show olga
expect_contains "$OUT" "in 14 days)" "trend_days: 2w"

cat >"$REL_DIR/.rel.yaml" <<'YAML'
health:
  weight_time: lots
  trend_days: 0
  rhythm_weight: 2
  no_such_key: 1
YAML
run_rel 1 check
expect_eq "$OUT" '.rel.yaml:2:16: health.weight_time must be a number from 0 to 100
.rel.yaml:3:15: health.trend_days must be a whole number from 1 to 3650 (days, or e.g. 30d)
.rel.yaml:4:18: health.rhythm_weight must be a number from 0 to 1
.rel.yaml:5:3: unknown key "no_such_key" under health (see HEALTH in rel(1))' "every bad value at FILE:LINE:COL"
# Listings still run with the defaults, warning about the settings.
run_rel 0 who-to-call --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1 | paste -sd' ')" "pam olga ned bea" "defaults after bad settings"
expect_contains "$ERR" ".rel.yaml:2:16:" "warned"
