// What of an event a log entry keeps.
#include <string>

#include "rel/interop/calendar.hpp"

namespace rel::interop {

std::string CalendarEvent::ref() const {
  if (recurrence_id.empty()) return "ics:" + uid;
  return "ics:" + uid + "/" + recurrence_id;
}

}  // namespace rel::interop
