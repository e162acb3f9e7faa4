# `rel merge-driver BASE OURS THEIRS PATH`, as git runs it: a clean union replaces OURS and
# exits 0; a real conflict leaves markers in OURS and exits 1; a file that does not parse
# falls back to git's line merge with markers, never losing either side.
source "$(dirname "$0")/lib.sh"
cd "$T"

cat >base.yaml <<'YAML'
name: Bo   # from the conference
promises:
  - what: send the guide
    made: 2026-11-01
    due: 2026-11-10
log:
  - date: 2026-11-01
YAML
cp base.yaml ours.yaml
cp base.yaml theirs.yaml
printf '    done: 2026-11-09\n' >tmp && sed -i '/due: 2026-11-10/r tmp' ours.yaml
printf '  # after the talk\n  - date: 2026-11-03 18:30\n    note: drinks\n' >>theirs.yaml
printf '  - date: 2026-11-02\n' >>ours.yaml
run_rel 0 merge-driver base.yaml ours.yaml theirs.yaml bo.yaml
expect_eq "$ERR" "" "a clean merge says nothing"
expect_eq "$(cat ours.yaml)" 'name: Bo   # from the conference
promises:
  - what: send the guide
    made: 2026-11-01
    due: 2026-11-10
    done: 2026-11-09
log:
  - date: 2026-11-01
  - date: 2026-11-02
  # after the talk
  - date: 2026-11-03 18:30
    note: drinks' "kept promise and both entries, comments included"

cp base.yaml ours.yaml
cp base.yaml theirs.yaml
sed -i 's/name: Bo /name: Bo Li/' ours.yaml
sed -i 's/name: Bo /name: Bob/' theirs.yaml
run_rel 1 merge-driver base.yaml ours.yaml theirs.yaml bo.yaml
expect_eq "$ERR" "rel: conflict in bo.yaml: name changed differently on both sides" "names the conflict"
expect_eq "$(head -5 ours.yaml)" $'<<<<<<< ours\nname: Bo Li  # from the conference\n=======\nname: Bob  # from the conference\n>>>>>>> theirs' "markers"

cp base.yaml ours.yaml
printf 'name: [broken\n' >theirs.yaml
run_rel 0 merge-driver base.yaml ours.yaml theirs.yaml bo.yaml
expect_contains "$ERR" "rel: warning: bo.yaml: theirs does not parse" "says why"
expect_eq "$(cat ours.yaml)" "name: [broken" "unchanged ours: theirs as it is, line by line"

cp base.yaml ours.yaml
sed -i 's/name: Bo /name: Bo Li/' ours.yaml
printf 'name: [broken\n' >theirs.yaml
run_rel 1 merge-driver base.yaml ours.yaml theirs.yaml bo.yaml
expect_contains "$(cat ours.yaml)" $'<<<<<<< ours\nname: Bo Li  # from the conference' "line merge markers"
expect_contains "$(cat ours.yaml)" $'=======\nname: [broken\n>>>>>>> theirs' "theirs kept"
expect_contains "$(cat ours.yaml)" "  - date: 2026-11-01" "ours kept"
