# A whole import — new files and filled ones, from several address books — is one git commit of
# exactly those files, with a message naming the sources and the summary; other work stays unstaged.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/address-book.sh"
git_identity

run_rel 0 init --git
write_contact alice-chen <<<'name: Alice Chen'
write_contact zed <<<'name: Zed'
git -C "$REL_DIR" add -A && git -C "$REL_DIR" commit -qm "by hand"
echo "# mine" >>"$REL_DIR/zed.yaml"  # the user's own unfinished edit
printf '%s\n' 'Name,Email' 'Priya Nair,priya@example.com' >"$T/more.csv"
before=$(git -C "$REL_DIR" rev-list --count HEAD)

cd "$T"
run_rel 0 import contacts.vcf more.csv
expect_eq "$(git -C "$REL_DIR" rev-list --count HEAD)" "$((before + 1))" "one commit"
expect_eq "$(git -C "$REL_DIR" log -1 --format=%s)" \
  "import: contacts.vcf and more.csv (2 new, 1 updated, 0 unchanged, 2 skipped: 1 no name, 1 not a person)" "message"
expect_eq "$(git -C "$REL_DIR" show --name-only --format= HEAD | sort)" \
  $'alice-chen.yaml\njurgen-muller.yaml\npriya-nair.yaml' "exactly the files imported"
expect_eq "$(git -C "$REL_DIR" status --porcelain)" " M zed.yaml" "the user's edit left alone"
