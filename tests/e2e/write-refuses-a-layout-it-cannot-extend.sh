# A write to a file whose layout the edits cannot extend (a key written after '?', a file that is one
# flow map) exits 1 naming the file, line and column, and leaves every file as it was; rel merge
# names FROM's file too. Before, rel log put the new key under the explicit key's value: an
# "internal error" naming no file (text_edit fuzz finding).
source "$(dirname "$0")/lib.sh"

printf '? about her\n: met at the 2019 rebuild\nname: Alice Chen\n' >"$REL_DIR/alice-chen.yaml"
cp "$REL_DIR/alice-chen.yaml" "$T/alice"
run_rel 1 log alice "lunch"
expect_eq "$ERR" "rel: error: alice-chen.yaml:1:3: a key is written after '?' (an explicit key), and rel edits only keys written 'key: value': please edit it by hand" "explicit key named"
run_rel 1 set alice email a@example.com
expect_contains "$ERR" "alice-chen.yaml:1:3: a key is written after '?'" "set refuses it too"
cmp "$T/alice" "$REL_DIR/alice-chen.yaml" || fail "the file was rewritten"

printf '{name: Bob Stone, phone: 1}\n' >"$REL_DIR/bob-stone.yaml"
cp "$REL_DIR/bob-stone.yaml" "$T/bob"
run_rel 1 log bob "call"
expect_eq "$ERR" "rel: error: bob-stone.yaml: the whole file is written in flow style ({...} or [...]); rel edits only block style, so please edit it by hand" "flow map named"
cmp "$T/bob" "$REL_DIR/bob-stone.yaml" || fail "the flow file was rewritten"

# rel merge: FROM's file is named when it is FROM that cannot be read into INTO's layout.
printf 'name: Carol King\ndetails:\n  ?\n    kids\n  : Maya\n' >"$REL_DIR/carol-king.yaml"
printf 'name: Carol King\nemail: c@example.com\n' >"$REL_DIR/carol.yaml"
cp "$REL_DIR/carol-king.yaml" "$T/carol-king"
cp "$REL_DIR/carol.yaml" "$T/carol"
run_rel 1 merge carol-king carol
expect_eq "$ERR" "rel: error: carol-king.yaml:4:5: a key is written after '?' (an explicit key), and rel edits only keys written 'key: value': please edit it by hand" "FROM named"
cmp "$T/carol-king" "$REL_DIR/carol-king.yaml" || fail "FROM was changed"
cmp "$T/carol" "$REL_DIR/carol.yaml" || fail "INTO was changed"

# Reading is not writing: show and check serve such files.
run_rel 0 show alice
expect_contains "$OUT" "Alice Chen" "shown"
run_rel 0 check

# A name changed in place is no line added: rel rename still updates a `with:` in such a file.
printf '? about her\n: met at the 2019 rebuild\nname: Dana Cole\nlog:\n  - date: 2026-11-01\n    with: [eve-park]\n' \
  >"$REL_DIR/dana-cole.yaml"
printf 'name: Eve Park\n' >"$REL_DIR/eve-park.yaml"
run_rel 0 rename eve Eve Stone
expect_eq "$(cat "$REL_DIR/dana-cole.yaml")" "? about her
: met at the 2019 rebuild
name: Dana Cole
log:
  - date: 2026-11-01
    with: [eve-stone]" "the referrer's with: updated in place"
