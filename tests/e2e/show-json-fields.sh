# `rel show --json` is one object whose field names are part of the contract.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
aka: [Ali]
tags: [client]
since: 2019-05-02
email: alice@example.com
company: Acme Corp
dates:
  birthday: 1985-03-14
details:
  spouse: Ben
promises:
  - what: book review
    made: 2026-10-01
    due: 2026-10-10
    done: 2026-10-12
  - what: send the guide
    made: 2026-11-20
    due: 2026-11-20
log:
  - date: 2026-11-20
    via: meeting
    by: them
    with: [ben]
    note: Lunch.
  - date: 2026-10-01 09:30
    via: call
    by: me
EOF
write_contact ben <<'EOF'
name: Ben Chen
EOF
printf 'cadence:\n  tags: {client: 3w}\n' >"$REL_DIR/.rel.yaml"

run_rel 0 show alice --json
expect_eq "$(jq -c 'keys' <<<"$OUT")" \
  '["act_today","aka","cadence_days","contact_status","dates","days_since","details","email","emails","extra","health","id","last","log","name","org","per_month","phone","phones","previous","promises","reasons","since","sinews","snooze","status","tags","title","trend","uid","urgency","usual_gap_days"]' \
  "top-level fields"
expect_eq "$(jq -c '[.id, .name, .aka, .tags, .cadence_days, .since, .email, .phone, .last, .days_since]' <<<"$OUT")" \
  '["alice","Alice Chen",["Ali"],["client"],21,"2019-05-02","alice@example.com",null,"2026-11-20",3]' "contact fields"
# Health as in every listing: trust is 100 * (0.4 kept late + 1 prior) / (0.4 + 1.1 overdue 3d + 2 prior) = 40.
expect_eq "$(jq -c '[.health, .sinews, .trend, .previous, .status, .reasons, .usual_gap_days, .per_month]' <<<"$OUT")" \
  '[73.5,{"intensity":70,"reciprocity":66.1,"time":100,"trust":40},11.1,62.4,"due",["promise to send the guide overdue 3d"],null,[0,0,0,0,0,0,0,0,0,0,1,1]]' \
  "health fields"
expect_eq "$(jq -c '.details' <<<"$OUT")" '{"spouse":"Ben"}' "details object"
expect_eq "$(jq -c '.extra' <<<"$OUT")" '{"company":"Acme Corp"}' "unknown keys kept"
expect_eq "$(jq -c '.dates' <<<"$OUT")" \
  '[{"date":"1985-03-14","days_until":111,"label":"birthday","next":"2027-03-14","years":42}]' "dates"
expect_eq "$(jq -c '.promises' <<<"$OUT")" \
  '[{"address":"e50d","by":"me","done":"2026-10-12","due":"2026-10-10","made":"2026-10-01","overdue_days":null,"what":"book review"},{"address":"48ac","by":"me","done":null,"due":"2026-11-20","made":"2026-11-20","overdue_days":3,"what":"send the guide"}]' \
  "promises: all of them, each with its address"
expect_eq "$(jq -c '.log' <<<"$OUT")" \
  '[{"address":"211c","by":"me","date":"2026-10-01 09:30","note":"","ref":null,"via":"call","with":[]},{"address":"a521","by":"them","date":"2026-11-20","note":"Lunch.","ref":null,"via":"meeting","with":["ben"]}]' \
  "log in date order"
