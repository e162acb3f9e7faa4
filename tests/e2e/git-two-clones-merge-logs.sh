# Two clones that both `rel log` the same contact merge cleanly with `git pull`: rel's merge
# driver (configured by the first rel write in a fresh clone) unites the entries in date
# order, whichever side pulls, and keeps the file's comments.
source "$(dirname "$0")/lib.sh"
git_identity

git init --quiet --bare "$T/origin.git"
A="$T/laptop"
B="$T/desktop"
run_rel 0 init "$A" --git
cat >"$A/alice-chen.yaml" <<'YAML'
# Alice, from the Acme deal.
name: Alice Chen
details:
  kids: Maya (7)   # ask about school
log:
  - date: 2026-11-01
    via: call
    note: Kickoff.
YAML
git -C "$A" add alice-chen.yaml
git -C "$A" commit --quiet -m "alice"
git -C "$A" remote add origin "$T/origin.git"
git -C "$A" push --quiet -u origin main
git clone --quiet "$T/origin.git" "$B"

expect_eq "$(git -C "$B" config --get merge.rel.driver || true)" "" "a fresh clone has no driver yet"
run_rel 0 --dir "$B" log alice "Dinner: talked sailing" --via meeting --date 2026-11-10
expect_eq "$(git -C "$B" config --get merge.rel.driver)" "'$REL' merge-driver %O %A %B %P" "the first write configures it"
run_rel 0 --dir "$A" log alice "Sent the deck" --via email --date 2026-11-20
run_rel 0 --dir "$A" log alice "Quick call" --via call --date 2026-11-05

expected='# Alice, from the Acme deal.
name: Alice Chen
details:
  kids: Maya (7)   # ask about school
log:
  - date: 2026-11-01
    via: call
    note: Kickoff.
  - date: 2026-11-05
    via: call
    by: me
    note: Quick call
  - date: 2026-11-10
    via: meeting
    by: me
    note: "Dinner: talked sailing"
  - date: 2026-11-20
    via: email
    by: me
    note: Sent the deck'

# The desktop pulls the laptop's entries.
git -C "$A" push --quiet
git -C "$B" pull --quiet --no-rebase --no-edit || fail "desktop's pull did not merge"
expect_eq "$(cat "$B/alice-chen.yaml")" "$expected" "desktop: every entry once, in date order"
expect_eq "$(git -C "$B" status --porcelain)" "" "desktop clean after the merge"

# The laptop, with one more entry of its own, pulls the desktop's merge and entry.
run_rel 0 --dir "$A" log alice "Coffee" --via meeting --date 2026-11-22
git -C "$B" push --quiet
git -C "$A" pull --quiet --no-rebase --no-edit || fail "laptop's pull did not merge"
expect_eq "$(cat "$A/alice-chen.yaml")" "$expected
  - date: 2026-11-22
    via: meeting
    by: me
    note: Coffee" "laptop: every entry once, in date order"
expect_eq "$(git -C "$A" status --porcelain)" "" "laptop clean after the merge"
run_rel 0 --dir "$A" check
