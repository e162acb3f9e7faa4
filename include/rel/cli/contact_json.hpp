// The JSON record of one contact — every field, its promises and log, its health — as `rel show
// --json` prints it and `rel export --format json` lists it.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"
#include "rel/core/settings.hpp"

namespace rel::cli {

// The sparkline covers a year: long enough to see a seasonal rhythm, short enough for one line.
inline constexpr int months_shown = 12;

// id, name, aka, tags, cadence_days, since, email and phone (the first of each), emails, phones, org,
// title, contact_status, snooze, uid, details (object), dates (label, date, next, days_until,
// years), promises (address, what, made, due, done, by, overdue_days; every promise in file order),
// log (every entry in date order: address, date, via, by, with, note, ref),
// extra (object of unknown top-level keys), the health fields of every listing (health, sinews,
// trend, previous, last, days_since, cadence_days, usual_gap_days, status, urgency, reasons) and
// per_month (interactions in each of the last 12 months, oldest first).
nlohmann::json contact_json(const Contact& contact, const Settings& settings, Date today);

// Days an open promise is past its due date, when it is.
std::optional<int> overdue_days(const Promise& promise, Date today);

}  // namespace rel::cli
