# `rel sync` merging a change from another clone while four `rel log` writers run: every note that
# `rel log` reported as logged is in the file afterwards (the race of /work/shared/repro/sync-race.sh,
# in fewer rounds; sync-merge-holds-the-journal-lock shows the mechanism without relying on timing).
source "$(dirname "$0")/lib.sh"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@t GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@t
git config --global init.defaultBranch main
unset REL_DIR
cd "$T"
for round in 1 2 3; do
  rm -rf s2 s2c s2.git ok && git init -q --bare s2.git
  rel init s2 --git >/dev/null && rel --dir s2 add Alice >/dev/null && rel --dir s2 add Bob >/dev/null
  rel --dir s2 git remote add origin "$T/s2.git" && rel --dir s2 sync >/dev/null 2>&1
  git clone -q s2.git s2c && rel --dir s2c log alice "from the other machine" >/dev/null && git -C s2c push -q 2>/dev/null
  for w in 1 2 3 4; do
    who=$([ "$w" -le 2 ] && echo alice || echo bob)
    (for i in $(seq 6); do rel --dir s2 log "$who" "w$w-$i" >/dev/null 2>&1 && echo "w$w-$i $who" >>ok; done) &
  done
  sleep 0.$((round * 2))
  set +e
  rel --dir s2 sync >/dev/null 2>"$T/sync.err"
  status=$?
  set -e
  wait
  [[ $status == 0 ]] || fail "round $round: sync failed: $(cat "$T/sync.err")"
  while read -r note who; do
    grep -q "note: $note\$" "s2/$who.yaml" || fail "round $round: lost $note ($who), though rel log had said logged"
  done <ok
  expect_eq "$(wc -l <ok)" "24" "round $round: every write succeeded"
  grep -q "note: from the other machine" s2/alice.yaml || fail "round $round: the other machine's entry is missing"
  expect_eq "$(git -C s2 status --porcelain)" "" "round $round: everything committed"
done
