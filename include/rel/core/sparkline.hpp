// Interactions per month over the last year, as counts and as a one-line picture.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"

namespace rel {

// Entries per calendar month for the `months` months ending with today's month, oldest
// first; the last count covers the 1st of this month through today (later entries are
// ignored). Every entry counts, touches too, and several on one day count separately.
std::vector<int> monthly_counts(const Contact& contact, Date today, int months = 12);

// One character per count: "·" (U+00B7, visible where a space would vanish) for zero,
// else one of "▁▂▃▄▅▆▇█" scaled to the largest count: level ceil(8 * n / max), so the
// busiest month is "█" and any non-zero month shows at least "▁".
std::string sparkline(std::span<const int> counts);

}  // namespace rel
