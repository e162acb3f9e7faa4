# rel check names every *.yaml that is no file to read (a FIFO, a link round in a loop, a link to
# nothing), which listings leave out, and never waits on a FIFO; a FIFO as .rel.yaml is refused too.
source "$(dirname "$0")/lib.sh"

cd "$REL_DIR"
printf 'name: Alice Chen\n' >alice-chen.yaml
mkfifo pipe.yaml
ln -s loop-b.yaml loop-a.yaml
ln -s loop-a.yaml loop-b.yaml
mkdir work && ln -s gone.yaml work/dangling.yaml
mkfifo not-yaml.txt  # not named *.yaml: no contact, no problem

timeout 10 "$REL" list >"$T/out" 2>"$T/err" || fail "list failed: $(cat "$T/err")"
expect_contains "$(cat "$T/out")" "Alice Chen" "listings serve the contact file"
timeout 10 "$REL" check >"$T/out" 2>"$T/err" && fail "check passed"
expect_eq "$(cat "$T/out")" "loop-a.yaml: a symbolic link that leads round in a loop, so no contact file: it is left out of every listing
loop-b.yaml: a symbolic link that leads round in a loop, so no contact file: it is left out of every listing
pipe.yaml: a FIFO, not a regular file, so no contact file: it is left out of every listing
work/dangling.yaml: a symbolic link to gone.yaml, which does not exist, so no contact file: it is left out of every listing" "each named"
expect_eq "$(cat "$T/err")" "rel: error: 4 problems in 4 of 5 files" "counted"

rm pipe.yaml loop-a.yaml loop-b.yaml work/dangling.yaml
mkfifo .rel.yaml
timeout 10 "$REL" check >"$T/out" 2>"$T/err" && fail "check passed with a FIFO as .rel.yaml"
expect_eq "$(cat "$T/out")" ".rel.yaml: not a regular file (a FIFO), so rel does not read it" "settings FIFO refused"
