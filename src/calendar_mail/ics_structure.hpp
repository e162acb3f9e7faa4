// The component structure of iCalendar text, checked before libical reads it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rel::interop {

struct IcsProblem {
  int line = 0;
  std::string message;
};

struct IcsStructure {
  // The text for libical: events that are never closed are left out (libical gives up on the whole
  // file for one missing END:VEVENT), a missing END of any other component is written in.
  std::string text;
  // The line of BEGIN:VEVENT of each event directly in a VCALENDAR, in the order libical lists them.
  std::vector<int> event_lines;
  std::vector<IcsProblem> problems;
};

// Throws rel::Error (in `file_name`, at the line) when the text does not begin with BEGIN:VCALENDAR.
IcsStructure scan_ics_structure(std::string_view text, std::string_view file_name);

}  // namespace rel::interop
