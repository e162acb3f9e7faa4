# Contacts in sub-folders are named by their path id; the same file name in two folders is told apart by it.
source "$(dirname "$0")/lib.sh"

write_contact work/sam <<'EOF'
name: Sam Lee
EOF
write_contact family/sam <<'EOF'
name: Sam Park
EOF

run_rel 0 show work/sam --json
expect_eq "$(jq -r '.id + " " + .name' <<<"$OUT")" "work/sam Sam Lee" "work/sam"
run_rel 0 show family/sam --json
expect_eq "$(jq -r '.id + " " + .name' <<<"$OUT")" "family/sam Sam Park" "family/sam"
run_rel 0 show park --json
expect_eq "$(jq -r .id <<<"$OUT")" "family/sam" "by surname"

run_rel 2 show sam
expect_eq "$ERR" "rel: error: \"sam\" matches 2 contacts; be more specific:
  family/sam	Sam Park
  work/sam	Sam Lee" "same file name in two folders"
