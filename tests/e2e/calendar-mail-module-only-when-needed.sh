# rel loads its calendar and mail readers (GMime, libical and the twenty libraries they bring, some
# 4 ms at every start) only for the commands that read calendars and mail: the module
# librel-calendar-mail.so, beside the binary. Without it, those commands say what is missing and every
# other command works.
source "$(dirname "$0")/lib.sh"
source "$REL_SOURCE_DIR/tests/e2e/fixtures/activity.sh"
cd "$T"

# How many times a run opens GMime's library (the dynamic loader says each file it loads).
gmime_loads() { (LD_DEBUG=files "$@" 2>&1 >/dev/null || true) | grep -c 'file=libgmime-3.0' || true; }
expect_eq "$(gmime_loads "$REL" who-to-call)" 0 "who-to-call does not load GMime"
expect_eq "$(gmime_loads "$REL" show alice-chen)" 0 "show does not load GMime"
expect_eq "$(gmime_loads "$REL" log alice-chen "a call" --via call)" 0 "log does not load GMime"
[[ $(gmime_loads "$REL" import --dry-run work.ics) -ge 1 ]] || fail "import of a calendar loads the module"
run_rel 0 import --dry-run work.ics
expect_contains "$OUT" "6 logged for 3 contacts" "the calendar is read through the module"

# A copy of rel with no module beside it (nor in the library folder it would be installed in).
mkdir -p "$T/elsewhere/bin"
cp "$REL" "$T/elsewhere/bin/rel"
REL="$T/elsewhere/bin/rel"
run_rel 0 show alice-chen
expect_contains "$OUT" "Alice Chen" "show works without the module"
run_rel 1 import --dry-run work.ics
expect_contains "$ERR" "the calendar and mail readers (librel-calendar-mail.so) are not installed with this rel" \
  "a calendar import says what is missing"
run_rel 1 log --from-mail <"$T/Mail/INBOX/cur/$(ls "$T/Mail/INBOX/cur" | head -n 1)"
expect_contains "$ERR" "librel-calendar-mail.so" "so does a message piped in"
