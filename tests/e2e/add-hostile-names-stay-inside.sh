# Hostile names can never produce a path outside the journal, a dot-file or an option-like name.
source "$(dirname "$0")/lib.sh"

long=$(printf 'x%.0s' {1..400})
for name in "../../x" "/etc/passwd" "-rf" ".hidden" "..." "$long" $'tab\there' "李小龍" "CON" '$(touch pwned)' "a/b/../../c"; do
  run_rel 0 add -- "$name"
  id=$OUT
  [[ "$id" =~ ^[a-z0-9][a-z0-9-]*$ ]] || fail "unsafe id '$id' for name '$name'"
  (( ${#id} <= 64 )) || fail "id too long for '$name'"
  [[ -f "$REL_DIR/$id.yaml" ]] || fail "no file for '$name'"
done
[[ ! -e "$T/x.yaml" && ! -e "$T/pwned" && ! -e pwned ]] || fail "escaped the journal"
[[ -z "$(find "$REL_DIR" -name '.*' ! -name '.' -print)" ]] || fail "a dot-file was created"
# Every name was kept exactly in its file.
run_rel 0 list --format tsv
expect_contains "$OUT" $'etc-passwd\t/etc/passwd' "name kept"
expect_contains "$OUT" $'rf\t-rf' "name kept"
# A name with a control character other than tab is refused.
run_rel 2 add -- $'bell\aname'
expect_contains "$ERR" "control characters" "control characters refused"
# A hostile folder is folded into safe folder names.
run_rel 0 add Bob --in "../../etc"
expect_eq "$OUT" "etc/bob" "folder cannot climb out"
