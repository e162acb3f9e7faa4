# A month of mornings, replayed: a consultant's journal of 25 people (fixtures/month: clients,
# prospects, investors, family, lapsed and dormant friends, a deceased grandfather, a chase, a busy
# November with Mom) from 2026-11-06 to 2026-12-05. Each morning `rel who-to-call` is read as a person
# would read it, then the day's `rel log`, `kept`, `snooze`, `archive` and `set` are made. Checked: the
# top of each morning's list and its reasons, and every morning that what can be lost today comes
# first, that a fall is never said beside the silence it repeats, and that nobody retired or resting
# is listed for silence.
source "$(dirname "$0")/lib.sh"

cp -R "$REL_SOURCE_DIR/tests/e2e/fixtures/month/." "$REL_DIR"
run_rel 0 check
expect_eq "$ERR" "25 contacts checked, no problems" "the journal is valid"

# What a person expects at the top of each morning's list: who, and why.
declare -A top=(
  [2026-11-06]="Tom Becker|promise to send the quote overdue 1d"
  [2026-11-07]="Tom Becker|promise to send the quote overdue 2d"
  [2026-11-08]="Tom Becker|promise to send the quote overdue 3d"
  [2026-11-09]="David Kim|birthday tomorrow"
  [2026-11-10]="David Kim|birthday today"
  [2026-11-11]="Kenji Watanabe|114 days, cadence 30d"
  [2026-11-12]="Kenji Watanabe|115 days, cadence 30d"
  [2026-11-13]="Kenji Watanabe|116 days, cadence 30d"
  [2026-11-14]="Kenji Watanabe|117 days, cadence 30d"
  [2026-11-15]="Kenji Watanabe|118 days, cadence 30d"
  [2026-11-16]="Kenji Watanabe|119 days, cadence 30d"
  [2026-11-17]="Lena Fischer|promise to send the workshop agenda due today"
  [2026-11-18]="Kenji Watanabe|121 days, cadence 30d"
  [2026-11-19]="Kenji Watanabe|122 days, cadence 30d"
  [2026-11-20]="Kenji Watanabe|123 days, cadence 30d"
  [2026-11-21]="Daniel Okafor|98 days, cadence 45d"
  [2026-11-22]="Daniel Okafor|99 days, cadence 45d"
  [2026-11-23]="Daniel Okafor|100 days, cadence 45d"
  [2026-11-24]="Sofia Rossi|birthday tomorrow"
  [2026-11-25]="Sofia Rossi|birthday today"
  [2026-11-26]="Oscar Lindqvist|14 days, cadence 7d"
  [2026-11-27]="Marco Bianchi|birthday tomorrow; dormant"
  [2026-11-28]="Marco Bianchi|birthday today; dormant"
  [2026-11-29]="Anna Kowalski|never logged, cadence 180d"
  [2026-11-30]="Tom Becker|14 days, cadence 14d"
  [2026-12-01]="Eva Hughes|8 days, cadence 7d"
  [2026-12-02]="Eva Hughes|9 days, cadence 7d"
  [2026-12-03]="Eva Hughes|10 days, cadence 7d"
  [2026-12-04]="Eva Hughes|11 days, cadence 7d"
  [2026-12-05]="Tom Becker|19 days, cadence 14d"
)

row_of() { awk -F'\t' -v name="$1" '$2 == name {print $14}' <<<"$TSV"; }
listed() { [[ -n "$(awk -F'\t' -v name="$1" '$2 == name' <<<"$TSV")" ]]; }
health_of() { jq -r --arg id "$1" '.[] | select(.id == $id) | .health' <<<"$ALL"; }

morning() {
  local day=$REL_TODAY
  run_rel 0 who-to-call --format tsv
  TSV=$(tail -n +2 <<<"$OUT")
  expect_eq "$(head -n 1 <<<"$TSV" | cut -f2,14 | tr '\t' '|')" "${top[$day]}" "$day: the top of the list"
  run_rel 0 who-to-call --json
  JSON=$OUT
  # What can be lost today comes first, above any silence.
  expect_eq "$(jq '[.[] | .act_today] == ([.[] | .act_today] | sort | reverse)' <<<"$JSON")" "true" "$day: today's first"
  # A fall is never said beside the silence it repeats (Mom on Dec 5, Tom, Raj...).
  expect_eq "$(jq -r '.[] | select((.reasons | any(startswith("health down"))) and (.reasons | any(test("^[0-9]+ days?, cadence")))) | .name' <<<"$JSON")" \
    "" "$day: no second alarm"
  # Nobody archived or deceased, ever; nobody at rest for silence.
  expect_eq "$(jq -r '.[] | select(.contact_status == "archived" or .contact_status == "deceased") | .name' <<<"$JSON")" "" "$day: retired"
  expect_eq "$(jq -r '.[] | select(.contact_status == "dormant" and (.reasons | any(test(", cadence")))) | .name' <<<"$JSON")" "" "$day: dormant"
  run_rel 0 who-to-call --all --json
  ALL=$OUT
}

export REL_TODAY=2026-11-06
while [[ "$REL_TODAY" < 2026-12-06 ]]; do
  morning
  case $REL_TODAY in
    2026-11-06)
      # Ana (510 days) and Hugo (a project that ended) top the silences: let them go, as a person would.
      listed "Ana Pereira" || fail "Ana is due before she is snoozed"
      listed "Hugo Brandt" || fail "Hugo is due before he is archived"
      listed "Eva Hughes" || fail "Grandma, never logged, is due"
      # Among the never-logged, Grandma (7d) before the acquaintances (180d).
      expect_eq "$(awk -F'\t' '$14 ~ /^never logged/ {print $2}' <<<"$TSV" | paste -sd,)" \
        "Eva Hughes,Anna Kowalski,Ben Ortiz,Hannah Müller" "never logged, shortest cadence first"
      run_rel 0 snooze ana 60d
      expect_eq "$OUT" "snoozed Ana Pereira until 2027-01-05" "snooze"
      run_rel 0 archive hugo
      run_rel 0 log mom "lunch in town" --via meeting
      run_rel 0 log hannah "met at the product meetup, she wants to compare notes" --via meeting --by them
      ;;
    2026-11-07)
      ! listed "Ana Pereira" || fail "snoozed Ana is listed"
      ! listed "Hugo Brandt" || fail "archived Hugo is listed"
      expect_eq "$(row_of "Lukas Weber")" "211 days, cadence 180d" "Lukas before he rests"
      run_rel 0 set lukas status dormant
      ;;
    2026-11-08)
      ! listed "Lukas Weber" || fail "dormant Lukas is listed"
      run_rel 0 log jamie "Sunday call" --via call
      ;;
    2026-11-09)
      expect_eq "$(sed -n 2p <<<"$TSV" | cut -f2,14)" $'Tom Becker\tpromise to send the quote overdue 4d' "second"
      # Hannah, met three days ago, has no trend (not "↑58").
      expect_eq "$(jq -r '.[] | select(.id == "friends/hannah-muller") | .trend' <<<"$ALL")" "null" "no trend for Hannah"
      run_rel 0 log grandma "first Sunday call I wrote down" --via call
      run_rel 0 log mom "phone" --via call
      ;;
    2026-11-10)
      # The issue's morning: David's birthday and Tom's overdue quote above every silence.
      expect_eq "$(sed -n 2p <<<"$TSV" | cut -f2,14)" $'Tom Becker\tpromise to send the quote overdue 5d' "second"
      run_rel 0 log david "birthday call" --via call
      run_rel 0 kept tom quote
      run_rel 0 log tom "sent the quote" --via email
      run_rel 0 log greta "last try: a case study from her industry" --via email
      ;;
    2026-11-11)
      # Six weekly emails never answered: a chase, said, and well below a dinner they invited me to
      # twenty days ago (Paul), whatever the cadences.
      expect_eq "$(row_of "Greta Lind")" "6 contacts by you unanswered since 2026-10-06" "the chase"
      greta=$(health_of prospects/greta-lind)
      paul=$(health_of friends/paul-meyer)
      [[ $(jq -n "$paul - $greta >= 10") == true ]] || fail "chase $greta vs dinner $paul: not 10 apart"
      ! listed "Paul Meyer" || fail "Paul is listed"
      # Grandma, first logged two days ago though known for thirty years: no trend either.
      expect_eq "$(jq -r '.[] | select(.id == "family/grandma-eva") | .trend' <<<"$ALL")" "null" "no trend for Grandma"
      ;;
    2026-11-12)
      run_rel 0 log nina "weekly sync" --via video --by them
      run_rel 0 log oscar "invoice question" --via message
      ;;
    2026-11-13)
      expect_eq "$(row_of "Tom Becker")" "waiting on Tom: introduce me to their CFO, 1 day late" "what Tom owes"
      expect_eq "$(row_of "Raj Patel")" "30 days, cadence 30d" "Raj due"
      ;;
    2026-11-14) run_rel 0 log mom "she came over" --via meeting --by them ;;
    2026-11-16)
      expect_eq "$(row_of "Priya Nair")" "waiting on Priya: introduce me to Jonas at Northstar, 1 day late" "what Priya owes"
      run_rel 0 log raj "catch-up" --via call
      run_rel 0 log tom "intro to their CFO" --via email --by them
      run_rel 0 kept tom CFO
      run_rel 0 log grandma "Sunday call" --via call --by them
      ;;
    2026-11-17)
      run_rel 0 kept lena
      run_rel 0 log lena "agenda sent" --via email
      run_rel 0 log greta "a quick question" --via email
      ;;
    2026-11-18) run_rel 0 log alice "milestone review" --via meeting && run_rel 0 log mom "call" --via call --by them ;;
    2026-11-19)
      run_rel 0 log priya "intro to Jonas" --via email --by them
      run_rel 0 kept priya
      run_rel 0 log nina "weekly sync" --via video
      ;;
    2026-11-20)
      # Grandpa Karl's birthday: he died in March; it is never announced.
      [[ "$(jq -r '.[] | select(.id == "family/grandpa-karl") | .reasons | join(";")' <<<"$ALL")" == deceased ]] ||
        fail "Karl's reasons"
      run_rel 0 upcoming --days 0
      [[ "$OUT" != *Karl* ]] || fail "a deceased person's birthday in upcoming"
      run_rel 0 log kenji "phase 2 starts in January" --via call
      ;;
    2026-11-21) run_rel 0 log mom "dinner, the last visit of the month" --via meeting ;;
    2026-11-22) run_rel 0 log jamie "call" --via call --by them ;;
    2026-11-23)
      run_rel 0 log grandma "Sunday call" --via call
      run_rel 0 log daniel "long call, he took the job" --via call
      ;;
    2026-11-24)
      expect_eq "$(row_of "Greta Lind")" "7 contacts by you unanswered since 2026-10-06" "still chasing"
      run_rel 0 log greta "finally an answer: not this quarter" --via email --by them
      ;;
    2026-11-25)
      ! listed "Greta Lind" || fail "Greta answered: no chase"
      run_rel 0 log sofia "birthday call" --via call
      run_rel 0 log lukas "ran into him at the station" --via meeting --by them
      expect_contains "$OUT" "Lukas Weber is active again" "Lukas wakes"
      ;;
    2026-11-26)
      run_rel 0 log nina "weekly sync" --via video --by them
      run_rel 0 log oscar "planning December" --via call
      ;;
    2026-11-28)
      run_rel 0 log marco "birthday call, forty minutes" --via call
      expect_contains "$OUT" "Marco Bianchi is active again" "Marco wakes"
      ;;
    2026-11-29) ! listed "Marco Bianchi" || fail "Marco, called yesterday, is listed" ;;
    2026-12-03)
      run_rel 0 log nina "weekly sync" --via video
      run_rel 0 log oscar "December invoice" --via message --by them
      ;;
    2026-12-04) run_rel 0 log grandma "Sunday call" --via call --by them ;;
    2026-12-05)
      # Mom after the busiest month: due again, and the fall is the silence, said once.
      expect_eq "$(row_of "Ellen Hughes")" "14 days, cadence 14d" "Mom"
      [[ $(jq -r '.[] | select(.id == "family/mom") | .trend' <<<"$ALL") == -* ]] || fail "Mom's health did fall"
      # Ana's snooze and Hugo's archive still hold; Hannah still has no trend (29 days of history).
      ! listed "Ana Pereira" || fail "Ana"
      ! listed "Hugo Brandt" || fail "Hugo"
      expect_eq "$(jq -r '.[] | select(.id == "friends/hannah-muller") | .trend' <<<"$ALL")" "null" "Hannah, 29 days"
      ;;
  esac
  REL_TODAY=$(date -u -d "$REL_TODAY + 1 day" +%F)
done
