# Valid input never gets "internal error": a note that is not UTF-8 is refused saying where and how
# to convert it; control characters in a multi-line note are written escaped; a last block scalar
# without a final newline and a `...` end marker are written around; a note over the size limit is
# refused as such. Every refusal leaves the file as it was.
source "$(dirname "$0")/lib.sh"

cd "$REL_DIR"
printf 'name: Alice Chen\n' >alice-chen.yaml

# Latin-1 piped in, over two lines.
printf 'caf\xe9 au lait\nsecond line\n' >"$T/latin1"
run_rel 1 log alice <"$T/latin1"
expect_eq "$ERR" 'rel: error: the note is not UTF-8 text (a byte 0xE9 after "caf"), and rel'"'"'s files are UTF-8: convert it first, e.g. with `iconv -f latin1 -t utf-8`' "not UTF-8"
expect_eq "$(cat alice-chen.yaml)" "name: Alice Chen" "unchanged"
iconv -f latin1 -t utf-8 <"$T/latin1" | run_rel 0 log alice
run_rel 0 show alice --json
expect_eq "$(jq -c '[.log[].note]' <<<"$OUT")" '["café au lait\nsecond line"]' "converted, it is logged"

# A control character in a multi-line note: kept exactly, escaped in double quotes.
printf 'bell\a here\nand a second line\n' | run_rel 0 log alice
run_rel 0 show alice --json
expect_eq "$(jq -c '.log[-1].note' <<<"$OUT")" '"bell\u0007 here\nand a second line"' "control character kept"
expect_eq "$(tail -1 alice-chen.yaml)" '    note: "bell\x07 here\nand a second line"' "written escaped"

# The last key a block scalar, the file without a final newline: its value stays as it was.
printf 'name: Bob Stone\nnotes: |\n  line one\n  line two' >bob-stone.yaml
run_rel 0 log bob "lunch"
expect_eq "$(cat bob-stone.yaml)" 'name: Bob Stone
notes: |-
  line one
  line two
log:
  - date: 2026-11-23
    via: other
    by: me
    note: lunch' "only the block header changes"

# A document end marker: the entry goes before it.
printf 'name: Carol King\n...\n' >carol-king.yaml
run_rel 0 log carol "tea"
expect_eq "$(cat carol-king.yaml)" 'name: Carol King
log:
  - date: 2026-11-23
    via: other
    by: me
    note: tea
...' "before the end marker"

# A carriage return alone in the file (inside a quoted value here), which YAML reads as a line break
# and rel's line edits do not: refused, saying where (it was "internal error", or a broken edit).
printf 'name: Dan Ray\nnotes: "one\rtwo"\n' >dan-ray.yaml
cp dan-ray.yaml "$T/dan-before"
run_rel 1 log dan "walk"
expect_eq "$ERR" "rel: error: dan-ray.yaml:2:12: a carriage return alone (not before a newline) breaks the line here, and rel edits a file only at its newlines: replace it by a newline (or remove it) and run the command again; nothing was written" "bare CR refused"
cmp dan-ray.yaml "$T/dan-before" || fail "changed by a refused edit"

# A note over the 4 MiB a contact file may have.
head -c $((4 * 1024 * 1024 + 10)) /dev/zero | tr '\0' x >"$T/big"
cp alice-chen.yaml "$T/alice-before"
run_rel 1 log alice <"$T/big"
expect_contains "$ERR" "rel: error: alice-chen.yaml would be " "too big: said"
expect_contains "$ERR" "more than the 4 MiB a contact file may have" "too big: the limit"
cmp alice-chen.yaml "$T/alice-before" || fail "changed by a refused note"
[[ "$ERR" != *"internal error"* ]] || fail "internal error"
