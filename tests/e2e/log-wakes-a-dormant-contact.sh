# Logging an interaction with a dormant contact makes them active again in the same write: the
# `status: dormant` line becomes `status: active` (its comment kept), and rel says so.
source "$(dirname "$0")/lib.sh"

write_contact lukas <<'YAML'
name: Lukas Weber
tags: [acquaintance]
status: dormant   # let it rest after the move
log:
  - {date: 2026-04-10, via: meeting, by: them}
YAML
write_contact nina <<'YAML'
name: Nina Berg
log:
  - {date: 2026-11-20, via: video, by: me}
YAML

run_rel 0 who-to-call --all --format tsv
expect_eq "$(tail -n +2 <<<"$OUT" | cut -f1,5,14,15)" $'nina\tok\t\tactive\nlukas\tok\tdormant\tdormant' "dormant: not due"

run_rel 0 log lukas,nina "ran into them at the station" --via meeting --by them
expect_eq "$OUT" "logged meeting with Lukas Weber on 2026-11-23
Lukas Weber is active again
logged meeting with Nina Berg on 2026-11-23" "says so"
expect_eq "$(cat "$REL_DIR/lukas.yaml")" "name: Lukas Weber
tags: [acquaintance]
status: active   # let it rest after the move
log:
  - {date: 2026-04-10, via: meeting, by: them}
  - date: 2026-11-23
    via: meeting
    by: them
    with: [nina]
    note: ran into them at the station" "one line changed, the entry appended"
run_rel 0 show lukas --json
expect_eq "$(jq -r .contact_status <<<"$OUT")" "active" "active"

# Logging again with an active contact says nothing more.
run_rel 0 log lukas "coffee" --via meeting
expect_eq "$OUT" "logged meeting with Lukas Weber on 2026-11-23" "no second wake-up"

# In a git journal the wake-up is part of the log's one commit.
write_contact marco <<'YAML'
name: Marco Bianchi
status: dormant
YAML
run_rel 0 init --git
git -C "$REL_DIR" -c user.name=t -c user.email=t@example.com add -A >/dev/null
git -C "$REL_DIR" -c user.name=t -c user.email=t@example.com commit -qm start
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
run_rel 0 log marco "birthday call" --via call
expect_eq "$(git -C "$REL_DIR" log -1 --format=%s)" "log: Marco Bianchi (call)" "one commit"
expect_eq "$(git -C "$REL_DIR" show --stat --format= HEAD | head -n 1 | awk '{print $1}')" "marco.yaml" "the file"
expect_eq "$(git -C "$REL_DIR" diff HEAD~1 HEAD -- marco.yaml | grep '^[-+][a-z]' | head -n 2)" "-status: dormant
+status: active" "the status line in the same commit"
