# Every listing command gives the same bytes (stdout, stderr, exit status) without the index (first
# run, or after deleting the cache) and with it, on the examples journal.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/fixtures/index-transcript.sh"

rm -rf "$REL_DIR"
cp -r "$REL_SOURCE_DIR/examples/journal" "$REL_DIR"
# A file written in the same clock tick as a run is not cached yet; let the copy age.
sleep 0.1
before=$(cd "$REL_DIR" && find . | sort)

transcript "alice-chen" "sailing" >"$T/cold.txt"
index=$(index_file)
[[ -s $index ]] || fail "no index was written under \$XDG_CACHE_HOME"
transcript "alice-chen" "sailing" >"$T/warm.txt"
expect_eq "$(cat "$T/warm.txt")" "$(cat "$T/cold.txt")" "listings through the index"
rm -rf "$XDG_CACHE_HOME"
transcript "alice-chen" "sailing" >"$T/deleted.txt"
expect_eq "$(cat "$T/deleted.txt")" "$(cat "$T/cold.txt")" "listings after deleting the cache"
expect_eq "$(cd "$REL_DIR" && find . | sort)" "$before" "nothing derived is written into the journal"
expect_contains "$(cat "$T/cold.txt")" "Alice Chen" "the transcript lists contacts"
