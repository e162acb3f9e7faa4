# Naming a contact trusts the index only as far as it can check: a name edited in place in the chosen
# file, a file added or removed by hand, a bad file fixed or a file broken since, are all seen by
# `show`/`log` without a listing in between.
source "$(dirname "$0")/lib.sh"

printf 'name: Bob Stone\n' >"$REL_DIR/bob.yaml"
printf 'name: Carol King\n' >"$REL_DIR/carol.yaml"
printf 'name: [unclosed\n' >"$REL_DIR/broken.yaml"
sleep 0.1
rel list >/dev/null 2>&1  # builds the index

# The chosen file renamed in place (same inode): its old name no longer answers, its new one does.
printf 'name: Robert Stone\n' >"$REL_DIR/bob.yaml"
run_rel 1 show "Bob Stone"
expect_contains "$ERR" 'no contact matches "Bob Stone"' "the old name"
run_rel 0 show "Robert Stone" --format tsv
expect_contains "$OUT" $'contact\t\tname\tRobert Stone' "the new name"

# A file added by hand, not in the index: found by name. A file removed: gone.
printf 'name: Dana Scully\n' >"$REL_DIR/dana.yaml"
run_rel 0 log "Dana Scully" --via call "first call"
expect_eq "$(cat "$REL_DIR/dana.yaml")" "name: Dana Scully
log:
  - date: 2026-11-23
    via: call
    by: me
    note: first call" "the new file was written"
rm "$REL_DIR/carol.yaml"
run_rel 1 show "Carol King"
expect_contains "$ERR" 'no contact matches "Carol King"' "a removed file"

# The bad file fixed: no more warning. Another broken since: its own error when named by id.
expect_contains "$(rel show Robert 2>&1 >/dev/null)" "broken.yaml" "the bad file is warned about"
printf 'name: Now Fine\n' >"$REL_DIR/broken.yaml"
run_rel 0 show Robert
expect_eq "$ERR" "" "a fixed file is no longer warned about"
run_rel 0 show "Now Fine"
printf 'name: [Dana\n' >"$REL_DIR/dana.yaml"
run_rel 1 show "Dana Scully"
expect_contains "$ERR" "rel: warning: dana.yaml:2:1: " "the chosen file broken since the index: its problem is reported"
expect_contains "$ERR" 'no contact matches "Dana Scully"' "and it no longer answers to its name"

# And every listing agrees with a journal read without any index.
rel list --format tsv >"$T/with" 2>&1
XDG_CACHE_HOME="$T/fresh-cache" rel list --format tsv >"$T/without" 2>&1
expect_eq "$(cat "$T/with")" "$(cat "$T/without")" "listing with and without the index"
