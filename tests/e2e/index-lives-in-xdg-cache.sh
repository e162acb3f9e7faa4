# The index lives under ${XDG_CACHE_HOME:-$HOME/.cache}/rel/<hash of the journal path>, never in
# the journal, and one journal's index is not another's.
source "$(dirname "$0")/lib.sh"

write_contact ann <<'EOF2'
name: Ann Lee
EOF2
sleep 0.1
run_rel 0 list
expect_eq "$(cd "$REL_DIR" && find . | sort)" $'.\n./ann.yaml' "nothing derived in the journal"
found=$(cd "$XDG_CACHE_HOME" && find . -type f | sort | tr '\n' ' ')
[[ $found =~ ^\./rel/([0-9a-f]{16})/details\ \./rel/([0-9a-f]{16})/index\ $ && ${BASH_REMATCH[1]} == "${BASH_REMATCH[2]}" ]] ||
  fail "index under XDG_CACHE_HOME: got '$found'"

# Without XDG_CACHE_HOME: $HOME/.cache/rel.
(unset XDG_CACHE_HOME && "$REL" list >/dev/null)
found=$(cd "$HOME/.cache" && find . -type f | sort | tr '\n' ' ')
[[ $found =~ ^\./rel/([0-9a-f]{16})/details\ \./rel/([0-9a-f]{16})/index\ $ && ${BASH_REMATCH[1]} == "${BASH_REMATCH[2]}" ]] ||
  fail "index under HOME/.cache: got '$found'"

# A second journal gets its own index; both stay right.
mkdir -p "$T/other"
printf 'name: Zed Quux\n' >"$T/other/zed.yaml"
sleep 0.1
run_rel 0 --dir "$T/other" list --format tsv
expect_contains "$OUT" $'zed\tZed Quux' "the other journal"
expect_eq "$(find "$XDG_CACHE_HOME/rel" -name index | wc -l)" "2" "one index per journal"
run_rel 0 list --format tsv
expect_contains "$OUT" $'ann\tAnn Lee' "the first journal again"
[[ $OUT != *Zed* ]] || fail "the other journal's contacts leaked in"
