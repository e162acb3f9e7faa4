# `rel merge FROM INTO`: overlapping logs give each entry once, in date order, as written; a detail the
# two files give different values stops the merge (exit 1, nothing changed) until --prefer says which
# wins; FROM's file goes and every `with:` naming it follows, in one commit.
source "$(dirname "$0")/lib.sh"
git_identity

run_rel 0 init --git
cd "$REL_DIR"
write_contact sara-lindqvist <<'EOF'
# Sara, met at the Lund conference.
name: Sara Lindqvist
email: sara@example.com
details:
  kids: Maya (7)   # ask about school
log:
  - date: 2026-11-01
    via: meeting
    by: me
    note: Fika.
  - date: 2026-11-20
    via: meeting
    by: me
    with: [bob-stone, sara-lindqvist-2]
    note: Dinner at Bob's.
EOF
write_contact sara-lindqvist-2 <<'EOF'
name: Sara L.
tags: [client]
email: SARA@example.com
phone: "+46 70 123 45 67"   # mobile
details:
  kids: Maya (8)
  spouse: Ola
promises:
  - what: send the deck
    made: 2026-11-10
    due: 2026-11-30
log:
  - date: 2026-11-01
    via: meeting
    by: me
    note: Fika.
  - date: 2026-11-10   # the deck
    via: email
    by: them
    note: |
      Asked for the deck.
      Sent it the same day.
  - date: 2026-11-20
    via: meeting
    by: me
    with: [bob-stone, sara-lindqvist]
    note: Dinner at Bob's.
EOF
write_contact bob-stone <<'EOF'
name: Bob Stone
log:
  - date: 2026-11-20
    via: meeting
    by: me
    with: [sara-lindqvist, sara-lindqvist-2]   # both files of her
    note: Dinner at Bob's.
  - date: 2026-11-21
    via: call
    by: them
    with: [sara-lindqvist-2]
EOF
git add -A && git commit --quiet -m "by hand"
commits=$(git rev-list --count HEAD)
cp sara-lindqvist.yaml "$T/into" && cp sara-lindqvist-2.yaml "$T/from" && cp bob-stone.yaml "$T/bob"

# The kids differ: nothing merged, nothing changed, nothing committed.
run_rel 1 merge sara-lindqvist-2 sara-lindqvist
expect_eq "$ERR" 'rel: error: sara-lindqvist-2 and sara-lindqvist differ in 1 key, so nothing was merged:
  details.kids: "Maya (7)" (sara-lindqvist) or "Maya (8)" (sara-lindqvist-2)
say which side wins with --prefer into or --prefer from' "the conflict, listed"
cmp sara-lindqvist.yaml "$T/into" && cmp sara-lindqvist-2.yaml "$T/from" && cmp bob-stone.yaml "$T/bob" ||
  fail "a stopped merge changed a file"
expect_eq "$(git rev-list --count HEAD)" "$commits" "no commit"
run_rel 2 merge sara-lindqvist-2 sara-lindqvist --prefer both
run_rel 2 merge sara sara-lindqvist

run_rel 0 merge sara-lindqvist-2 sara-lindqvist --prefer into
expect_eq "$OUT" 'merged sara-lindqvist-2 into sara-lindqvist: 1 interaction, 1 promise and 4 other values added; sara-lindqvist-2.yaml removed
kept details.kids: "Maya (7)" (sara-lindqvist)
with: updated in bob-stone (2)' "report"
[[ ! -e sara-lindqvist-2.yaml ]] || fail "FROM's file stays"
# INTO's lines as they were; FROM's entry only it had placed by date, as FROM wrote it; the dinner both
# logged (each naming the other file) once; aka gains FROM's name, the lists only FROM had come whole.
diff - sara-lindqvist.yaml <<'EOF' || fail "the merged file"
# Sara, met at the Lund conference.
name: Sara Lindqvist
aka: [Sara L.]
email: sara@example.com
details:
  kids: Maya (7)   # ask about school
  spouse: Ola
tags: [client]
phone: "+46 70 123 45 67"   # mobile
promises:
  - what: send the deck
    made: 2026-11-10
    due: 2026-11-30
log:
  - date: 2026-11-01
    via: meeting
    by: me
    note: Fika.
  - date: 2026-11-10   # the deck
    via: email
    by: them
    note: |
      Asked for the deck.
      Sent it the same day.
  - date: 2026-11-20
    via: meeting
    by: me
    with: [bob-stone]
    note: Dinner at Bob's.
EOF
diff - bob-stone.yaml <<'EOF' || fail "bob's with: references"
name: Bob Stone
log:
  - date: 2026-11-20
    via: meeting
    by: me
    with: [sara-lindqvist]   # both files of her
    note: Dinner at Bob's.
  - date: 2026-11-21
    via: call
    by: them
    with: [sara-lindqvist]
EOF
expect_eq "$(git rev-list --count HEAD)" "$((commits + 1))" "one commit"
expect_eq "$(git log -1 --format=%s)" "merge: Sara L. (sara-lindqvist-2) into Sara Lindqvist" "commit message"
expect_eq "$(git show --name-status --format= HEAD | sort)" $'D\tsara-lindqvist-2.yaml\nM\tbob-stone.yaml\nM\tsara-lindqvist.yaml' "its files"
expect_eq "$(git status --porcelain)" "" "clean"
run_rel 0 check
run_rel 0 show "Sara L." --json
expect_eq "$(jq -r '.id, (.log | length), (.emails | join(","))' <<<"$OUT")" $'sara-lindqvist\n3\nsara@example.com' "one person"

# --prefer from: FROM's value replaces INTO's lines.
write_contact a <<'EOF'
name: A
cadence: 30d   # monthly
EOF
write_contact b <<'EOF'
name: A
cadence: 2w
EOF
run_rel 1 merge b a
expect_contains "$ERR" 'cadence: "30d" (a) or "2w" (b)' "cadence conflicts"
run_rel 0 merge b a --prefer from
expect_eq "$(cat a.yaml)" $'name: A\ncadence: 2w' "FROM's line"
