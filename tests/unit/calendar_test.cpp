#include "rel/interop/calendar.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "interop_fixtures.hpp"
#include "local_time_zone.hpp"
#include "rel/interop/charset.hpp"

using rel::Date;
using rel::LocalTimeZone;
using rel::Timestamp;
using rel::interop::AttendeeKind;
using rel::interop::CalendarEvent;
using rel::interop::CalendarWindow;
using rel::interop::Participation;
using rel::interop::read_calendar;
using rel::test::crlf;

namespace {

Date day(int y, int m, int d) { return *Date::from_ymd(y, m, d); }
Timestamp at(int y, int m, int d, int hour, int minute) { return Timestamp{day(y, m, d), hour * 60 + minute}; }

const CalendarWindow autumn{day(2026, 10, 1), day(2026, 12, 1)};

// The zones as Thunderbird and Google write them.
constexpr std::string_view berlin_and_new_york = R"(BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
)";

// A weekly meeting across the end of summer time (Europe: Oct 25), with one week excluded, one
// moved to Tuesday afternoon with a new title, and one cancelled.
constexpr std::string_view weekly_sync = R"(BEGIN:VEVENT
UID:weekly-sync@example.com
DTSTAMP:20260901T120000Z
DTSTART;TZID=Europe/Berlin:20261005T090000
DTEND;TZID=Europe/Berlin:20261005T093000
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=8
EXDATE;TZID=Europe/Berlin:20261019T090000
SUMMARY:Weekly sync\, product
LOCATION:Room Spree\, 3rd floor
ORGANIZER;CN="Chen, Alice":mailto:Alice.Chen@Example.com
ATTENDEE;CN=Ben Ng;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:ben@example.com
ATTENDEE;CN=Carla Diaz;PARTSTAT=DECLINED:MAILTO:Carla@Example.com
ATTENDEE;CUTYPE=ROOM;CN=Room Spree;PARTSTAT=ACCEPTED:mailto:room-spree@resource.example.com
ATTENDEE;CN=Me;PARTSTAT=TENTATIVE:mailto:me@example.com
END:VEVENT
BEGIN:VEVENT
UID:weekly-sync@example.com
DTSTAMP:20260901T120000Z
RECURRENCE-ID;TZID=Europe/Berlin:20261109T090000
DTSTART;TZID=Europe/Berlin:20261110T140000
DTEND;TZID=Europe/Berlin:20261110T143000
SUMMARY:Weekly sync (moved to Tuesday)
LOCATION:Room Spree\, 3rd floor
ORGANIZER;CN="Chen, Alice":mailto:alice.chen@example.com
ATTENDEE;CN=Ben Ng;PARTSTAT=ACCEPTED:mailto:ben@example.com
END:VEVENT
BEGIN:VEVENT
UID:weekly-sync@example.com
DTSTAMP:20260901T120000Z
RECURRENCE-ID;TZID=Europe/Berlin:20261116T090000
DTSTART;TZID=Europe/Berlin:20261116T090000
STATUS:CANCELLED
END:VEVENT
)";

std::string calendar(std::string_view events) {
  return crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + std::string(berlin_and_new_york) +
              std::string(events) + "END:VCALENDAR\n");
}

std::vector<const CalendarEvent*> with_uid(const std::vector<CalendarEvent>& events, std::string_view uid) {
  std::vector<const CalendarEvent*> found;
  for (const auto& e : events)
    if (e.uid == uid) found.push_back(&e);
  return found;
}

const CalendarEvent& only(const std::vector<CalendarEvent>& events, std::string_view uid) {
  auto found = with_uid(events, uid);
  REQUIRE(found.size() == 1);
  return *found.front();
}

}  // namespace

TEST_CASE("calendar: a weekly meeting is expanded with its excluded, moved and cancelled instances") {
  LocalTimeZone zone("Europe/Berlin");
  auto read = read_calendar(calendar(weekly_sync), autumn, "work.ics");
  CHECK(read.problems.empty());
  auto sync = with_uid(read.events, "weekly-sync@example.com");
  REQUIRE(sync.size() == 7);  // 8 counted, one excluded; the moved one once, at its new time

  CHECK(sync[0]->start == at(2026, 10, 5, 9, 0));
  CHECK(sync[0]->recurrence_id == "20261005T070000Z");  // 09:00 in summer time
  CHECK(sync[0]->ref() == "ics:weekly-sync@example.com/20261005T070000Z");
  CHECK(sync[1]->start == at(2026, 10, 12, 9, 0));
  CHECK(sync[2]->start == at(2026, 10, 26, 9, 0));      // the 19th is excluded
  CHECK(sync[2]->recurrence_id == "20261026T080000Z");  // 09:00 in winter time
  CHECK(sync[2]->start_utc == 1'793'001'600);
  CHECK(sync[3]->start == at(2026, 11, 2, 9, 0));

  const CalendarEvent& moved = *sync[4];
  CHECK(moved.start == at(2026, 11, 10, 14, 0));
  CHECK(moved.recurrence_id == "20261109T080000Z");  // its original slot, so its ref does not change
  CHECK(moved.summary == "Weekly sync (moved to Tuesday)");
  CHECK_FALSE(moved.cancelled);
  REQUIRE(moved.attendees.size() == 1);
  CHECK(moved.attendees[0].person.email == "ben@example.com");

  const CalendarEvent& cancelled = *sync[5];
  CHECK(cancelled.start == at(2026, 11, 16, 9, 0));
  CHECK(cancelled.cancelled);
  CHECK(cancelled.summary == "Weekly sync, product");  // what the instance leaves out is the series'
  CHECK(cancelled.attendees.size() == 4);
  CHECK(sync[6]->start == at(2026, 11, 23, 9, 0));
  CHECK_FALSE(sync[6]->cancelled);

  const CalendarEvent& first = *sync[0];
  CHECK(first.summary == "Weekly sync, product");
  CHECK(first.location == "Room Spree, 3rd floor");
  CHECK_FALSE(first.online);
  CHECK_FALSE(first.all_day);
  CHECK(first.organizer.email == "alice.chen@example.com");
  CHECK(first.organizer.name == "Chen, Alice");
  REQUIRE(first.attendees.size() == 4);
  CHECK(first.attendees[0].person == rel::interop::CalendarPerson{"ben@example.com", "Ben Ng"});
  CHECK(first.attendees[0].participation == Participation::accepted);
  CHECK(first.attendees[0].kind == AttendeeKind::individual);
  CHECK(first.attendees[1].person.email == "carla@example.com");
  CHECK(first.attendees[1].participation == Participation::declined);
  CHECK(first.attendees[2].kind == AttendeeKind::room);
  CHECK(first.attendees[2].is_place_or_thing());
  CHECK(first.attendees[3].participation == Participation::tentative);
}

TEST_CASE("calendar: local times follow the reader's time zone, recurrence ids do not") {
  LocalTimeZone zone("America/New_York");
  auto read = read_calendar(calendar(weekly_sync), autumn);
  auto sync = with_uid(read.events, "weekly-sync@example.com");
  REQUIRE(sync.size() == 7);
  CHECK(sync[0]->start == at(2026, 10, 5, 3, 0));  // CEST and EDT: 6 hours apart
  CHECK(sync[0]->recurrence_id == "20261005T070000Z");
  CHECK(sync[2]->start == at(2026, 10, 26, 4, 0));  // Berlin has left summer time, New York not yet
  CHECK(sync[3]->start == at(2026, 11, 2, 3, 0));   // both in winter time
  CHECK(sync[4]->start == at(2026, 11, 10, 8, 0));
  CHECK(sync[4]->recurrence_id == "20261109T080000Z");
}

TEST_CASE("calendar: times in the file's zones, UTC, floating, all-day, and an unknown zone") {
  LocalTimeZone zone("Europe/Berlin");
  auto text = calendar(R"(BEGIN:VTIMEZONE
TZID:Custom Zone
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0330
TZOFFSETTO:+0330
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:new-york@example.com
DTSTART;TZID=America/New_York:20261103T100000
SUMMARY:Call with the New York office
END:VEVENT
BEGIN:VEVENT
UID:custom@example.com
DTSTART;TZID=Custom Zone:20261105T100000
SUMMARY:Custom zone
END:VEVENT
BEGIN:VEVENT
UID:utc@example.com
DTSTART:20261103T150000Z
SUMMARY:In UTC
END:VEVENT
BEGIN:VEVENT
UID:floating@example.com
DTSTART:20261104T120000
SUMMARY:Lunch wherever I am
END:VEVENT
BEGIN:VEVENT
UID:offsite@example.com
DTSTART;VALUE=DATE:20261112
DTEND;VALUE=DATE:20261114
SUMMARY:Team offsite
END:VEVENT
BEGIN:VEVENT
UID:mars@example.com
DTSTART;TZID=Mars/Olympus_Mons:20261106T100000
SUMMARY:Unknown zone
END:VEVENT
)");
  auto read = read_calendar(text, autumn, "zones.ics");

  const auto& new_york = only(read.events, "new-york@example.com");
  CHECK(new_york.start == at(2026, 11, 3, 16, 0));  // EST (-5) to CET (+1)
  CHECK(new_york.start_utc == 1'793'718'000);
  CHECK(new_york.recurrence_id.empty());
  CHECK(new_york.ref() == "ics:new-york@example.com");

  // The zone is the file's: no system zone has that name.
  const auto& custom = only(read.events, "custom@example.com");
  CHECK(custom.start == at(2026, 11, 5, 7, 30));
  CHECK(custom.start_utc == 1'793'860'200);

  CHECK(only(read.events, "utc@example.com").start == at(2026, 11, 3, 16, 0));
  CHECK(only(read.events, "utc@example.com").start_utc == 1'793'718'000);
  CHECK(only(read.events, "floating@example.com").start == at(2026, 11, 4, 12, 0));
  CHECK(only(read.events, "floating@example.com").start_utc == 1'793'790'000);

  const auto& offsite = only(read.events, "offsite@example.com");
  CHECK(offsite.all_day);
  CHECK(offsite.start == Timestamp{day(2026, 11, 12), std::nullopt});
  CHECK(offsite.start_utc == 1'794'438'000);  // local midnight

  CHECK(only(read.events, "mars@example.com").start == at(2026, 11, 6, 10, 0));
  REQUIRE(read.problems.size() == 1);
  CHECK(read.problems[0].describe() ==
        "zones.ics:72: time zone \"Mars/Olympus_Mons\" is neither in the file nor known here: its times are read as "
        "local time");
}

TEST_CASE("calendar: folded lines and escaped text are read whole") {
  LocalTimeZone zone("UTC");
  // Folds are CRLF and one space (or tab), inside words and inside an escape.
  auto text = crlf(
      "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:folded-\n @example.com\nDTSTART:20261103T150000Z\n"
      "SUMMARY:Quarterly planning with the whole Berlin team\\, including the new h\n ires\\; agenda: budg\n\tet\\\n"
      " , hiring\\nand offsites\nLOCATION:Caf\xC3\n \xA9 Nopa\\, Berlin\nEND:VEVENT\nEND:VCALENDAR\n");
  auto read = read_calendar(text, autumn);
  const auto& event = only(read.events, "folded-@example.com");
  CHECK(event.summary ==
        "Quarterly planning with the whole Berlin team, including the new hires; agenda: budget, hiring\nand offsites");
  CHECK(event.location == "Café Nopa, Berlin");  // a fold inside a UTF-8 character is joined too
}

TEST_CASE("calendar: a file that is not UTF-8 is read as Windows-1252, and said so") {
  LocalTimeZone zone("UTC");
  // An old export in Latin-1: the UID and the title hold an e acute as one byte (0xE9).
  auto text = crlf(
      "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:r\xE9union-1@example.com\nDTSTART:20261103T150000Z\n"
      "SUMMARY:R\xE9union \x80 budget\nEND:VEVENT\nEND:VCALENDAR\n");
  auto read = read_calendar(text, autumn, "old.ics");
  const auto& event = only(read.events, "r\u00E9union-1@example.com");
  CHECK(event.summary == "R\u00E9union \u20AC budget");
  CHECK(event.ref() == "ics:r\u00E9union-1@example.com");
  CHECK(rel::test::messages(read.problems) == "1: the file is not UTF-8: read as Windows-1252 (Western European)\n");
  // The same text twice reads the same, so a second import finds the first one's refs.
  CHECK(read_calendar(text, autumn, "old.ics").events.front().uid == event.uid);
}

TEST_CASE("calendar: a backslash before a letter that is not ASCII leaves the text UTF-8") {
  LocalTimeZone zone("UTC");
  // libical unescapes "\" with the first byte of the character after it alone.
  auto text = crlf(
      "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:escaped@example.com\nDTSTART:20261103T150000Z\n"
      "SUMMARY:Caf\\\u00E9 with Zo\u00EB\nLOCATION:Stra\\\u00DFe 5\nEND:VEVENT\nEND:VCALENDAR\n");
  auto read = read_calendar(text, autumn);
  const auto& event = only(read.events, "escaped@example.com");
  CHECK(rel::interop::is_valid_utf8(event.summary));
  CHECK(rel::interop::is_valid_utf8(event.location));
  CHECK(event.summary.ends_with(" with Zo\u00EB"));
}

TEST_CASE("calendar: an online meeting has a conference link and no physical place") {
  LocalTimeZone zone("UTC");
  auto text = calendar(R"(BEGIN:VEVENT
UID:zoom@example.com
DTSTART:20261103T150000Z
SUMMARY:Catch-up with Dana
DESCRIPTION:Join Zoom Meeting\nhttps://us02web.zoom.us/j/123456789?pwd=abc
ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@example.org
END:VEVENT
BEGIN:VEVENT
UID:meet@example.com
DTSTART:20261103T160000Z
SUMMARY:Google Meet
LOCATION:
X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij
END:VEVENT
BEGIN:VEVENT
UID:teams@example.com
DTSTART:20261103T170000Z
SUMMARY:Teams
LOCATION:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting
END:VEVENT
BEGIN:VEVENT
UID:conference@example.com
DTSTART:20261103T180000Z
SUMMARY:RFC 7986
CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join:https://video.example.com/room/42
END:VEVENT
BEGIN:VEVENT
UID:cafe@example.com
DTSTART:20261104T120000Z
SUMMARY:Lunch (Zoom link in case I am late)
LOCATION:Café Nopa\, Berlin
DESCRIPTION:https://zoom.us/j/987654321
END:VEVENT
BEGIN:VEVENT
UID:room@example.com
DTSTART:20261104T130000Z
SUMMARY:Hybrid review
ATTENDEE;CUTYPE=ROOM;CN=Spree:mailto:spree@resource.example.com
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting
END:VEVENT
BEGIN:VEVENT
UID:hybrid@example.com
DTSTART:20261104T133000Z
SUMMARY:Hybrid\, as Outlook writes it
LOCATION:Microsoft Teams Meeting\; Room 4.12
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting
END:VEVENT
BEGIN:VEVENT
UID:phone@example.com
DTSTART:20261104T140000Z
SUMMARY:No place said at all
END:VEVENT
)");
  auto read = read_calendar(text, autumn);
  CHECK(only(read.events, "zoom@example.com").online);
  CHECK(only(read.events, "meet@example.com").online);
  CHECK(only(read.events, "teams@example.com").online);
  CHECK(only(read.events, "conference@example.com").online);
  CHECK_FALSE(only(read.events, "cafe@example.com").online);
  CHECK_FALSE(only(read.events, "room@example.com").online);
  CHECK_FALSE(only(read.events, "hybrid@example.com").online);
  CHECK_FALSE(only(read.events, "phone@example.com").online);
}

TEST_CASE("calendar: only occurrences whose local day is in the window are read") {
  LocalTimeZone zone("Europe/Berlin");
  auto text = calendar(R"(BEGIN:VEVENT
UID:daily@example.com
DTSTART;TZID=Europe/Berlin:20260101T083000
RRULE:FREQ=DAILY;UNTIL=20261104T073000Z
SUMMARY:Stand-up
END:VEVENT
BEGIN:VEVENT
UID:monthly@example.com
DTSTART;TZID=America/New_York:20200114T190000
RRULE:FREQ=MONTHLY;BYDAY=2TU
RDATE;TZID=America/New_York:20261104T190000
SUMMARY:Book club
END:VEVENT
BEGIN:VEVENT
UID:yearly@example.com
DTSTART;VALUE=DATE:19850314
RRULE:FREQ=YEARLY
SUMMARY:Birthday
END:VEVENT
BEGIN:VEVENT
UID:edge@example.com
DTSTART:20261102T233000Z
SUMMARY:Late on the 2nd in UTC, the 3rd in Berlin
END:VEVENT
)");
  auto read = read_calendar(text, CalendarWindow{day(2026, 11, 1), day(2026, 11, 3)});
  CHECK(read.problems.empty());
  auto daily = with_uid(read.events, "daily@example.com");
  REQUIRE(daily.size() == 2);
  CHECK(daily[0]->start == at(2026, 11, 1, 8, 30));
  CHECK(daily[1]->start == at(2026, 11, 2, 8, 30));
  CHECK(with_uid(read.events, "edge@example.com").empty());
  CHECK(with_uid(read.events, "yearly@example.com").empty());

  // The daily series ends with UNTIL (the 4th's instance is the last), the club meets on second
  // Tuesdays since 2020 and once more on an added date.
  read = read_calendar(text, CalendarWindow{day(2026, 11, 3), day(2026, 11, 12)});
  daily = with_uid(read.events, "daily@example.com");
  REQUIRE(daily.size() == 2);
  CHECK(daily.back()->start == at(2026, 11, 4, 8, 30));
  auto club = with_uid(read.events, "monthly@example.com");
  REQUIRE(club.size() == 2);
  CHECK(club[0]->start == at(2026, 11, 5, 1, 0));  // 19:00 in New York
  CHECK(club[0]->recurrence_id == "20261105T000000Z");
  CHECK(club[1]->start == at(2026, 11, 11, 1, 0));  // the second Tuesday, the 10th
  CHECK(only(read.events, "edge@example.com").start == at(2026, 11, 3, 0, 30));

  read = read_calendar(text, CalendarWindow{day(2027, 3, 14), day(2027, 3, 15)});
  const auto& birthday = only(read.events, "yearly@example.com");
  CHECK(birthday.all_day);
  CHECK(birthday.recurrence_id == "20270314");
  CHECK(birthday.ref() == "ics:yearly@example.com/20270314");
}

TEST_CASE("calendar: a cancelled event, and a calendar that cancels") {
  LocalTimeZone zone("UTC");
  auto read = read_calendar(calendar(R"(BEGIN:VEVENT
UID:off@example.com
DTSTART:20261103T150000Z
STATUS:CANCELLED
SUMMARY:Called off
END:VEVENT
BEGIN:VEVENT
UID:on@example.com
DTSTART:20261103T150000Z
STATUS:CONFIRMED
SUMMARY:Still on
END:VEVENT
)"),
                            autumn);
  CHECK(only(read.events, "off@example.com").cancelled);
  CHECK_FALSE(only(read.events, "on@example.com").cancelled);

  read = read_calendar(crlf("BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:CANCEL\nBEGIN:VEVENT\nUID:x@example.com\n"
                            "DTSTART:20261103T150000Z\nSEQUENCE:2\nEND:VEVENT\nEND:VCALENDAR\n"),
                       autumn);
  CHECK(only(read.events, "x@example.com").cancelled);
}

TEST_CASE("calendar: a broken event is skipped and named, the others are read") {
  LocalTimeZone zone("UTC");
  auto text = crlf(R"(BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:good-1@example.com
DTSTART:20261103T150000Z
SUMMARY:Good
LOCATION:
END:VEVENT
BEGIN:VEVENT
UID:bad-date@example.com
DTSTART:20261345T150000Z
SUMMARY:No such day
END:VEVENT
BEGIN:VEVENT
UID:bad-rule@example.com
DTSTART:20261103T150000Z
RRULE:FREQ=WEEKLY;COUNT=banana
SUMMARY:Broken rule
END:VEVENT
BEGIN:VEVENT
DTSTART:20261103T150000Z
SUMMARY:No UID
END:VEVENT
BEGIN:VEVENT
UID:unclosed@example.com
DTSTART:20261103T150000Z
SUMMARY:Never closed
BEGIN:VEVENT
UID:good-2@example.com
DTSTART:20261104T150000Z
SUMMARY:Good too
END:VEVENT
BEGIN:VEVENT
UID:no-start@example.com
SUMMARY:When?
END:VEVENT
BEGIN:VEVENT
UID:cut@example.com
DTSTART:20261105T150000Z
SUMMARY:The file ends here
)");
  auto read = read_calendar(text, autumn, "broken.ics");
  REQUIRE(read.events.size() == 2);
  CHECK(read.events[0].uid == "good-1@example.com");
  CHECK(read.events[1].uid == "good-2@example.com");
  std::vector<std::string> problems;
  for (const auto& p : read.problems) problems.push_back(p.describe());
  CHECK(problems == std::vector<std::string>{
                        "broken.ics:9: event bad-date@example.com skipped: DTSTART 20261345T150000Z is not a date "
                        "that exists",
                        "broken.ics:14: event bad-rule@example.com skipped: can't parse as RECUR value in RRULE "
                        "property: FREQ=WEEKLY;COUNT=banana",
                        "broken.ics:20: event skipped: it has no UID, so a later import could not tell it was read",
                        "broken.ics:24: event unclosed@example.com skipped: no END:VEVENT before the next BEGIN:VEVENT",
                        "broken.ics:33: event no-start@example.com skipped: it has no DTSTART",
                        "broken.ics:37: event cut@example.com skipped: the file ends inside it (no END:VEVENT)",
                        "broken.ics:40: no END:VCALENDAR: the file may be cut short",
                    });
}

TEST_CASE("calendar: text that is not a calendar is refused at its line") {
  CHECK_THROWS_WITH_AS(read_calendar("", autumn, "empty.ics"), "empty.ics:1: not an iCalendar file: no BEGIN:VCALENDAR",
                       rel::Error);
  CHECK_THROWS_WITH_AS(read_calendar("\n\nBEGIN:VCARD\nEND:VCARD\n", autumn, "card.ics"),
                       "card.ics:3: not an iCalendar file: it does not begin with BEGIN:VCALENDAR", rel::Error);
  CHECK_THROWS_AS(read_calendar(std::string_view("\x89PNG\r\n\x1a\n\0\0", 10), autumn, "x.png"), rel::Error);
}

TEST_CASE("calendar: a year of a busy calendar is read whole") {
  LocalTimeZone zone("Europe/Berlin");
  // 1,900 single events over a year and 100 weekly series, some of them since 2020.
  std::string events;
  for (int k = 0; k < 1900; ++k) {
    auto date = day(2026, 1, 1) + k % 365;
    events += fmt::format(
        "BEGIN:VEVENT\nUID:single-{}@example.com\nDTSTART;TZID=Europe/Berlin:{:04}{:02}{:02}T{:02}0000\n"
        "SUMMARY:Meeting {}\nORGANIZER;CN=Me:mailto:me@example.com\nATTENDEE;CN=Person {}:mailto:p{}@example.com\n"
        "ATTENDEE;CN=Person {}:mailto:p{}@example.com\nEND:VEVENT\n",
        k, date.year(), date.month(), date.day(), 8 + k % 10, k, k, k, k + 1, k + 1);
  }
  for (int k = 0; k < 100; ++k)
    events += fmt::format(
        "BEGIN:VEVENT\nUID:series-{}@example.com\nDTSTART;TZID=America/New_York:{}0105T100000\n"
        "RRULE:FREQ=WEEKLY;BYDAY=MO,TH\nSUMMARY:Series {}\nATTENDEE:mailto:s{}@example.com\nEND:VEVENT\n",
        k, k % 2 ? 2020 : 2026, k, k);
  auto read = read_calendar(calendar(events), CalendarWindow{day(2026, 1, 1), day(2027, 1, 1)});
  CHECK(read.problems.empty());
  CHECK(with_uid(read.events, "single-7@example.com").size() == 1);
  // Mondays and Thursdays of 2026 from January 5th (a Monday) on, and in the series since 2020
  // also New Year's Day, a Thursday.
  CHECK(with_uid(read.events, "series-0@example.com").size() == 104);
  CHECK(with_uid(read.events, "series-1@example.com").size() == 105);
}
