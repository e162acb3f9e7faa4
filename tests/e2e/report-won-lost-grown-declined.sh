# `rel report` sorts relationships into won, lost, grown and declined over the period (default 90
# days), and counts the period's interactions by channel, touch and who reached out.
source "$(dirname "$0")/lib.sh"

write_contact won <<'YAML'
name: Wendy Won
cadence: 30d
log:
  - {date: 2026-10-01, via: meeting, by: them}
  - {date: 2026-11-01, via: call, by: me}
YAML
write_contact lost <<'YAML'
name: Larry Lost
cadence: 30d
log:
  - {date: 2026-05-01, via: meeting, by: me}
  - {date: 2026-06-01, via: call, by: them}
  - {date: 2026-07-01, via: meeting, by: me}
YAML
write_contact longlost <<'YAML'
name: Lena Longago
cadence: 30d
log:
  - {date: 2025-01-01, via: meeting, by: me}
YAML
write_contact grown <<'YAML'
name: Greta Grown
cadence: 30d
log:
  - {date: 2026-03-01, via: meeting, by: me}
  - {date: 2026-09-01, via: email, by: me}
  - {date: 2026-10-15, via: meeting, by: them}
  - {date: 2026-11-10, via: video, by: me}
  - {date: 2026-11-20, via: call, by: them}
YAML
write_contact declined <<'YAML'
name: Dora Declined
cadence: 30d
log:
  - {date: 2026-07-20, via: meeting, by: me}
  - {date: 2026-08-10, via: call, by: them}
  - {date: 2026-08-24, via: meeting, by: me}
  - {date: 2026-09-20, via: social, by: me}
  - {date: 2026-10-05, via: message, by: me}
YAML
write_contact steady <<'YAML'
name: Sam Steady
cadence: 30d
log:
  - {date: 2026-07-25, via: call, by: me}
  - {date: 2026-08-20, via: call, by: them}
  - {date: 2026-09-18, via: call, by: me}
  - {date: 2026-10-20, via: call, by: them}
  - {date: 2026-11-18, via: call, by: me}
YAML
write_contact never <<'YAML'
name: Nora Never
YAML
# Silent since June like Larry, but archived, and deceased: a relationship let go is not lost.
write_contact archived <<'YAML'
name: Arno Archived
status: archived
cadence: 30d
log:
  - {date: 2026-05-01, via: meeting, by: me}
  - {date: 2026-06-01, via: call, by: them}
YAML
write_contact deceased <<'YAML'
name: Dieter Deceased
status: deceased
cadence: 30d
log:
  - {date: 2026-06-15, via: meeting, by: me}
YAML

# Lena was lost long before the period and Nora never logged: neither is reported; Sam is steady;
# Arno and Dieter are never counted.
run_rel 0 report
expect_eq "$OUT" "report 2026-08-25 to 2026-11-23 (91 days)

won (1)
  Wendy Won      first contact 2026-10-01, health 69

lost (1)
  Larry Lost     silent since 2026-07-01, lost 2026-09-30

grown (1)
  Greta Grown    health 26 → 80 (↑54)

declined (1)
  Dora Declined  health 80 → 38 (↓42)

interactions (11)
  high-touch  8   73%  meeting 2, call 5, video 1
  low-touch   3   27%  message 1, email 1, letter 0, social 1
  other       0    0%

reciprocity
  by me 7 (64%), by them 4 (36%)" "default report"

run_rel 0 report --json
expect_eq "$(jq -c '[.since, .today, .days, .interactions]' <<<"$OUT")" '["2026-08-25","2026-11-23",91,11]' "period"
expect_eq "$(jq -c '[.won, .lost, .grown, .declined] | map(map(.id))' <<<"$OUT")" '[["won"],["lost"],["grown"],["declined"]]' "buckets"
expect_eq "$(jq -c '.lost[0]' <<<"$OUT")" \
  '{"after":29.8,"before":47.8,"change":-18,"first":"2026-05-01","id":"lost","last":"2026-07-01","lost_on":"2026-09-30","name":"Larry Lost"}' \
  "a lost record"
expect_eq "$(jq -c '[.channels, .touch, .reciprocity]' <<<"$OUT")" \
  '[{"call":5,"email":1,"letter":0,"meeting":2,"message":1,"other":0,"social":1,"video":1},{"high":8,"low":3,"other":0},{"by_me":7,"by_them":4,"share_by_me":63.6}]' \
  "channel mix and reciprocity"

run_rel 0 report --format tsv
expect_eq "$OUT" "$(printf '%s\n' \
  $'bucket\tid\tname\tbefore\tafter\tchange\tfirst\tlast\tlost_on' \
  $'won\twon\tWendy Won\t22.5\t68.8\t46.3\t2026-10-01\t2026-11-01\t' \
  $'lost\tlost\tLarry Lost\t47.8\t29.8\t-18\t2026-05-01\t2026-07-01\t2026-09-30' \
  $'grown\tgrown\tGreta Grown\t26\t80.1\t54.1\t2026-03-01\t2026-11-20\t' \
  $'declined\tdeclined\tDora Declined\t79.8\t38\t-41.8\t2026-07-20\t2026-10-05\t')" "TSV rows"

# A shorter period: Wendy was won and Larry lost before it; Dora still fell.
run_rel 0 report --since 2026-11-01 --json
expect_eq "$(jq -c '[.days, ([.won, .lost, .grown, .declined] | map(map(.id))), .interactions]' <<<"$OUT")" \
  '[23,[[],[],[],["declined"]],4]' "--since 2026-11-01"
run_rel 0 report --since "2 weeks ago" --json
expect_eq "$(jq -r .since <<<"$OUT")" "2026-11-09" "--since takes WHEN"
run_rel 0 report --since "1 year ago" --json
# A year: everyone first met in it is won, in order of the first entry, Larry both won and lost;
# Lena, lost in April 2025, is still not reported.
expect_eq "$(jq -c '[.won, .lost] | map(map(.id))' <<<"$OUT")" '[["grown","lost","declined","steady","won"],["lost"]]' "a year"

# A WHEN that is not understood is an error, never silently replaced.
run_rel 2 report --since "the other day"

# A period that starts after today is reversed: refused, saying why (it was an empty report, exit 0).
run_rel 2 report --since tomorrow --json
expect_eq "$ERR" "rel: error: --since 2026-11-24 is after today (2026-11-23): a report covers a period that ends today" \
  "reversed period"
expect_eq "$OUT" "" "no report"
