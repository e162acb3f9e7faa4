# A file with CRLF line endings keeps them on the lines rel writes.
source "$(dirname "$0")/lib.sh"

printf 'name: Dana\r\n# note\r\nphone: 1\r\ndetails:\r\n  kids: none\r\nlog:\r\n  - date: 2026-11-01\r\n' >"$REL_DIR/dana.yaml"
run_rel 0 set dana phone 2
run_rel 0 set dana details.pets dog
run_rel 0 set dana email d@x
run_rel 0 unset dana details.kids
run_rel 0 promise dana call --due 2026-12-01
expect_eq "$(od -c "$REL_DIR/dana.yaml")" "$(printf 'name: Dana\r\n# note\r\nphone: "2"\r\ndetails:\r\n  pets: dog\r\nemail: d@x\r\nlog:\r\n  - date: 2026-11-01\r\npromises:\r\n  - what: call\r\n    made: 2026-11-23\r\n    due: 2026-12-01\r\n' | od -c)" "CRLF kept"
