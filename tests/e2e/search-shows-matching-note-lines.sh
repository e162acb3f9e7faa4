# `rel search` shows the matching line of a multi-line note, one row per matching line.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
log:
  - date: 2026-11-20 12:30
    via: meeting
    by: me
    note: |-
      Lunch at Nopa.
      Kids: Maya starts school.
      Nothing else.
      Maya wants a dog.
EOF

run_rel 0 search maya --format tsv
expect_eq "$OUT" "$(printf '%s\n' \
  $'id\tname\tdate\tfield\ttext' \
  $'alice\tAlice Chen\t2026-11-20 12:30\tnote\tKids: Maya starts school.' \
  $'alice\tAlice Chen\t2026-11-20 12:30\tnote\tMaya wants a dog.')" "matching lines"
