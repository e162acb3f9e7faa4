# `rel add` writes a minimal file named by the slug of the name and prints the id.
source "$(dirname "$0")/lib.sh"

run_rel 0 add Zoë O\'Brien --tag client --tag acme --cadence 2w --email zoe@example.com --phone "+1 555 0100" \
  --set details.spouse=Ben --set dates.birthday=1985-03-14
expect_eq "$OUT" "zoe-o-brien" "printed id"
expect_eq "$(cat "$REL_DIR/zoe-o-brien.yaml")" "name: Zoë O'Brien
tags: [client, acme]
cadence: 2w
email: zoe@example.com
phone: +1 555 0100
details:
  spouse: Ben
dates:
  birthday: 1985-03-14" "file content"

# A namesake (added on purpose: see add-refuses-duplicates) whose slug clashes gets -2, then -3.
run_rel 0 add Zoe OBrien
expect_eq "$OUT" "zoe-obrien" "different slug"
run_rel 0 add "Zoë O'Brien" --namesake
expect_eq "$OUT" "zoe-o-brien-2" "clash gets -2"
run_rel 0 add "Zoë O'Brien" --namesake
expect_eq "$OUT" "zoe-o-brien-3" "clash gets -3"

# Into a sub-folder.
run_rel 0 add Alice Chen --in work
expect_eq "$OUT" "work/alice-chen" "sub-folder id"
[[ -f "$REL_DIR/work/alice-chen.yaml" ]] || fail "work/alice-chen.yaml missing"
run_rel 0 check
