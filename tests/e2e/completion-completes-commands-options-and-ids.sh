# `rel completion bash` loads in bash and completes subcommands, options and contact ids
# (ids after `log`, also after a comma); zsh and fish scripts at least parse.
source "$(dirname "$0")/lib.sh"

mkdir -p "$T/bin" && ln -s "$REL" "$T/bin/rel"
export PATH="$T/bin:$PATH"
write_contact alice-chen <<<'name: Alice Chen'
write_contact work/albert-ng <<<'name: Albert Ng'
write_contact bob <<<'name: Bob Stone'
printf 'name: Cleo Park\ntags: [family, Friend]\n' >"$REL_DIR/cleo.yaml"

# complete WORDS...: what bash offers for the last word.
complete_words() {
  bash -c 'source <(rel completion bash)
           COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
           _rel; printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$@"
}

expect_eq "$(complete_words rel who)" "who-to-call" "a subcommand"
expect_eq "$(complete_words rel log al)" $'alice-chen' "an id by prefix"
expect_eq "$(complete_words rel show w)" "work/albert-ng" "an id in a sub-folder"
expect_eq "$(complete_words rel log bob,al)" "bob,alice-chen" "an id after a comma"
expect_contains "$(complete_words rel who-to-call --)" "--tag" "an option"

# A flag takes no value: the word after it completes for itself.
expect_eq "$(complete_words rel show --json al)" "alice-chen" "an id after --json"
expect_eq "$(complete_words rel show -h al)" "alice-chen" "an id after -h"
expect_eq "$(complete_words rel list --all --ta)" "--tag" "an option after --all"
expect_eq "$(complete_words rel init --git "$T/hom")" "$T/home" "a folder after --git"
expect_eq "$(complete_words rel log --via call bo)" "bob" "an id after an option's value"
# --tag (and -t) complete the tags in use.
expect_eq "$(complete_words rel who-to-call --tag "")" $'Friend\nfamily' "tags"
expect_eq "$(complete_words rel list -t fa)" "family" "-t"
expect_eq "$(complete_words rel add Dan --tag F)" "Friend" "add --tag"

if command -v zsh >/dev/null; then zsh -n <(rel completion zsh) || fail "zsh script does not parse"; fi
if command -v fish >/dev/null; then rel completion fish | fish --no-execute || fail "fish script does not parse"; fi
