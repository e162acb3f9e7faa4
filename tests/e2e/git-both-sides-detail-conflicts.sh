# The same detail changed differently on two clones is a real conflict: `git pull` stops,
# the file carries standard conflict markers around just that key, and entries logged on
# both sides are still all there.
source "$(dirname "$0")/lib.sh"
git_identity

git init --quiet --bare "$T/origin.git"
A="$T/laptop"
B="$T/desktop"
run_rel 0 init "$A" --git
printf 'name: Alice Chen\ndetails:\n  kids: Maya (7)\n  spouse: Ben\n' >"$A/alice-chen.yaml"
git -C "$A" add alice-chen.yaml
git -C "$A" commit --quiet -m "alice"
git -C "$A" remote add origin "$T/origin.git"
git -C "$A" push --quiet -u origin main
git clone --quiet "$T/origin.git" "$B"

sed -i 's/Maya (7)/Maya (8)/' "$A/alice-chen.yaml"
run_rel 0 --dir "$A" log alice "birthday party" --date 2026-11-21
sed -i 's/Maya (7)/Maya and Leo/' "$B/alice-chen.yaml"
run_rel 0 --dir "$B" log alice "school play" --date 2026-11-20
git -C "$A" push --quiet

set +e
git -C "$B" pull --no-rebase --no-edit >"$T/pull.out" 2>&1
status=$?
set -e
[[ $status != 0 ]] || fail "the pull should stop on the conflict"
expect_contains "$(cat "$T/pull.out")" "rel: conflict in alice-chen.yaml: details.kids" "the driver names the key"
expect_eq "$(cat "$B/alice-chen.yaml")" 'name: Alice Chen
details:
<<<<<<< ours
  kids: Maya and Leo
=======
  kids: Maya (8)
>>>>>>> theirs
  spouse: Ben
log:
  - date: 2026-11-20
    via: other
    by: me
    note: school play
  - date: 2026-11-21
    via: other
    by: me
    note: birthday party' "markers around the detail, both entries kept"
expect_eq "$(git -C "$B" status --porcelain)" "UU alice-chen.yaml" "git shows the conflict"
