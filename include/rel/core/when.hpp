// The WHEN grammar for --date, --due and --since: ISO dates and relative phrases.
#pragma once

#include <string_view>

#include "rel/core/date.hpp"

namespace rel {

// Which way a bare weekday name points: the most recent past one (for --date, --since)
// or the next one (for --due).
enum class Lean { past, future };

// Accepts: YYYY-MM-DD, "YYYY-MM-DD HH:MM", today, yesterday, tomorrow, "3 days ago",
// "2w ago", "in 2 weeks", "in 3d", weekday names and abbreviations ("friday", "fri"),
// "last friday" (always the most recent past one, never today), "next tue" (always
// the coming one, never today). Case-insensitive; units d/day(s), w/week(s),
// m/month(s), y/year(s). A bare weekday equal to today's is today.
// Throws rel::UsageError naming what was not understood; never guesses.
Timestamp parse_when(std::string_view text, Date today, Lean lean);

}  // namespace rel
