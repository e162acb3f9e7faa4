# `rel who-to-call -n N` keeps the N most urgent; `--tag T` only contacts tagged T, in the same order.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

ids() { tail -n +2 <<<"$OUT" | cut -f1 | paste -sd' '; }

run_rel 0 who-to-call -n 2 --format tsv
expect_eq "$(ids)" "pam olga" "-n 2"
run_rel 0 who-to-call --tag client --format tsv
expect_eq "$(ids)" "pam olga ned" "--tag client"
run_rel 0 who-to-call --tag friend -n 1 --format tsv
expect_eq "$(ids)" "bea" "--tag friend -n 1"
run_rel 0 who-to-call --tag friend --all --format tsv
expect_eq "$(ids)" "bea hal" "--tag friend --all"

# Nobody tagged so is due: a friendly line in the table, only the header in TSV, [] in JSON; exit 0 each time.
write_contact gus <<'YAML'
name: Gus Green
tags: [family]
log:
  - {date: 2026-11-22, via: meeting, by: them}
YAML
run_rel 0 who-to-call --tag family
expect_eq "$OUT" "Nobody tagged family is due." "empty table"
run_rel 0 who-to-call --tag family --format tsv
expect_eq "$(wc -l <<<"$OUT")" "1" "empty TSV is its header"
run_rel 0 who-to-call --tag family --json
expect_eq "$OUT" "[]" "empty JSON"

# -n must be a positive number.
run_rel 2 who-to-call -n 0
run_rel 2 who-to-call -n many
