// Writing iCalendar (RFC 5545) that calendar apps subscribe to: birthdays and important dates as
// yearly all-day events, promises as all-day events on their due dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rel::interop {

enum class Repeat { once, yearly };

// One day in the calendar. A yearly item recurs on its month and day; a date that recurs on
// February 29 falls on February 28 in other years, as rel's important dates do
// (RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1).
//
// A yearly item whose year is unknown starts in 1972: a leap year (so February 29 exists), and
// after 1970 (some apps count days from there). The year is never in the summary, which the caller
// writes ("Birthday: Alice Chen"), so no app shows an age from it.
//
// Promises are all-day events (VEVENT), not to-dos (VTODO): the apps that subscribe to a calendar
// (Google Calendar, Outlook, Apple Calendar) show its events and ignore its to-dos.
struct CalendarItem {
  std::string uid;          // stable across exports (the caller's, e.g. "alice-chen/birthday@rel")
  std::string summary;      // the title, e.g. "Birthday: Alice Chen"
  std::string description;  // e.g. a promise's full text; none when empty
  Repeat repeat = Repeat::once;
  std::optional<int> year;  // required for Repeat::once
  int month = 1;
  int day = 1;
};

struct CalendarExport {
  std::vector<CalendarItem> items;  // written in this order
  // DTSTAMP of every event, seconds since 1970 UTC: the caller's clock, so that the same export
  // gives the same bytes.
  std::int64_t stamp_utc = 0;
  std::string name = "rel";  // X-WR-CALNAME, the name an app shows for the subscription
};

// The calendar as text: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
// text escaped, PRODID "-//rel//rel VERSION//EN". The same export gives the same bytes. Throws
// rel::Error naming the item when its date does not exist or a one-off item has no year.
std::string write_calendar(const CalendarExport& calendar);

}  // namespace rel::interop
