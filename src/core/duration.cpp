// Parsing and printing of day spans such as a contact's cadence.
#include "rel/core/duration.hpp"

#include <charconv>

namespace rel {

std::optional<int> parse_duration_days(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  int unit = 0;
  switch (text.back()) {
    case 'd': unit = 1; break;
    case 'w': unit = 7; break;
    case 'm': unit = 30; break;  // a month of cadence is 30 days
    case 'y': unit = 365; break;
    default: return std::nullopt;
  }
  auto digits = text.substr(0, text.size() - 1);
  int value = 0;
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || ptr != digits.data() + digits.size()) return std::nullopt;
  // Beyond a century a cadence means nothing; the cap also keeps the arithmetic in range.
  if (value <= 0 || value > 36500 / unit) return std::nullopt;
  return value * unit;
}

std::string format_duration(int days) {
  // Months stay in days: "30d" reads unambiguously, and "1m" could be a minute or a month.
  if (days % 365 == 0) return std::to_string(days / 365) + "y";
  if (days % 7 == 0) return std::to_string(days / 7) + "w";
  return std::to_string(days) + "d";
}

}  // namespace rel
