# A note of several lines is written as a literal block, as a person would write it, whether it came
# as an argument, on standard input or from the editor; it reads back as it was given.
source "$(dirname "$0")/lib.sh"

write_contact zoe <<'EOF2'
name: Zoë Dubois
EOF2
printf 'Asked about Berlin.\n\n  - flat in Mitte: "maybe"\n' | rel log zoe --via call >/dev/null
rel log zoe --via meeting $'lunch\n# not a comment' >/dev/null
expect_eq "$(cat "$REL_DIR/zoe.yaml")" 'name: Zoë Dubois
log:
  - date: 2026-11-23
    via: call
    by: me
    note: |-
      Asked about Berlin.

        - flat in Mitte: "maybe"
  - date: 2026-11-23
    via: meeting
    by: me
    note: |-
      lunch
      # not a comment' "literal blocks"
run_rel 0 show zoe --json
expect_eq "$(jq -c '[.log[].note]' <<<"$OUT")" '["Asked about Berlin.\n\n  - flat in Mitte: \"maybe\"","lunch\n# not a comment"]' "read back"
run_rel 0 check
