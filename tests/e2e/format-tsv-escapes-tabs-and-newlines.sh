# TSV output has one header line and every cell on one line: tabs, newlines and backslashes are escaped.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: "Alice\tChen"
promises:
  - what: "send\tthe guide"
    due: 2026-11-25
log:
  - date: 2026-11-20
    via: meeting
    by: me
    note: "Lunch\tat Nopa \\ Zuni\nthen a walk."
EOF

# columns COUNT: every line of $OUT has exactly COUNT cells.
columns() { expect_eq "$(awk -F'\t' -v n="$1" 'NF != n' <<<"$OUT")" "" "every line has $1 cells"; }

run_rel 0 search lunch --format tsv
expect_eq "$OUT" "$(printf '%s\n' $'id\tname\tdate\tfield\ttext' \
  $'alice\tAlice\\tChen\t2026-11-20\tnote\tLunch\\tat Nopa \\\\ Zuni')" "search"
columns 5

run_rel 0 upcoming --format tsv
expect_eq "$OUT" "$(printf '%s\n' $'date\tdays\tid\tname\tkind\twhat\tentry' \
  $'2026-11-25\t2\talice\tAlice\\tChen\tpromise\tpromise: send\\tthe guide\t0963')" "upcoming"
columns 7

run_rel 0 show alice --format tsv
expect_eq "$(grep -c $'^section\titem\tkey\tvalue$' <<<"$OUT")" 1 "one header line"
expect_contains "$OUT" $'log\t1\tnote\tLunch\\tat Nopa \\\\ Zuni\\nthen a walk.' "show escapes the note"
columns 4

run_rel 0 list --format tsv
expect_eq "$(wc -l <<<"$OUT")" 2 "list: header and one row"
expect_contains "$OUT" $'alice\tAlice\\tChen\t' "list escapes the name"
