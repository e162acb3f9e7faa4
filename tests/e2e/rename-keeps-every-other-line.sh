# `rel rename` changes only the name line (the old name joins aka), moves the file to the new slug as one
# commit git sees as a rename (history follows), and changes every `with:` naming the old id in other
# files by text edits: every other byte of every touched file stays.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$REL_DIR"
write_contact sara-lindqvist <<'EOF'
# Sara, met at the Lund conference.
name: Sara Lindqvist   # née Berg
aka: [Sassa]
tags: [friend]
email: sara@example.com
details:
  kids: Maya (7)
log:
  - date: 2026-11-01
    via: meeting
    by: me
    with: [bob-stone]
    note: Fika.
EOF
write_contact bob-stone <<'EOF'
name: Bob Stone
log:
  # the conference
  - date: 2026-11-01
    via: meeting
    by: me
    with: [work/cleo, sara-lindqvist]   # all three of us
    note: Fika.
  - date: 2026-11-05
    via: call
    by: them
    with:
      - sara-lindqvist
EOF
write_contact work/cleo <<'EOF'
name: Cleo
log:
  - date: 2026-11-02
    via: email
    by: me
    with: sara-lindqvist
EOF
git add -A && git commit --quiet -m "by hand"
commits=$(git rev-list --count HEAD)

run_rel 0 rename sara Sara Berg
expect_eq "$OUT" "renamed Sara Lindqvist to Sara Berg (sara-lindqvist is now sara-berg)
with: updated in bob-stone (2), work/cleo (1)" "report"
[[ ! -e sara-lindqvist.yaml ]] || fail "the old file stays"
diff - sara-berg.yaml <<'EOF' || fail "the renamed file"
# Sara, met at the Lund conference.
name: Sara Berg   # née Berg
aka: [Sassa, Sara Lindqvist]
tags: [friend]
email: sara@example.com
details:
  kids: Maya (7)
log:
  - date: 2026-11-01
    via: meeting
    by: me
    with: [bob-stone]
    note: Fika.
EOF
diff - bob-stone.yaml <<'EOF' || fail "bob's with: references"
name: Bob Stone
log:
  # the conference
  - date: 2026-11-01
    via: meeting
    by: me
    with: [work/cleo, sara-berg]   # all three of us
    note: Fika.
  - date: 2026-11-05
    via: call
    by: them
    with:
      - sara-berg
EOF
diff - work/cleo.yaml <<'EOF' || fail "cleo's single with:"
name: Cleo
log:
  - date: 2026-11-02
    via: email
    by: me
    with: sara-berg
EOF

# One commit, which git shows as a rename, so that history follows the file.
expect_eq "$(git rev-list --count HEAD)" "$((commits + 1))" "one commit"
expect_eq "$(git log -1 --format=%s)" "rename: Sara Lindqvist to Sara Berg" "commit message"
expect_eq "$(git log -1 --format='%(trailers:key=Rel-Command,valueonly)')" "rename" "rel's trailer"
expect_eq "$(git show -M --name-status --format= HEAD | cut -c1 | sort | tr -d '\n')" "MMR" "two changed, one renamed"
expect_eq "$(git show -M --name-status --format= HEAD | grep '^R' | cut -f2-)" $'sara-lindqvist.yaml\tsara-berg.yaml' "the rename"
expect_eq "$(git log --follow --format=%s -- sara-berg.yaml)" $'rename: Sara Lindqvist to Sara Berg\nby hand' "history follows"
expect_eq "$(git status --porcelain)" "" "clean"

# Found by the old name, now an aka; renamed back, the file goes back (the old name is in aka already).
run_rel 0 show "Sara Lindqvist" --json
expect_eq "$(jq -r .id <<<"$OUT")" "sara-berg" "the old name still finds her"
run_rel 0 rename sara-berg Sara Lindqvist
expect_eq "$(sed -n 2,3p sara-lindqvist.yaml)" $'name: Sara Lindqvist   # née Berg\naka: [Sassa, Sara Lindqvist, Sara Berg]' "back"

# A case-only change keeps the file where it is and adds no aka; a clash with another file's slug gets -2.
run_rel 0 rename sara-lindqvist sara LINDQVIST
expect_eq "$OUT" "renamed Sara Lindqvist to sara LINDQVIST (sara-lindqvist)" "same slug"
expect_eq "$(sed -n 2,3p sara-lindqvist.yaml)" $'name: sara LINDQVIST   # née Berg\naka: [Sassa, Sara Lindqvist, Sara Berg]' "no aka for a case change"
run_rel 0 rename sara-lindqvist Bob Stone
expect_contains "$OUT" "(sara-lindqvist is now bob-stone-2)" "slug clash"
run_rel 0 check
run_rel 1 rename nobody New Name
run_rel 2 rename bob-stone-2
expect_eq "$(git status --porcelain)" "" "clean at the end"
