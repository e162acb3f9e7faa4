# `rel upcoming` lists dates and promises due in the next 14 days (or --days N), overdue promises first,
# then by date and name.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
dates:
  birthday: 1985-11-30
promises:
  - what: send the guide
    due: 2026-11-25
  - what: call back
    due: 2026-11-10
  - what: already done
    due: 2026-11-24
    done: 2026-11-20
  - what: no due date
  - what: book the venue
    due: 2026-12-20
EOF
write_contact ben <<'EOF'
name: Ben Chen
dates:
  wedding anniversary: 2020-12-07
  name day: --11-23
  too late: --12-08
promises:
  - what: intro to their CTO
    due: 2026-11-25
    by: them
EOF

run_rel 0 upcoming
# A promise's entry is its address, for `rel kept ID ENTRY`.
expect_eq "$OUT" "date        when         id     name        what                                 entry
2026-11-10  overdue 13d  alice  Alice Chen  promise: call back                   7bb2
2026-11-23  today        ben    Ben Chen    name day
2026-11-25  in 2 days    alice  Alice Chen  promise: send the guide              4cac
2026-11-25  in 2 days    ben    Ben Chen    promise by them: intro to their CTO  ceb2
2026-11-30  in 7 days    alice  Alice Chen  birthday (turns 41)
2026-12-07  in 14 days   ben    Ben Chen    wedding anniversary (6 years)" "the next 14 days"
[[ -z "$ERR" ]] || fail "unexpected stderr: $ERR"

run_rel 0 upcoming --days 0
expect_eq "$OUT" "date        when         id     name        what                entry
2026-11-10  overdue 13d  alice  Alice Chen  promise: call back  7bb2
2026-11-23  today        ben    Ben Chen    name day" "--days 0: today and what is overdue"
run_rel 0 kept alice 7bb2
expect_eq "$OUT" 'kept "call back" (Alice Chen) on 2026-11-23' "the entry is what kept takes"

run_rel 0 upcoming --days 30 --format tsv
expect_eq "$(cut -f1,2,3,5 <<<"$OUT")" "$(printf '%s\n' \
  $'date\tdays\tid\tkind' \
  $'2026-11-23\t0\tben\tdate' \
  $'2026-11-25\t2\talice\tpromise' \
  $'2026-11-25\t2\tben\tpromise' \
  $'2026-11-30\t7\talice\tdate' \
  $'2026-12-07\t14\tben\tdate' \
  $'2026-12-08\t15\tben\tdate' \
  $'2026-12-20\t27\talice\tpromise')" "--days 30"

run_rel 2 upcoming --days -1
run_rel 2 upcoming --days soon

# Nothing coming up: a sentence for people, an empty list for programs.
rm "$REL_DIR/alice.yaml" "$REL_DIR/ben.yaml"
run_rel 0 upcoming
expect_eq "$OUT" "nothing in the next 14 days" "empty table"
run_rel 0 upcoming --json
expect_eq "$OUT" "[]" "empty json"
run_rel 0 upcoming --format tsv
expect_eq "$OUT" $'date\tdays\tid\tname\tkind\twhat\tentry' "empty tsv"
