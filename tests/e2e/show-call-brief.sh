# `rel show` prints the call brief: contact, details, dates with days until, health, open promises, last interactions.
source "$(dirname "$0")/lib.sh"

write_contact work/alice-chen <<'EOF'
# The user's comment.
name: Alice Chen
aka: [Ali, Dr. Chen]
tags: [client, acme]
cadence: 2w
since: 2019-05-02
email: alice@example.com
phone: "+1 555 0100"
company: Acme Corp
dates:
  birthday: 1985-03-14
  wedding anniversary: 2012-06-30
  name day: --11-24
  Maya's birthday: 2019-11-23
details:
  spouse: Ben
  kids: Maya (7), Leo (4)
promises:
  - what: send the Berlin flat-hunting guide
    made: 2026-11-20
    due: 2026-11-27
  - what: book review
    made: 2026-10-01
    due: 2026-10-10
    done: 2026-10-09
  - what: intro to their CTO
    made: 2026-11-01
    due: 2026-11-20
    by: them
  - what: call the lawyer
    made: 2026-11-01
log:
  - date: 2026-11-20
    via: meeting
    by: me
    with: [ben-chen, gone]
    note: Lunch at Nopa. Moving to Berlin in spring.
  - date: 2026-10-01 09:30
    via: call
    by: them
    note: |-
      Long call.
      Zoë says hi.
  - date: 2026-11-02
    via: email
    by: me
EOF
write_contact ben-chen <<'EOF'
name: Ben Chen
EOF

run_rel 0 show alice
expect_eq "$OUT" "Alice Chen (aka Ali, Dr. Chen)
id       work/alice-chen
tags     client, acme
cadence  2w
since    2019-05-02
email    alice@example.com
phone    +1 555 0100
company  Acme Corp

details
  spouse  Ben
  kids    Maya (7), Leo (4)

dates
  birthday             1985-03-14 (turns 42 in 111 days)
  wedding anniversary  2012-06-30 (15 years in 219 days)
  name day             --11-24 (tomorrow)
  Maya's birthday      2019-11-23 (turns 7 today)

health 79 (↑25 in 30 days)
  time         ██████████  100
  intensity    ███████░░░  69
  reciprocity  ███████░░░  69
  trust        ███████░░░  67
  per month    ··········▄█  Dec–Nov, 3 in 12 months
  due          Maya's birthday today; name day tomorrow; waiting on Alice: intro to their CTO, 3 days late

promises (3 open, 1 kept)
  1dc5  intro to their CTO — by them, overdue 3d (2026-11-20)
  b42b  send the Berlin flat-hunting guide — due in 4 days (2026-11-27)
  1cd3  call the lawyer

last interactions (3)
  00a4  2026-11-20  meeting, by me, with Ben Chen, gone
        Lunch at Nopa. Moving to Berlin in spring.
  a91a  2026-11-02  email, by me
  3f2d  2026-10-01 09:30  call, by them
        Long call.
        Zoë says hi." "call brief"
[[ -z "$ERR" ]] || fail "unexpected stderr: $ERR"

# A contact with nothing but a name still gets a brief, with the cadence it inherits.
run_rel 0 show ben
expect_eq "$OUT" "Ben Chen
id       ben-chen
cadence  30d (default)

health 23 (no trend yet)
  time         ░░░░░░░░░░  0
  intensity    ░░░░░░░░░░  0
  reciprocity  █████░░░░░  50
  trust        █████░░░░░  50
  per month    ············  Dec–Nov, 0 in 12 months
  due          never logged, cadence 30d

interactions
  none yet" "minimal brief"
