# Hostile nesting (flow, block, unclosed) is refused with a position, never a crash; brackets in text are not nesting.
source "$(dirname "$0")/lib.sh"

cd "$REL_DIR"
rep() { python3 -c "import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))" "$1" "$2"; }
{ printf 'name: A\nx: '; rep '[' 10000; rep ']' 10000; echo; } >flow.yaml
{ printf 'name: A\nx: '; rep '{a: ' 10000; printf 1; rep '}' 10000; echo; } >maps.yaml
{ printf 'name: A\nx:\n  '; rep '- ' 10000; echo x; } >block.yaml
{ printf 'name: A\nx: '; rep '[' 1000000; echo; } >unclosed.yaml
run_rel 1 check
expect_eq "$OUT" "block.yaml:3:65: nesting deeper than 32 levels
flow.yaml:2:36: nesting deeper than 32 levels
maps.yaml:2:132: nesting deeper than 32 levels
unclosed.yaml:2:36: nesting deeper than 32 levels" "deep nesting refused at the 33rd level"
rm -f ./*.yaml

# Brackets inside quotes, comments, block scalars and plain text are text, however many.
many=$(rep '[' 300)
{
  printf 'name: A   # %s\n' "$many"
  printf 'aka: ["%s", '"'"'%s'"'"']\n' "$many" "$many"
  printf 'details:\n  plain: a %s\n  block: |\n    %s\n    {{{{%s\n' "$many" "$many" "$many"
} >text.yaml
run_rel 0 check
run_rel 0 log text -- "$many{$many"
run_rel 0 show text --json
expect_eq "$(jq -r '.log[0].note' <<<"$OUT")" "$many{$many" "bracket note round-trips"
expect_eq "$(jq -r '.aka[1]' <<<"$OUT")" "$many" "quoted brackets are text"
