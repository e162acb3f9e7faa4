# The session in README.md is real: every command of its first console block is run
# in order on a fresh journal, and its output must be what the README shows.
source "$(dirname "$0")/lib.sh"

unset REL_DIR  # the README's journal is the default one
readme="$REL_SOURCE_DIR/README.md"
block=$(awk '/^## A session/ {on = 1} on && /^```console/ {inside = 1; next} inside && /^```/ {exit} inside' "$readme")
[[ -n "$block" ]] || fail "no console block under '## A session' in README.md"

# Rebuild the block: each command as written (continuation lines included), then what it prints.
actual=""
exec 3<<<"$block"
while IFS= read -r line <&3; do
  [[ "$line" == '$ '* ]] || continue
  actual+="$line"$'\n'
  command=${line#\$ }
  while [[ "$command" == *\\ ]]; do
    IFS= read -r line <&3
    actual+="$line"$'\n'
    command="${command%\\} $line"
  done
  output=$(eval "$command" 2>&1 | sed "s|$XDG_DATA_HOME/rel|/home/me/.local/share/rel|g")
  [[ -n "$output" ]] && actual+="$output"$'\n'
done
expect_eq "$actual" "$block"$'\n' "README session output"
