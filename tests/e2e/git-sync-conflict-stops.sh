# `rel sync` stops with exit 1 when the merge needs a human (the same detail changed on both
# machines), pushes nothing, and leaves the markers for the user; outside a repository it
# says how to start one.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init
run_rel 1 sync
expect_contains "$ERR" "is not in a git repository (start one with \`rel init --git\`)" "no repository"

git init --quiet --bare "$T/origin.git"
A="$T/laptop"
B="$T/desktop"
run_rel 0 init "$A" --git
printf 'name: Alice Chen\ndetails:\n  kids: Maya (7)\n' >"$A/alice-chen.yaml"
git -C "$A" add alice-chen.yaml
git -C "$A" commit --quiet -m alice
git -C "$A" remote add origin "$T/origin.git"
run_rel 0 --dir "$A" sync
git clone --quiet "$T/origin.git" "$B"

sed -i 's/Maya (7)/Maya (8)/' "$A/alice-chen.yaml"
git -C "$A" commit --quiet -am "kids"
run_rel 0 --dir "$A" sync
sed -i 's/Maya (7)/Maya and Leo/' "$B/alice-chen.yaml"
git -C "$B" commit --quiet -am "kids too"
mine=$(git -C "$B" rev-parse HEAD)
run_rel 1 --dir "$B" sync
expect_contains "$ERR" "rel: conflict in alice-chen.yaml: details.kids changed differently on both sides" "driver names it"
expect_contains "$ERR" "rel: error: the merge needs you" "sync says what to do"
expect_eq "$OUT" "" "no report"
expect_contains "$(cat "$B/alice-chen.yaml")" $'<<<<<<< ours\n  kids: Maya and Leo\n=======\n  kids: Maya (8)\n>>>>>>> theirs' "markers"
expect_eq "$(git -C "$T/origin.git" log -1 --format=%s main)" "kids" "nothing pushed"
expect_eq "$(git -C "$B" rev-parse HEAD)" "$mine" "no merge commit"
