# A truncated, corrupt or foreign index (or delta) is rebuilt silently: same output, nothing on stderr.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"

write_contact ann <<'EOF2'
name: Ann Lee
log:
  - date: 2026-11-01
    via: call
    note: Talked about sailing.
EOF2
write_contact bob <<'EOF2'
name: Bob Ray
EOF2
sleep 0.1
run_rel 0 list
want=$OUT
index=$(index_file)
[[ -s $index ]] || fail "no index was written"
good=$(od -An -c -N 64 "$index")
size=$(stat -c %s "$index")

check_rebuilt() {
  run_rel 0 list
  expect_eq "$OUT" "$want" "output with a $1 index"
  expect_eq "$ERR" "" "stderr with a $1 index"
  expect_eq "$(head -c 8 "$index")" "RELINDEX" "index rewritten after a $1 one"
  expect_eq "$(stat -c %s "$index")" "$size" "index size after a $1 one"
}

head -c $((size / 2)) "$index" >"$T/half" && cat "$T/half" >"$index"
check_rebuilt truncated
# Flip bytes in the middle of the payload (the checksum catches it).
printf 'XXXX' | dd of="$index" bs=1 seek=$((size / 2)) conv=notrunc status=none
check_rebuilt corrupt
printf 'garbage' >"$index"
check_rebuilt garbage
: >"$index"
check_rebuilt empty
# A delta that does not belong to the index is ignored.
printf 'RELINDEX garbage' >"$(dirname "$index")/index.delta"
run_rel 0 list
expect_eq "$OUT" "$want" "output with a corrupt delta"
expect_eq "$ERR" "" "stderr with a corrupt delta"
[[ $(od -An -c -N 64 "$index") == "$good" ]] || fail "index header changed"
