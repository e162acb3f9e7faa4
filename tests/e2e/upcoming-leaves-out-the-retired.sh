# `rel upcoming` leaves archived and deceased contacts out; `--all` adds the archived, and a deceased
# person's dates never come up (their promises do with --all); a dormant contact's still do.
source "$(dirname "$0")/lib.sh"

write_contact rose <<'YAML'
name: Rose Hughes
status: deceased
dates:
  birthday: 1936-11-25
promises:
  - {what: frame her photo for Mom, due: 2026-11-30}
YAML
write_contact hugo <<'YAML'
name: Hugo Brandt
status: archived
dates:
  birthday: 1975-11-26
YAML
write_contact marco <<'YAML'
name: Marco Bianchi
status: dormant
dates:
  birthday: 1983-11-24
YAML

run_rel 0 upcoming --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f3,6)" $'marco\tbirthday (turns 43)' "default"
run_rel 0 upcoming --all --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f3,6)" $'marco\tbirthday (turns 43)\nhugo\tbirthday (turns 51)\nrose\tpromise: frame her photo for Mom' "--all"
run_rel 0 who-to-call --all --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,14)" $'marco\tbirthday tomorrow; dormant\nhugo\tarchived\nrose\tdeceased' "who-to-call --all"
run_rel 0 show rose
expect_contains "$OUT" "  birthday  1936-11-25" "show keeps the date"
[[ "$OUT" != *"turns"* && "$OUT" != *"in 2 days"* ]] || fail "show announces a deceased person's birthday: $OUT"
