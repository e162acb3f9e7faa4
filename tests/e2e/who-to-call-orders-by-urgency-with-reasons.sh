# `rel who-to-call` lists the due and decaying, most urgent first, each with its reasons in words:
# an overdue promise of yours (what can be lost today) above any silence, a contact never logged
# appears, a healthy one does not, and `--all` adds the healthy at the end.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/health-morning.sh"

run_rel 0 who-to-call
expect_eq "$OUT" "name          health  trend  silence    why
Pam Price     71             13d/30d    promise to send the guide overdue 3d
Olga Ivanova  44      ↓21    62d/30d    62 days, cadence 30d
Ned North     23             never/30d  never logged, cadence 30d
Bea Brown     77      ↑14    7d/30d     birthday in 2 days" "morning list"
[[ -z "$ERR" ]] || fail "unexpected stderr: $ERR"

run_rel 0 who-to-call --all
expect_eq "$(tail -n 1 <<<"$OUT")" "Hal Hart      79      ↑8     5d/30d" "--all ends with the healthy contact"
expect_eq "$(wc -l <<<"$OUT")" "6" "--all: header and five contacts"

# Logging a meeting with Olga today takes her off the list.
cat >>"$REL_DIR/olga.yaml" <<'YAML'
  - {date: 2026-11-23, via: meeting, by: me}
YAML
run_rel 0 who-to-call --format tsv
expect_eq "$(cut -f1 <<<"$OUT" | tail -n +2 | paste -sd' ')" "pam ned bea" "after meeting Olga"
