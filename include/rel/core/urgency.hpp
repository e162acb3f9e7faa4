// Who to call: which relationships are due or decaying, how urgently, and why in words.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"
#include "rel/core/health.hpp"

namespace rel {

struct Settings;

// WHO-TO-CALL (for rel(1); constants are HealthParams members, defaults in parentheses).
//
// status, the highest that applies:
//   urgent    silence >= [urgent_cadences] (2) * cadence
//   due       silence >= [due_cadences] (1) * cadence; or no contact ever; or a promise of
//             yours is past due; or an important date is within [date_due_days] (3)
//   decaying  score < [low_health] (40), or it fell by >= [falling_points] (10) over the trend
//   ok        otherwise
// who-to-call lists every contact whose status is not ok (`--all`: every contact).
//
// urgency, a sum of:
//   due by silence s (cadence c, D = [due_cadences] * c):
//             [urgency_due] (20) + [urgency_per_doubling] (40) * log2(s / D)
//   no contact ever: [urgency_due]
//   each overdue promise of yours (d days, M = [urgency_promise_max_days] (60)):
//             [urgency_promise] (15) + [urgency_promise_per_day] (0.5) * min(d, M)
//   low health: [urgency_per_health_point] (0.3) * (100 - score)
//   falling: [urgency_per_point_fallen] (0.5) * max(0, -trend)
//   each important date n days away, n <= H = [date_horizon_days] (7):
//             [urgency_date] (25) * (H + 1 - n) / (H + 1)
// Ordering: urgency descending, then name (case- and accent-folded), then name, then id.
//
// reasons, in this order: "62 days, cadence 30d" (when due by silence), "never logged,
// cadence 30d" (no entry at all), "no contact yet, cadence 30d" (only touches),
// "promise to send the guide overdue 3d", "birthday in 2 days" / "birthday tomorrow" /
// "birthday today" (within the horizon), "health down 12 in 30 days" (a fall of at least
// falling_points), and "low health 35" when nothing else explains a decaying status.

enum class Status { ok, decaying, due, urgent };

// "ok", "decaying", "due", "urgent".
std::string_view to_string(Status status);

struct Urgency {
  std::string id;
  std::string name;
  Status status = Status::ok;
  double urgency = 0;  // larger is more urgent; 0 when nothing calls for contact
  Health health;
  std::vector<std::string> reasons;
  bool listed() const { return status != Status::ok; }
};

// One contact's status, urgency and reasons as of `today`.
Urgency assess_urgency(const Contact& contact, const Settings& settings, Date today);

// True when `a` comes before `b` in who-to-call: more urgent, then by name, then by id.
bool more_urgent(const Urgency& a, const Urgency& b);

// Sorts most urgent first (a total, deterministic order).
void sort_by_urgency(std::vector<Urgency>& rows);

// Every contact, most urgent first; keep those with listed() for the default view.
std::vector<Urgency> who_to_call(std::span<const Contact* const> contacts, const Settings& settings, Date today);
std::vector<Urgency> who_to_call(std::span<const Contact> contacts, const Settings& settings, Date today);

}  // namespace rel
