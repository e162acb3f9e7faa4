# rel never writes through a symbolic link, nor into a folder that is one (outside the journal), nor
# over a read-only file: each write is refused naming the file, and nothing changes anywhere.
source "$(dirname "$0")/lib.sh"

cd "$REL_DIR"
mkdir "$T/elsewhere"
ln -s "$T/elsewhere" work
run_rel 1 add Bob Stone --in work
expect_eq "$ERR" "rel: error: work is a symbolic link (to $T/elsewhere), and rel writes only inside the journal's own folders (no listing would find work/bob-stone.yaml there); nothing was written" "add --in a linked folder"
expect_eq "$(ls -A "$T/elsewhere")" "" "nothing written outside the journal"

# A contact file that is a link: the link stays a link, its target unchanged.
printf 'name: Carol King\n' >"$T/carol.yaml"
ln -s "$T/carol.yaml" carol-king.yaml
run_rel 1 log carol "coffee"
expect_eq "$ERR" "rel: error: carol-king.yaml is a symbolic link (to $T/carol.yaml): rel does not write through links, since replacing it would put a copy of its target in its place; edit the file it points to yourself, or replace the link by that file; nothing was written" "log through a link"
[[ -L carol-king.yaml ]] || fail "the link was replaced"
expect_eq "$(cat "$T/carol.yaml")" "name: Carol King" "the target is unchanged"
run_rel 1 set carol email carol@example.com
expect_contains "$ERR" "carol-king.yaml is a symbolic link" "set through a link"

# A read-only file (mode 444): refused, never replaced by the atomic rename.
printf 'name: Alice Chen\n' >alice-chen.yaml
chmod 444 alice-chen.yaml
run_rel 1 log alice "lunch"
expect_eq "$ERR" "rel: error: alice-chen.yaml is read-only, so rel leaves it as it is (\`chmod u+w $REL_DIR/alice-chen.yaml\` lets rel write it); nothing was written" "read-only refused"
expect_eq "$(cat alice-chen.yaml)" "name: Alice Chen" "unchanged"
expect_eq "$(stat -c %a alice-chen.yaml)" "444" "still read-only"
chmod 644 alice-chen.yaml
run_rel 0 log alice "lunch"
expect_eq "$(tail -1 alice-chen.yaml)" "    note: lunch" "writable again: written"
expect_eq "$(stat -c %a alice-chen.yaml)" "644" "its mode kept"
