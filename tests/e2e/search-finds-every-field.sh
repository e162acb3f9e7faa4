# `rel search` finds text in names, aka, tags, email, details, date labels and values, since, unknown keys,
# promises and notes,
# one row per match with the contact, the date (of a note, or when a promise was made) and the field.
source "$(dirname "$0")/lib.sh"

write_contact work/alice-chen <<'EOF'
name: Alice Chen
aka: [Berliner]
tags: [client, berlin-circle]
since: 2019-05-02
email: alice@berlin.example
company: Berlin Labs
dates:
  Berlin move: 2027-04-01
  birthday: --03-14
details:
  berlin: flat in Mitte
  plans: moving to Berlin
promises:
  - what: send the Berlin guide
    made: 2026-11-20
    due: 2026-11-27
  - what: map of berlin
    due: 2026-12-01
log:
  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch. Berlin in spring.
  - date: 2026-10-01 09:30
    via: call
    by: them
    note: nothing here
EOF
write_contact ben <<'EOF'
name: Ben Berlinger
EOF

run_rel 0 search berlin --format tsv
expect_eq "$OUT" "$(printf '%s\n' \
  $'id\tname\tdate\tfield\ttext' \
  $'ben\tBen Berlinger\t\tname\tBen Berlinger' \
  $'work/alice-chen\tAlice Chen\t\taka\tBerliner' \
  $'work/alice-chen\tAlice Chen\t\ttags\tberlin-circle' \
  $'work/alice-chen\tAlice Chen\t\temail\talice@berlin.example' \
  $'work/alice-chen\tAlice Chen\t\tdetails.berlin\tflat in Mitte' \
  $'work/alice-chen\tAlice Chen\t\tdetails.plans\tmoving to Berlin' \
  $'work/alice-chen\tAlice Chen\t\tdates.Berlin move\t2027-04-01' \
  $'work/alice-chen\tAlice Chen\t\tcompany\tBerlin Labs' \
  $'work/alice-chen\tAlice Chen\t2026-11-20\tpromise\tsend the Berlin guide' \
  $'work/alice-chen\tAlice Chen\t2026-12-01\tpromise\tmap of berlin' \
  $'work/alice-chen\tAlice Chen\t2026-11-20\tnote\tLunch. Berlin in spring.')" "every field"

# Several words are one phrase.
run_rel 0 search berlin in spring
expect_eq "$OUT" "id               name        date        field  text
work/alice-chen  Alice Chen  2026-11-20  note   Lunch. Berlin in spring." "phrase, table"

# Tags, and dates by their value: the day of a yearly date, a year, `since`.
run_rel 0 search client --format tsv
expect_eq "$OUT" $'id\tname\tdate\tfield\ttext\nwork/alice-chen\tAlice Chen\t\ttags\tclient' "a tag"
run_rel 0 search 03-14 --format tsv
expect_eq "$OUT" $'id\tname\tdate\tfield\ttext\nwork/alice-chen\tAlice Chen\t\tdates.birthday\t--03-14' "a date's value"
run_rel 0 search 2019 --format tsv
expect_eq "$OUT" $'id\tname\tdate\tfield\ttext\nwork/alice-chen\tAlice Chen\t\tsince\t2019-05-02' "since"
