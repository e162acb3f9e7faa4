# Colour appears only when stdout is a terminal and NO_COLOR is unset; pipes and NO_COLOR get plain text.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
dates:
  birthday: 1985-11-30
promises:
  - what: send the guide
    due: 2026-11-20
log:
  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch with Alice.
EOF

esc=$'\e'
commands=("show alice" "list" "upcoming" "search alice")

# Piped, even without NO_COLOR: no escapes.
unset NO_COLOR
for args in "${commands[@]}"; do
  # shellcheck disable=SC2086
  run_rel 0 $args
  [[ "$OUT" != *"$esc"* ]] || fail "rel $args: escape codes in piped output"
done

if ! command -v script >/dev/null; then
  echo "script(1) not installed: skipping the terminal part"
  exit 0
fi

# on_terminal ARGS...: runs rel with a pseudo-terminal as stdout (util-linux script), prints what it wrote.
on_terminal() { script -qec "$(printf '%q ' "$REL" "$@")" /dev/null </dev/null; }

for args in "${commands[@]}"; do
  # shellcheck disable=SC2086
  out=$(NO_COLOR=1 on_terminal $args)
  expect_contains "$out" "Alice Chen" "rel $args ran on a terminal"
  [[ "$out" != *"$esc"* ]] || fail "rel $args: escape codes with NO_COLOR on a terminal"
  # shellcheck disable=SC2086
  out=$(on_terminal $args)
  [[ "$out" == *"$esc["* ]] || fail "rel $args: no colour on a terminal"
done

out=$(on_terminal show alice)
expect_contains "$out" "${esc}[1mAlice Chen${esc}[0m" "name in bold"
expect_contains "$out" "${esc}[31moverdue 3d${esc}[0m" "overdue in red"
