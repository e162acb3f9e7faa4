# A big import says how far it got on stderr while it prepares and writes the contacts — only when
# stderr is a terminal, and the line is erased at the end; piped, stderr carries only real messages.
source "$(dirname "$0")/lib.sh"
: "${REL_BENCH_VCARDS:?REL_BENCH_VCARDS must name rel-bench-vcards}"
command -v script >/dev/null || { echo "SKIP: script(1) is not installed"; exit 77; }
"$REL_BENCH_VCARDS" 300 7 >"$T/big.vcf"

rel import "$T/big.vcf" >"$T/out" 2>"$T/err"
expect_eq "$(cat "$T/err")" "" "no progress on a piped stderr"
expect_contains "$(tail -n 1 "$T/out")" " new, 0 updated, 0 unchanged" "imported"

rm -rf "$REL_DIR" "$XDG_CACHE_HOME" && mkdir -p "$REL_DIR"
script -qefc "REL_PROGRESS_DELAY=0 \"$REL\" import \"$T/big.vcf\" >/dev/null" "$T/typescript" >/dev/null </dev/null
tty=$(cat "$T/typescript")
[[ $tty == *$'\rrel: preparing '*" contacts"* || $tty == *$'\rrel: writing '*" files"* ]] ||
  fail "no progress line in: $(cat -v "$T/typescript")"
expect_contains "$tty" $'\r\033[K' "erased at the end"
