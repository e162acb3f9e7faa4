// Who to call: which relationships are due or decaying, how urgently, and why in words.
#pragma once

#include <cstdint>
#include <optional>
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
// The order, in one sentence: what can be lost today comes first (an important date today or
// tomorrow, a promise of yours due today or overdue), then every other reason by how urgent it
// is (silence, never logged, a promise they owe you, a chase, a date this week, a fall, low
// health); ties by name. A resting contact is never due for silence: `status: dormant`, or
// `snooze:` a date after today, lists a contact only for its dates and promises; `archived` and
// `deceased` (retired) never list it, and a deceased person's dates are never announced.
//
// status, the highest that applies (resting contacts: only what dates and promises give):
//   urgent    silence >= [urgent_cadences] (2) * cadence
//   due       silence >= [due_cadences] (1) * cadence; or no contact ever; or a promise of
//             yours is due today or past due; or one they made you is past due; or an
//             important date is within [date_due_days] (3)
//   decaying  a chase (health.hpp: [chase_contacts] (3) unanswered contacts of yours); or,
//             when nothing above applies, a fall of >= [falling_points] (10) over the trend
//             period, or score < [low_health] (40)
//   ok        otherwise
// who-to-call lists every contact whose status is not ok (`--all`: every contact).
//
// urgency = [urgency_today] (100) * T + min(R, 0.99 * [urgency_today]), where T counts what can
// be lost today, so those rows always come first, and R, the sum of the parts below, orders
// within each band:
//   each important date n days away, n <= H = [date_horizon_days] (7) (n <= [date_today_days]
//             (1) counts in T): [urgency_date] (25) * (H + 1 - n) / (H + 1)
//   each promise of yours due today or overdue by d days (counts in T; M =
//             [urgency_promise_max_days] (60)): [urgency_promise] (15) +
//             [urgency_promise_per_day] (0.5) * min(d, M)
//   each promise they made you, d days late: [urgency_waiting] (10) +
//             [urgency_promise_per_day] * min(d, M)
//   due by silence s (cadence c, D = [due_cadences] * c, x = log2(s / D) doublings past due):
//             [urgency_due] (20) + [urgency_silence_max] (40) * x / (x + [urgency_silence_half] (1))
//             -- it grows with the silence, but never past 60
//   never in contact: [urgency_due] + [urgency_silence_max] * N / (N + c), N = [never_logged_days]
//             (7): the shorter the cadence the sooner; a weekly one as urgent as twice past due
//   low health, once in contact: [urgency_per_health_point] (0.3) * (100 - score)
//   a fall F = -trend, when it is the reason: [urgency_per_point_fallen] (0.5) * F
// A resting contact's R is its dates and promises only; a retired contact's urgency is 0.
//
// A fall is said only when it is what lists the contact: beside "62 days, cadence 30d" it is that
// silence, and beside a promise or a chase it is that; the trend column shows it either way.
// There is no fall without a trend (30 days of history).
//
// reasons, in this order: what can be lost today ("birthday today", "birthday tomorrow",
// "promise to send the guide due today", "promise to send the guide overdue 3d"); "62 days,
// cadence 30d" (due by silence), "never logged, cadence 30d" (no entry at all), "no contact yet,
// cadence 30d" (only touches); "waiting on Tom: send the quote, 3 days late"; "3 contacts by you
// unanswered since 2026-10-12" (a chase); "birthday in 2 days" (other dates within the
// horizon, closest first); then, only when nothing before lists the contact, "health down 12 in
// 30 days" (a fall of at least [falling_points] (10)) or else "low health 35"; and last,
// for a contact at rest, "dormant", "snoozed until 2027-01-15", "archived" or "deceased".

enum class Status { ok, decaying, due, urgent };

// "ok", "decaying", "due", "urgent".
std::string_view to_string(Status status);

// What a reason is about, so that a terminal can colour what needs acting on.
enum class Cause {
  date_today,       // an important date today or tomorrow
  promise_due,      // a promise of yours due today
  promise_overdue,  // a promise of yours past due
  silence,          // due by silence
  never_logged,     // no contact ever
  waiting,          // a promise they made you, late
  chase,            // several contacts by you unanswered
  date_soon,        // an important date later within the horizon
  falling,          // a fall, when nothing else lists the contact
  low_health,       // low health and nothing else
  resting,          // dormant, snoozed, archived or deceased
};
inline constexpr int cause_count = 11;

struct Reason {
  Cause cause = Cause::silence;
  std::string text;
  bool operator==(const Reason&) const = default;
};

struct Urgency {
  std::string id;
  std::string name;
  ContactStatus contact_status = ContactStatus::active;
  std::optional<Date> snooze;  // the contact's `snooze:`, whether or not it has passed
  Status status = Status::ok;
  double urgency = 0;      // larger is more urgent; 0 when nothing calls for contact
  bool act_today = false;  // something can be lost today (urgency >= urgency_today)
  Health health;
  std::vector<Reason> reasons;
  bool listed() const { return status != Status::ok; }
  // The reasons' words, in order.
  std::vector<std::string> reason_texts() const;
};

// One contact's status, urgency and reasons as of `today`.
Urgency assess_urgency(const Contact& contact, const Settings& settings, Date today);

// True when `a` comes before `b` in who-to-call: more urgent, then by name, then by id.
bool more_urgent(const Urgency& a, const Urgency& b);

// Sorts most urgent first (a total, deterministic order).
void sort_by_urgency(std::vector<Urgency>& rows);

// The positions of `rows` most urgent first, in more_urgent's order, each name folded once (not
// twice per comparison: many contacts share an urgency, so a sort compares their names often).
std::vector<uint32_t> urgency_order(std::span<const Urgency* const> rows);
// The same, with each row's name folded already (rel::fold; the index keeps it).
std::vector<uint32_t> urgency_order(std::span<const Urgency* const> rows, std::span<const std::string> folded_names);

// Every contact, most urgent first; keep those with listed() for the default view.
std::vector<Urgency> who_to_call(std::span<const Contact* const> contacts, const Settings& settings, Date today);
std::vector<Urgency> who_to_call(std::span<const Contact> contacts, const Settings& settings, Date today);

}  // namespace rel
