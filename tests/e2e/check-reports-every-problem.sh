# rel check lists every problem of every bad file as FILE:LINE:COL: message (1-based), exits 1, and skips nothing.
source "$(dirname "$0")/lib.sh"

cd "$REL_DIR"
printf 'name: A\ntags: [a, b\n' >syntax.yaml
printf -- '- just\n- a list\n' >list.yaml
printf '# only a comment\nemail: a@b\n' >noname.yaml
printf 'name: A\nemail: a\ndetails:\n  kids: 2\n  kids: 3\n' >dup.yaml
printf 'name: A\nsince: 2026-02-30\ndates:\n  birthday: 13-45\n' >baddate.yaml
printf 'name: A\ncadence: monthly\n' >badcad.yaml
printf 'name: A\nlog:\n  - date: 2026-01-01\n    via: pigeon\n    by: nobody\n  - via: call\n' >badlog.yaml
printf 'name: A\ntags: {a: b}\naka: [[x]]\nname2: ok\ndetails: [a]\n' >types.yaml
printf 'name: &n A\n' >anchor.yaml
printf 'name: A\naka: [*n]\n' >alias.yaml
printf 'name: A\naka: &x [b]\ntags: *x\n' >aliasdef.yaml
printf 'name: A\n---\nname: B\n' >multi.yaml
printf 'name: A\nx: %s%s\n' "$(printf '[%.0s' $(seq 10000))" "$(printf ']%.0s' $(seq 10000))" >deep.yaml
mkdir -p sub && printf 'name: A\nnote: "%s"\n' "$(head -c $((4 * 1024 * 1024)) /dev/zero | tr '\0' x)" >sub/big.yaml
printf 'name: Good Person\n' >good.yaml
: >empty.yaml

run_rel 1 check
expect_eq "$OUT" 'alias.yaml:2:7: the referenced anchor is not defined
aliasdef.yaml:2:6: YAML anchors (&name) are not allowed in a journal file
anchor.yaml:1:7: YAML anchors (&name) are not allowed in a journal file
badcad.yaml:2:10: invalid cadence "monthly": expected a number and d, w, m or y (e.g. 30d)
baddate.yaml:2:8: invalid date "2026-02-30" for since: expected YYYY-MM-DD
baddate.yaml:4:13: invalid date "13-45" for birthday: expected YYYY-MM-DD or --MM-DD
badlog.yaml:4:10: unknown via "pigeon": expected meeting, call, video, message, email, letter, social or other
badlog.yaml:5:9: unknown by "nobody": expected me or them
badlog.yaml:6:5: a log entry needs a date
deep.yaml:2:36: nesting deeper than 32 levels
dup.yaml:5:3: duplicated key "kids" (first at line 4)
empty.yaml:1:1: a contact file must be a map of keys, starting with "name: ..."
list.yaml:1:1: a contact file must be a map of keys, starting with "name: ..."
multi.yaml:2:1: more than one YAML document (---); a contact file holds one
noname.yaml:2:1: missing "name": every contact needs one
sub/big.yaml:1:1: file is 4194321 bytes, more than the 4 MiB a contact may have
syntax.yaml:3:1: end of sequence flow not found
types.yaml:2:7: tags must be a list, e.g. [a, b]
types.yaml:3:7: each item of aka must be text
types.yaml:5:10: details must be a map of keys and values' "every problem, in file order"
expect_eq "$ERR" "rel: error: 20 problems in 15 of 16 files" "summary"

# Listings and show serve the good contact and warn, naming each bad file.
run_rel 0 list --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1)" "good" "only the good contact listed"
for f in alias aliasdef anchor badcad baddate badlog deep dup empty list multi noname sub/big syntax types; do
  expect_contains "$ERR" "warning: $f.yaml:" "list warns about $f"
done
run_rel 0 show good --json
expect_eq "$(jq -r .name <<<"$OUT")" "Good Person" "show still works"
expect_contains "$ERR" "warning: syntax.yaml:3:1:" "show warns"
run_rel 1 show syntax
expect_contains "$ERR" "syntax.yaml:3:1: end of sequence flow not found" "show of a bad file names the problem"

# Once fixed, check passes quietly on stdout.
rm -f ./*.yaml sub/big.yaml
printf 'name: Good Person\n' >good.yaml
run_rel 0 check
expect_eq "$OUT" "" "nothing on stdout"
