# 8 processes x 25 `rel log` on one contact at once: every one of the 200 entries lands and the file still parses.
source "$(dirname "$0")/lib.sh"

write_contact alice <<'EOF'
# shared by many writers
name: Alice
log:
  - date: 2026-01-01
    note: first
EOF
cp "$REL_DIR/alice.yaml" "$T/old"
pids=()
for p in 1 2 3 4 5 6 7 8; do
  (
    for i in $(seq 1 25); do
      "$REL" log alice "writer $p entry $i" >/dev/null || exit 1
    done
  ) &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
expect_eq "$failed" "0" "every writer succeeded"
run_rel 0 check
run_rel 0 show alice --json
expect_eq "$(jq '.log | length' <<<"$OUT")" "201" "200 new entries"
expect_eq "$(jq -r '.log[1:][].note' <<<"$OUT" | sort -u | wc -l)" "200" "each entry once"
for p in 1 2 3 4 5 6 7 8; do
  expect_eq "$(jq -r --arg p "writer $p " '[.log[].note | select(startswith($p))] | join(",")' <<<"$OUT")" \
    "$(seq -f "writer $p entry %g" 1 25 | paste -sd,)" "writer $p's entries in its order"
done
old_size=$(stat -c %s "$T/old")
cmp -n "$old_size" "$T/old" "$REL_DIR/alice.yaml" || fail "old text kept as a prefix"
expect_eq "$(ls -A "$REL_DIR")" "alice.yaml" "no temporary files left"
