# The man page, README and shell completions tell the truth about the command line:
# every subcommand in `rel --help` and every long option of each is documented and completed.
source "$(dirname "$0")/lib.sh"

man_page="$REL_SOURCE_DIR/man/rel.1"
readme="$REL_SOURCE_DIR/README.md"
# The man page as plain text, with roff's escaped hyphens turned back into hyphens.
man_text=$(sed 's/\\-/-/g' "$man_page")
completion=$(rel completion bash)

commands=$(rel --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}')
[[ -n "$commands" ]] || fail "no subcommands found in rel --help"

for cmd in $commands; do
  grep -q "^\.SS \"rel $cmd\b" <<<"$man_text" || fail "man/rel.1 has no .SS section for 'rel $cmd'"
  grep -qw -- "$cmd" <<<"$(grep "_rel_subcommands" -A4 <<<"$completion")" || fail "bash completion lacks '$cmd'"
  # The command's own section: from its .SS line to the next .SS or .SH.
  section=$(awk -v head=".SS \"rel $cmd" 'index($0, head) == 1 {on = 1; print; next}
            on && /^\.S[SH] / && !/^\.SS "rel (set|unset|archive|unarchive)/ {on = 0} on' <<<"$man_text")
  options=$(rel "$cmd" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u | grep -vx -- '--help' || true)
  for opt in $options; do
    grep -q -- "$opt" <<<"$section" || fail "man/rel.1 section of 'rel $cmd' does not mention $opt"
  done
done

# README opens with exactly the two commands of the brief.
expect_eq "$(sed -n '2,3p' "$readme" | awk '{print $1, $2}')" $'make run\nmake test' "README's first two commands"

# The man page renders without groff warnings.
if command -v groff >/dev/null; then
  warnings=$(groff -man -ww -z "$man_page" 2>&1)
  expect_eq "$warnings" "" "groff warnings on man/rel.1"
fi
