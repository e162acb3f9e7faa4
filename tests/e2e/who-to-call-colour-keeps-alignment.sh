# On a terminal, who-to-call colours what needs acting on (a row with something to lose today in bold,
# an urgent silence in red, an overdue promise in red, a chase in yellow) and the columns stay aligned:
# without its escapes the coloured table is the plain one. Never in a pipe or with NO_COLOR.
source "$(dirname "$0")/lib.sh"

write_contact pam <<'YAML'
name: Pam Price
promises:
  - {what: send the guide, made: 2026-11-10, due: 2026-11-20}
log:
  - {date: 2026-11-10, via: meeting, by: me}
YAML
write_contact olga <<'YAML'
name: Olga Ivanova
log:
  - {date: 2026-09-22, via: meeting, by: me}
YAML
write_contact greta <<'YAML'
name: Greta Lind
cadence: 60d
log:
  - {date: 2026-11-02, via: email, by: me}
  - {date: 2026-11-09, via: email, by: me}
  - {date: 2026-11-16, via: email, by: me}
YAML
write_contact zoe <<'YAML'
name: Zoë Ångström
dates:
  birthday: 1990-11-23
log:
  - {date: 2026-11-20, via: call, by: them}
YAML

run_rel 0 who-to-call
plain=$OUT
esc=$'\e'
[[ "$plain" != *"$esc"* ]] || fail "escapes in a pipe"

if ! command -v script >/dev/null; then
  echo "script(1) not installed: skipping the terminal part"
  exit 0
fi
on_terminal() { script -qec "$(printf '%q ' "$REL" "$@")" /dev/null </dev/null | tr -d '\r'; }

unset NO_COLOR
coloured=$(on_terminal who-to-call)
expect_contains "$coloured" "${esc}[1mZoë Ångström${esc}[0m" "bold: something to lose today"
expect_contains "$coloured" "${esc}[33mbirthday today${esc}[0m" "a date today in yellow"
expect_contains "$coloured" "${esc}[31mpromise to send the guide overdue 3d${esc}[0m" "an overdue promise in red"
expect_contains "$coloured" "${esc}[31mOlga Ivanova${esc}[0m" "an urgent silence in red"
expect_contains "$coloured" "${esc}[33m3 contacts by you unanswered since 2026-11-02${esc}[0m" "a chase in yellow"
stripped=$(sed 's/\x1b\[[0-9;]*m//g' <<<"$coloured")
expect_eq "$stripped" "$plain" "aligned: the same table without its escapes"
out=$(NO_COLOR=1 on_terminal who-to-call)
[[ "$out" != *"$esc"* ]] || fail "escapes with NO_COLOR"
