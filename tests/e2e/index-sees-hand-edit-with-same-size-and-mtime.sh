# A file edited by hand is always seen, even when the edit keeps its size and its mtime (the index
# also checks ctime and inode), whether it is rewritten in place or replaced by a rename.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"

write_contact ann <<'EOF2'
name: Ann Lee
tags: [family]
EOF2
write_contact bob <<'EOF2'
name: Bob Ray
EOF2
sleep 0.1
run_rel 0 list --format tsv
[[ -s $(index_file) ]] || fail "no index was written"
expect_contains "$OUT" $'ann\tAnn Lee' "before the edit"

# In place: same size, mtime put back to the same nanosecond.
cp -p "$REL_DIR/ann.yaml" "$T/stamp"
printf 'name: Ann Kim\ntags: [family]\n' >"$REL_DIR/ann.yaml"
touch -r "$T/stamp" "$REL_DIR/ann.yaml"
expect_eq "$(stat -c %s.%Y "$REL_DIR/ann.yaml")" "$(stat -c %s.%Y "$T/stamp")" "same size and mtime"
run_rel 0 list --format tsv
expect_contains "$OUT" $'ann\tAnn Kim' "an in-place edit with the same size and mtime"
run_rel 0 show Kim
expect_contains "$OUT" "Ann Kim" "WHO resolution sees the edit"

# Replaced by a rename: same size and mtime again.
printf 'name: Ann Fox\ntags: [family]\n' >"$T/new.yaml"
touch -r "$T/stamp" "$T/new.yaml"
mv "$T/new.yaml" "$REL_DIR/ann.yaml"
run_rel 0 list --format tsv
expect_contains "$OUT" $'ann\tAnn Fox' "a rename over the file"
run_rel 0 show Fox
expect_contains "$OUT" "Ann Fox" "WHO resolution sees the rename"

# rel's own writes are seen too.
run_rel 0 log bob --via call "Lunch"
run_rel 0 show bob --json
expect_eq "$(jq -r '.log[0].note' <<<"$OUT")" "Lunch" "a write by rel"
