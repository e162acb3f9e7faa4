// Reading the events of an iCalendar file (RFC 5545) as the occurrences in a window of days.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/date.hpp"
#include "rel/core/error.hpp"

namespace rel::interop {

// The days whose events are read: from `from` up to, not including, `to`, in the process's local
// time zone (the importer passes today - 90 .. today + 1 and tells past from future by `start_utc`).
struct CalendarWindow {
  Date from;
  Date to;
};

// PARTSTAT: how an attendee answered the invitation.
enum class Participation { needs_action, accepted, declined, tentative, delegated, other };

// CUTYPE: who or what an attendee is. Rooms and resources are booked, not met.
enum class AttendeeKind { individual, group, room, resource, unknown };

// The organizer or an attendee of an event.
struct CalendarPerson {
  std::string email;  // lower-case, without "mailto:"; empty when the value is no address
  std::string name;   // the CN parameter, empty when absent
  bool operator==(const CalendarPerson&) const = default;
};

struct Attendee {
  CalendarPerson person;
  Participation participation = Participation::needs_action;  // PARTSTAT's default
  AttendeeKind kind = AttendeeKind::individual;               // CUTYPE's default
  // A room or a resource: not someone the importer logs a meeting with.
  bool is_place_or_thing() const { return kind == AttendeeKind::room || kind == AttendeeKind::resource; }
  bool operator==(const Attendee&) const = default;
};

// One occurrence of an event: a single event, or one instance of a recurring one (with a moved or
// changed instance's own time, title and status).
struct CalendarEvent {
  std::string uid;
  // The occurrence's original start, empty for an event that does not recur: "YYYYMMDDTHHMMSSZ" in
  // UTC for a time in a time zone (so it does not depend on the reader's zone), "YYYYMMDDTHHMMSS"
  // for a floating time, "YYYYMMDD" for a date. A moved occurrence keeps the id of its original slot.
  std::string recurrence_id;
  Timestamp start;             // local date and HH:MM (no time for an all-day event)
  std::int64_t start_utc = 0;  // seconds since 1970 UTC; an all-day event starts at local midnight
  bool all_day = false;
  std::string summary;   // unfolded and unescaped
  std::string location;  // likewise
  // A video meeting: a conference property (CONFERENCE, X-GOOGLE-CONFERENCE, X-MICROSOFT-ONLINEMEETING...,
  // X-MICROSOFT-SKYPETEAMSMEETINGURL) or a meeting link (Zoom, Meet, Teams, Webex...) in URL,
  // LOCATION or DESCRIPTION, or a LOCATION that only names a video service; and no physical place
  // (a place in LOCATION, which Outlook separates with ";", that is not a link or a service's
  // name, or a booked room).
  bool online = false;
  bool cancelled = false;    // STATUS:CANCELLED of the event or of this occurrence, or METHOD:CANCEL
  CalendarPerson organizer;  // empty email when there is none
  std::vector<Attendee> attendees;

  // The stable reference a log entry keeps: "ics:UID" or "ics:UID/RECURRENCE-ID".
  std::string ref() const;
  bool operator==(const CalendarEvent&) const = default;
};

struct CalendarRead {
  // Sorted by start_utc, then uid and recurrence_id.
  std::vector<CalendarEvent> events;
  // Events skipped (broken or unclosed, no UID, no DTSTART, a date that does not exist, a broken
  // recurrence rule), time zones not known and read as local time, each at the line of the event's
  // BEGIN:VEVENT in the file named by read_calendar's `file_name`.
  std::vector<Diagnostic> problems;
};

// The occurrences of the events (VEVENT) of `ics_text` that start within `window`. Recurring events
// are expanded (RRULE, RDATE, EXDATE, and instances overridden by a VEVENT with the same UID and a
// RECURRENCE-ID, which takes what it leaves out, such as its attendees, from its series; a
// RANGE=THISANDFUTURE is read as that instance only); times are read in their zones (a VTIMEZONE of
// the file, else the system's zone of that name, UTC, or floating = local). `file_name` names the text in every
// diagnostic. Throws rel::Error naming the line when the text is not an iCalendar object. Calls from several threads
// take turns: libical keeps its time zones in shared caches.
CalendarRead read_calendar(std::string_view ics_text, CalendarWindow window, std::string_view file_name = {});

}  // namespace rel::interop
