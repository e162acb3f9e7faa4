# rel log replaces the file atomically yet keeps its permissions, and leaves no temporary file behind.
source "$(dirname "$0")/lib.sh"

printf 'name: Alice\n' >"$REL_DIR/alice.yaml"
chmod 600 "$REL_DIR/alice.yaml"
mkdir -p "$REL_DIR/work" && printf 'name: Bob\n' >"$REL_DIR/work/bob.yaml"
chmod 640 "$REL_DIR/work/bob.yaml"
# A temporary file left by a killed write is reused and removed by the next write of that file.
printf 'garbage' >"$REL_DIR/.alice.yaml.rel-tmp"
run_rel 0 log alice,bob hi
expect_eq "$(stat -c %a "$REL_DIR/alice.yaml")" "600" "mode of alice.yaml"
expect_eq "$(stat -c %a "$REL_DIR/work/bob.yaml")" "640" "mode of work/bob.yaml"
expect_eq "$(cd "$REL_DIR" && find . -type f | sort | paste -sd' ')" "./alice.yaml ./work/bob.yaml" "no temporary files"
run_rel 0 check
