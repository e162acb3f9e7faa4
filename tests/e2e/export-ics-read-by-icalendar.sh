# `rel export --format ics` is a calendar that Python's icalendar reads: a yearly all-day event per
# important date (a date without a year too), an event on each open promise's due date with its
# text, archived and deceased people left out; UIDs the same from one export to the next and after
# `rel log`; CRLF, 75-octet lines, PRODID and DTSTAMP.
source "$(dirname "$0")/lib.sh"
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || { echo "SKIP: python3-icalendar is not installed"; exit 77; }
source "$(dirname "$0")/fixtures/journal-to-export.sh"

rel export --format ics >"$T/first.ics"
grep -qv $'\r$' "$T/first.ics" && fail "a line without CRLF"
LC_ALL=C awk 'length($0) > 76 { bad = 1 } END { exit bad }' "$T/first.ics" || fail "a line over 75 octets"
grep -q '^PRODID:-//rel//rel ' "$T/first.ics" || fail "no PRODID"

/usr/bin/python3 - "$T/first.ics" >"$T/events" <<'PY' || fail "icalendar could not read the export"
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
for event in calendar.walk("VEVENT"):
    rule = event.get("RRULE")
    print("\t".join([
        str(event["UID"]), event["DTSTART"].dt.isoformat(), event["DTEND"].dt.isoformat(),
        "yearly" if rule and rule["FREQ"] == ["YEARLY"] else "once",
        str(event["SUMMARY"]), str(event.get("DESCRIPTION", "")).replace("\n", "|"),
        event["DTSTAMP"].dt.isoformat()]))
PY
expect_eq "$(cut -f1-6 "$T/events")" "alice-chen/birthday@rel	1985-03-14	1985-03-15	yearly	Birthday: Alice Chen	birthday 1985-03-14
alice-chen/wedding anniversary@rel	2012-06-30	2012-07-01	yearly	Wedding anniversary: Alice Chen	wedding anniversary 2012-06-30
alice-chen/promise-$(grep -o 'promise-[0-9a-f]*' "$T/first.ics" | head -n 1 | cut -d- -f2)@rel	2026-11-27	2026-11-28	once	Promise to Alice Chen: send the Berlin flat-hunting guide, with the map	send the Berlin flat-hunting guide, with the map|(promised on 2026-11-20)
work/jurgen-muller/birthday@rel	1972-04-02	1972-04-03	yearly	Birthday: Jürgen Müller	" "every date and the open promise, no archived or deceased person"
expect_eq "$(cut -f7 "$T/events" | sort -u)" "2026-11-23T00:00:00+00:00" "DTSTAMP is today"

# The same export again, and after an interaction is logged: the same UIDs.
run_rel 0 log alice "coffee" --via meeting
rel export --format ics -o "$T/second.ics"
expect_eq "$(grep '^UID:' "$T/second.ics")" "$(grep '^UID:' "$T/first.ics")" "UIDs stable"
# A promise kept leaves the calendar.
run_rel 0 kept alice
expect_eq "$(rel export --format ics | grep -c '^BEGIN:VEVENT')" "3" "a kept promise is no event"
# --tag: only those people.
expect_eq "$(rel export --format ics --tag acme | grep -c '^BEGIN:VEVENT')" "2" "--tag"
