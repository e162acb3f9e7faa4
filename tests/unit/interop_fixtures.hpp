// What the tests of foreign formats share: CRLF text written with "\n", important dates, and the
// problems a reader reports, one line each.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"

namespace rel::test {

// iCalendar, vCard and mail lines end in CRLF on the wire; the tests write them with "\n".
inline std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

inline ImportantDate date(std::string label, int month, int day, std::optional<int> year = std::nullopt) {
  ImportantDate d;
  d.label = std::move(label);
  d.month = month;
  d.day = day;
  d.year = year;
  return d;
}

// "LINE: message" for each problem.
inline std::string messages(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics) text += std::to_string(d.where.line) + ": " + d.message + "\n";
  return text;
}

}  // namespace rel::test
