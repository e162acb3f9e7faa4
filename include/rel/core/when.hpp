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

// Refuses (rel::UsageError) a date given by `option` that comes after `latest`, in words:
// "--date 2062-11-20 is after today (2026-11-23): <why>". For what cannot have happened yet (an
// interaction, a promise kept) and for the start of a period that ends today.
void refuse_after(Date date, Date latest, std::string_view option, std::string_view latest_is, std::string_view why);

// The same for a date that cannot come before `earliest` (a promise due before it was made).
void refuse_before(Date date, Date earliest, std::string_view option, std::string_view earliest_is,
                   std::string_view why);

}  // namespace rel
