# Hostile names can never produce a path outside the journal, a dot-file or an option-like name; names
# without Latin letters keep their own (李小龍 is 李小龍.yaml, not contact.yaml), bounded in bytes.
source "$(dirname "$0")/lib.sh"

long=$(printf 'x%.0s' {1..400})
longhan=$(printf '龍%.0s' {1..100})
for name in "../../x" "/etc/passwd" "-rf" ".hidden" "..." "$long" $'tab\there' "李小龍" "CON" '$(touch pwned)' \
  "a/b/../../c" "-/Иван/..Петров" "$longhan" $'\u202e\u0644\u064a\u0644\u0649'; do
  run_rel 0 add -- "$name"
  id=$OUT
  [[ "$id" =~ ^[^-./[:space:][:cntrl:]][^/[:space:][:cntrl:]]*$ ]] || fail "unsafe id '$id' for name '$name'"
  (( $(printf '%s' "$id" | wc -c) <= 64 )) || fail "id too long for '$name'"
  iconv -f UTF-8 -t UTF-8 <<<"$id" >/dev/null || fail "id cut inside a character for '$name'"
  [[ -f "$REL_DIR/$id.yaml" ]] || fail "no file for '$name'"
done
[[ ! -e "$T/x.yaml" && ! -e "$T/pwned" && ! -e pwned ]] || fail "escaped the journal"
[[ -z "$(find "$REL_DIR" -name '.*' ! -name '.' -print)" ]] || fail "a dot-file was created"
# Every name was kept exactly in its file.
run_rel 0 list --format tsv
expect_contains "$OUT" $'etc-passwd\t/etc/passwd' "name kept"
expect_contains "$OUT" $'rf\t-rf' "name kept"
expect_contains "$OUT" $'李小龍\t李小龍' "Chinese letters kept"
expect_contains "$OUT" $'иван-петров\t-/Иван/..Петров' "Cyrillic letters kept, lower-case"
expect_contains "$OUT" $'\u0644\u064a\u0644\u0649\t\u202e' "an override character is no part of the id"
# A name with a control character other than tab is refused.
run_rel 2 add -- $'bell\aname'
expect_contains "$ERR" "control characters" "control characters refused"
# A hostile folder is folded into safe folder names.
run_rel 0 add Bob --in "../../etc"
expect_eq "$OUT" "etc/bob" "folder cannot climb out"
