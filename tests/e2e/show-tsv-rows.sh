# `rel show --format tsv` gives `section item key value` rows under one header line.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
name: Alice Chen
aka: [Ali, Dr. Chen]
dates:
  name day: --11-25
details:
  kids: "Maya\tand Leo"
promises:
  - what: send the guide
    due: 2026-11-20
    by: them
log:
  - date: 2026-11-20
    via: meeting
    by: me
    note: "Line one\nline two\\three"
EOF

run_rel 0 show alice --format tsv
expect_eq "$OUT" "$(printf '%s\n' \
  $'section\titem\tkey\tvalue' \
  $'contact\t\tid\talice' \
  $'contact\t\tname\tAlice Chen' \
  $'contact\t\taka\tAli' \
  $'contact\t\taka\tDr. Chen' \
  $'contact\t\tcadence_days\t30' \
  $'contact\t\tcontact_status\tactive' \
  $'detail\t\tkids\tMaya\\tand Leo' \
  $'date\t1\tlabel\tname day' \
  $'date\t1\tdate\t--11-25' \
  $'date\t1\tnext\t2026-11-25' \
  $'date\t1\tdays_until\t2' \
  $'health\t\thealth\t73.5' \
  $'health\t\tsinews.time\t100' \
  $'health\t\tsinews.intensity\t67.4' \
  $'health\t\tsinews.reciprocity\t60' \
  $'health\t\tsinews.trust\t50' \
  $'health\t\tlast\t2026-11-20' \
  $'health\t\tdays_since\t3' \
  $'health\t\tstatus\tdue' \
  $'health\t\turgency\t38.2' \
  $'health\t\tact_today\tfalse' \
  $'health\t\treasons\twaiting on Alice: send the guide, 3 days late' \
  $'health\t\treasons\tname day in 2 days' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t0' \
  $'health\t\tper_month\t1' \
  $'promise\t1\taddress\t2b23' \
  $'promise\t1\twhat\tsend the guide' \
  $'promise\t1\tdue\t2026-11-20' \
  $'promise\t1\tby\tthem' \
  $'promise\t1\toverdue_days\t3' \
  $'log\t1\taddress\t574a' \
  $'log\t1\tdate\t2026-11-20' \
  $'log\t1\tvia\tmeeting' \
  $'log\t1\tby\tme' \
  $'log\t1\tnote\tLine one\\nline two\\\\three')" "tsv rows"
# Every row has exactly four cells.
expect_eq "$(awk -F'\t' 'NF != 4' <<<"$OUT")" "" "four cells per row"
