# `rel show` has a health section: the score with its trend, the four sinews as bars, a sparkline of
# interactions per month over the last year, and why who-to-call lists them; JSON carries the same.
source "$(dirname "$0")/lib.sh"

# A "like" on the 20th does not end the silence since the call of 2026-10-20, and the meeting
# dated after today does not count yet.
write_contact zoe <<'YAML'
name: Zoë Adler
cadence: 2w
promises:
  - what: send the slides
    made: 2026-09-01
    due: 2026-09-05
    done: 2026-09-04
log:
  - {date: 2025-11-30, via: meeting, by: me}
  - {date: 2025-12-10, via: call, by: them}
  - {date: 2026-01-05, via: call, by: me}
  - {date: 2026-01-20, via: meeting, by: them}
  - {date: 2026-01-28, via: email, by: me}
  - {date: 2026-03-03, via: video, by: them}
  - {date: 2026-06-01, via: call, by: me}
  - {date: 2026-06-02, via: call, by: them}
  - {date: 2026-06-15, via: meeting, by: me}
  - {date: 2026-06-29, via: call, by: them}
  - {date: 2026-09-01, via: meeting, by: me}
  - {date: 2026-10-20, via: call, by: them}
  - {date: 2026-11-20, via: social, by: me}
  - {date: 2026-12-01, via: meeting, by: me}
YAML

run_rel 0 show zoe
# The fall is shown beside the score, but not said again as a reason: it is the silence already given.
expect_eq "$(sed -n '/^health/,/^$/p' <<<"$OUT")" "health 46 (↓33 in 30 days)
  time         ██░░░░░░░░  22
  intensity    ██░░░░░░░░  22
  reciprocity  ████████░░  82
  trust        ███████░░░  67
  per month    ▂▆·▂··█··▂▂▂  Dec–Nov, 12 in 12 months
  urgent       34 days, cadence 14d" "health section"

run_rel 0 show zoe --json
expect_eq "$(jq -c '[.health, .sinews, .trend, .previous, .last, .days_since, .cadence_days, .status, .reasons, .per_month, .usual_gap_days]' <<<"$OUT")" \
  '[46,{"intensity":22.3,"reciprocity":82.1,"time":22.1,"trust":66.7},-33.3,79.3,"2026-10-20",34,14,"urgent",["34 days, cadence 14d"],[1,3,0,1,0,0,4,0,0,1,1,1],15]' \
  "health fields"

# A month later the sparkline has moved on by one month and counts the meeting of 2026-12-01.
REL_TODAY=2026-12-02 run_rel 0 show zoe
expect_contains "$OUT" "  per month    ▆·▂··█··▂▂▂▂  Jan–Dec, 12 in 12 months" "next month"
