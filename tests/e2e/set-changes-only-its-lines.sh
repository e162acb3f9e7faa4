# `rel set` on a commented, oddly formatted file changes only the lines of the key it sets.
source "$(dirname "$0")/lib.sh"

write_contact alice-chen <<'EOF2'
# Alice, met at the Lisbon conference
name:   Alice Chen     # full name

tags: [client, acme]
phone: "+1 555 0100"   # mobile
'cadence': 30d
details:
    # family first
    spouse: Ben    # married 2012
    kids: 'Maya (7)'

    likes: sailing
# everything we did
log:
  - date: 2026-11-20   # lunch
    via: meeting
EOF2

run_rel 0 set alice details.kids "Maya (7), Leo (4)"
run_rel 0 set alice phone "+1 555 0199"
run_rel 0 set alice details.pets "a cat"
run_rel 0 set alice email alice@example.com
run_rel 0 set alice dates.birthday 1985-03-14
run_rel 0 set alice tags "client, acme, berlin"
run_rel 0 set alice cadence 2w
expect_eq "$OUT" "set cadence of Alice Chen" "set reports what it did"

diff - "$REL_DIR/alice-chen.yaml" <<'EOF2' || fail "set changed other lines"
# Alice, met at the Lisbon conference
name:   Alice Chen     # full name

tags: [client, acme, berlin]
phone: +1 555 0199   # mobile
'cadence': 2w
details:
    # family first
    spouse: Ben    # married 2012
    kids: Maya (7), Leo (4)

    likes: sailing
    pets: a cat
email: alice@example.com
dates:
  birthday: 1985-03-14
# everything we did
log:
  - date: 2026-11-20   # lunch
    via: meeting
EOF2

# Setting a value to what it already is writes nothing (not even a quoting change).
before=$(stat -c %i "$REL_DIR/alice-chen.yaml")
run_rel 0 set alice details.likes sailing
expect_contains "$OUT" "nothing changed" "same value"
expect_eq "$(stat -c %i "$REL_DIR/alice-chen.yaml")" "$before" "same value leaves the file alone"

# The result reads back as intended.
run_rel 0 show alice --json
expect_eq "$(jq -r '.details.kids, .details.pets, .email, .cadence_days, (.tags|join(","))' <<<"$OUT")" \
  "Maya (7), Leo (4)
a cat
alice@example.com
14
client,acme,berlin" "set values read back"
