// What one VEVENT says about its occurrences apart from their times, read once per VEVENT.
#pragma once

#include <libical/ical.h>

#include <string>
#include <vector>

#include "rel/interop/calendar.hpp"

namespace rel::interop {

struct EventDetails {
  std::string summary;
  std::string location;
  bool has_summary = false;
  bool has_location = false;
  bool cancelled = false;
  bool has_status = false;
  bool conference = false;  // a conference property or a meeting link anywhere
  bool has_organizer = false;
  CalendarPerson organizer;
  std::vector<Attendee> attendees;
  bool online = false;  // as CalendarEvent::online says
};

EventDetails event_details(icalcomponent* event);

// An overriding instance says what changed; what it leaves out is its series'.
EventDetails with_series_details(EventDetails details, const EventDetails* series);

}  // namespace rel::interop
