# `rel init --git` creates a repository with rel's ignores and attributes, turns autocommit on,
# configures the merge driver and makes exactly one commit; on an existing repository it adopts it.
source "$(dirname "$0")/lib.sh"
git_identity

J="$T/fresh"
run_rel 0 init "$J" --git
expect_contains "$OUT" "created a git repository in $J" "init reports the repository"
cd "$J"
expect_eq "$(git log --format=%s)" "init: rel journal" "one commit"
expect_eq "$(git show --name-only --format= HEAD | sort)" $'.gitattributes\n.gitignore\n.rel.yaml' "what it commits"
expect_eq "$(git status --porcelain)" "" "status clean"
expect_eq "$(cat .gitattributes)" \
  $'# Contact files merge with `rel merge-driver` (configured in .git/config by rel).\n*.yaml merge=rel' ".gitattributes"
expect_eq "$(cat .gitignore)" \
  $'# rel\'s half-written temporary files (a crash can leave one behind).\n.*.rel-tmp*' ".gitignore"
# What a write killed half-way leaves, under either of the names a write uses, stays out of git.
touch .alice-chen.yaml.rel-tmp .alice-chen.yaml.rel-tmp-4242 work.rel-tmp
expect_eq "$(git status --porcelain --ignored=matching | sort)" $'!! .alice-chen.yaml.rel-tmp\n!! .alice-chen.yaml.rel-tmp-4242\n?? work.rel-tmp' \
  "temporary files ignored, and only they"
rm .alice-chen.yaml.rel-tmp .alice-chen.yaml.rel-tmp-4242 work.rel-tmp
expect_eq "$(tail -2 .rel.yaml)" $'git:\n  autocommit: true' "autocommit on"
expect_eq "$(git config --get merge.rel.driver)" "'$REL' merge-driver %O %A %B %P" "merge driver configured"
expect_eq "$(git check-attr merge alice.yaml)" "alice.yaml: merge: rel" "contact files use the driver"

# Again: nothing changes, no new commit.
run_rel 0 init "$J" --git
expect_eq "$(git rev-list --count HEAD)" "1" "re-init makes no commit"

# An existing repository with the user's own staged work and an existing journal: adopted, their work untouched.
R="$T/repo"
mkdir -p "$R/people"
cd "$R"
git init --quiet
echo "mine" >notes.txt
git add notes.txt
git commit --quiet -m "user: notes"
echo "staged" >>notes.txt
git add notes.txt
printf 'cadence:\n  default: 21d\n' >"$R/people/.rel.yaml"
printf 'name: Bo\n' >"$R/people/bo.yaml"
run_rel 0 init "$R/people" --git
expect_contains "$OUT" "using the git repository in $R" "adopts the repository"
expect_eq "$(git log --format=%s)" $'init: rel journal\nuser: notes' "one more commit"
expect_eq "$(git show --name-only --format= HEAD | sort)" \
  $'people/.gitattributes\npeople/.gitignore\npeople/.rel.yaml' "commits only what rel wrote"
expect_eq "$(cat people/.rel.yaml)" $'cadence:\n  default: 21d\n# Every rel write is a git commit (`rel init --git`); `rel sync` pulls and pushes.\ngit:\n  autocommit: true' ".rel.yaml keeps the user's lines"
expect_eq "$(git status --porcelain)" $'M  notes.txt\n?? people/bo.yaml' "the user's staged work stays staged, uncommitted"

# A journal kept so far without git: its contacts go into the first commit with rel's files.
P="$T/plain"
run_rel 0 init "$P"
printf 'name: Alice Chen\n' >"$P/alice-chen.yaml"
mkdir "$P/work"
printf 'name: Dana Kim\n' >"$P/work/dana-kim.yaml"
printf 'not a contact\n' >"$P/notes.txt"
run_rel 0 init "$P" --git
expect_contains "$OUT" "journal already set up in $P" "the journal was there"
cd "$P"
expect_eq "$(git log --format=%s)" "init: rel journal" "one commit"
expect_eq "$(git show --name-only --format= HEAD | sort)" \
  $'.gitattributes\n.gitignore\n.rel.yaml\nalice-chen.yaml\nwork/dana-kim.yaml' "contacts committed, nothing else"
expect_eq "$(git status --porcelain)" "?? notes.txt" "other files left alone"
