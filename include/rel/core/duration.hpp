// Cadences and other spans written as Nd, Nw, Nm or Ny.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rel {

// "30d" -> 30, "2w" -> 14, "3m" -> 90, "1y" -> 365; nullopt when malformed or zero.
std::optional<int> parse_duration_days(std::string_view text);

// The shortest exact spelling: 14 -> "2w", 90 -> "3m", 365 -> "1y", 10 -> "10d".
std::string format_duration(int days);

}  // namespace rel
