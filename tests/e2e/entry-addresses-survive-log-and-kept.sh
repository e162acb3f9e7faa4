# Addresses read off one `rel show` still name the same entries after a `rel log` and a `rel kept` in
# between: two commands in a row act on what the listing showed (numbers that shift did not).
source "$(dirname "$0")/lib.sh"

write_contact soren <<'EOF'
name: Søren Kierkegaard
promises:
  - what: return the book
    made: 2026-11-01
    due: 2026-12-10
  - what: send the photos
    made: 2026-11-01
    due: 2026-11-25
  - what: book the table
    made: 2026-11-02
    due: 2026-11-30
log:
  - date: 2026-11-01
    via: meeting
    by: me
    note: Coffee.
  - date: 2026-11-10
    via: call
    by: them
    note: He called about Copenhagen.
EOF

run_rel 0 show soren
listing=$OUT
# Open promises soonest due first, each after its address; interactions newest first.
mapfile -t promises < <(sed -n '/^promises/,/^$/p' <<<"$listing" | grep -E '^  [0-9a-f]{4}  ' | awk '{print $1}')
mapfile -t entries < <(sed -n '/^last interactions/,$p' <<<"$listing" | grep -E '^  [0-9a-f]{4}  ' | awk '{print $1}')
expect_eq "${#promises[@]} ${#entries[@]}" "3 2" "what the listing shows"
expect_eq "$(sed -n '/^promises/,/^$/p' <<<"$listing" | grep -E '^  [0-9a-f]{4}  ' | cut -c9- | sed 's/ — .*//')" \
  $'send the photos\nbook the table\nreturn the book' "sorted by due date"
json=$(rel show soren --json)
expect_eq "$(jq -r '[.promises[] | select(.done == null) | .address] | sort | join(" ")' <<<"$json")" \
  "$(printf '%s\n' "${promises[@]}" | sort | tr '\n' ' ' | sed 's/ $//')" "JSON has the same addresses"

# Something else happens in between: a new interaction, and the first promise shown is kept.
run_rel 0 log soren "Dinner in Aarhus" --via meeting --date 2026-11-15
run_rel 0 kept soren "${promises[0]}"
expect_eq "$OUT" 'kept "send the photos" (Søren Kierkegaard) on 2026-11-23' "the first shown"
# Then the second and third as read off the same listing.
run_rel 0 kept soren "${promises[1]}"
expect_eq "$OUT" 'kept "book the table" (Søren Kierkegaard) on 2026-11-23' "the second shown, not a shifted one"
run_rel 0 kept soren "${promises[2]}"
expect_eq "$OUT" 'kept "return the book" (Søren Kierkegaard) on 2026-11-23' "the third shown"

# The interactions' addresses too: amend the newest shown, delete the oldest shown.
run_rel 0 amend soren "${entries[0]}" --via video
expect_contains "$OUT" "2026-11-10 video, by them: He called about Copenhagen." "the entry shown"
run_rel 0 delete soren "${entries[1]}"
expect_contains "$OUT" "2026-11-01 meeting, by me: Coffee." "the other entry shown"
expect_eq "$(jq -r '[.log[] | .date + " " + .via] | join(", ")' <<<"$(rel show soren --json)")" \
  "2026-11-10 video, 2026-11-15 meeting" "what is left"
run_rel 1 kept soren "${promises[0]}"
expect_contains "$ERR" "no open promise" "nothing left to keep"
