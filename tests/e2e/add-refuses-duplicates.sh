# `rel add` never silently makes a second file of someone: a name or aka (ignoring case and accents), an
# email (ignoring case) or a phone (its digits) a contact has stops it with exit 1, naming the contact;
# --namesake adds a different person who shares them.
source "$(dirname "$0")/lib.sh"

run_rel 0 add Sara Lindqvist --email sara@example.com --phone "+46 70-123 45 67" --set aka=Sassa
run_rel 0 add Jürgen Müller

run_rel 1 add sara LINDQVIST
expect_eq "$ERR" "rel: error: sara LINDQVIST may be in the journal already:
  sara-lindqvist	Sara Lindqvist (same name)
nothing was added; if they are someone else, add them with --namesake" "same name"
run_rel 1 add Jurgen Muller
expect_contains "$ERR" "jurgen-muller	Jürgen Müller (same name)" "accents folded"
run_rel 1 add Sassa
expect_contains "$ERR" "sara-lindqvist	Sara Lindqvist (same name)" "an aka is a name"
run_rel 1 add S. Lindqvist --email SARA@Example.com
expect_contains "$ERR" "sara-lindqvist	Sara Lindqvist (same email SARA@Example.com)" "same email"
run_rel 1 add S. Lindqvist --set "phone=+46 (70) 1234567"
expect_contains "$ERR" "sara-lindqvist	Sara Lindqvist (same phone +46 (70) 1234567)" "same phone digits"
expect_eq "$(ls "$REL_DIR")" $'jurgen-muller.yaml\nsara-lindqvist.yaml' "nothing added"

run_rel 0 add Sara Lindqvist --namesake
expect_eq "$OUT" "sara-lindqvist-2" "a namesake, on purpose"
run_rel 0 add Sara Berg --email other@example.com --phone "+46 70 999"
expect_eq "$OUT" "sara-berg" "someone else"
