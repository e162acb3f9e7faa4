// Ranks contacts for `rel who-to-call` and explains each rank in short English reasons.
#include "rel/core/urgency.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "rel/core/settings.hpp"
#include "rel/core/text.hpp"

namespace rel {
namespace {

std::string days_text(int days) { return days == 1 ? "1 day" : fmt::format("{} days", days); }

std::string when_text(int days) {
  if (days == 0) return "today";
  if (days == 1) return "tomorrow";
  return "in " + days_text(days);
}

// "to send the guide" and "send the guide" both read "promise to send the guide".
std::string_view promise_text(std::string_view what) {
  if (what.starts_with("to ")) what.remove_prefix(3);
  return what;
}

void raise(Status& status, Status at_least) { status = std::max(status, at_least); }

}  // namespace

std::string_view to_string(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::decaying: return "decaying";
    case Status::due: return "due";
    case Status::urgent: return "urgent";
  }
  return "ok";
}

Urgency assess_urgency(const Contact& contact, const Settings& settings, Date today) {
  const HealthParams& params = settings.health;
  Urgency row;
  row.id = contact.id;
  row.name = contact.name;
  row.health = assess(contact, settings, today);
  const Health& health = row.health;
  int cadence = health.cadence_days;

  if (health.days_since) {
    int silence = *health.days_since;
    double due_after = std::max(params.due_cadences * cadence, 1.0);
    if (silence >= params.urgent_cadences * cadence) raise(row.status, Status::urgent);
    if (silence >= due_after) {
      raise(row.status, Status::due);
      row.urgency += params.urgency_due + params.urgency_per_doubling * std::log2(silence / due_after);
      row.reasons.push_back(fmt::format("{}, cadence {}d", days_text(silence), cadence));
    }
  } else {
    raise(row.status, Status::due);
    row.urgency += params.urgency_due;
    bool any_entry = std::any_of(contact.log.begin(), contact.log.end(),
                                 [&](const Interaction& entry) { return entry.when.date <= today; });
    row.reasons.push_back(fmt::format("{}, cadence {}d", any_entry ? "no contact yet" : "never logged", cadence));
  }

  for (const Promise& promise : contact.promises) {
    if (promise.by != By::me || !promise.due || *promise.due >= today) continue;
    if (promise.done && *promise.done <= today) continue;
    if (promise.made && *promise.made > today) continue;
    int overdue = today - *promise.due;
    raise(row.status, Status::due);
    row.urgency += params.urgency_promise +
                   params.urgency_promise_per_day * std::min(overdue, std::max(params.urgency_promise_max_days, 0));
    row.reasons.push_back(fmt::format("promise to {} overdue {}d", promise_text(promise.what), overdue));
  }

  // Closest first so the reason that matters most this week is read first.
  std::vector<std::pair<int, const ImportantDate*>> soon;
  for (const ImportantDate& date : contact.dates) {
    int days = date.next_on_or_after(today) - today;
    if (days <= params.date_horizon_days) soon.emplace_back(days, &date);
  }
  std::stable_sort(soon.begin(), soon.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [days, date] : soon) {
    double span = params.date_horizon_days + 1.0;
    row.urgency += params.urgency_date * (span - days) / span;
    if (days <= params.date_due_days) raise(row.status, Status::due);
    row.reasons.push_back(fmt::format("{} {}", date->label, when_text(days)));
  }

  row.urgency += params.urgency_per_health_point * (100.0 - health.score);
  if (health.trend < 0) row.urgency += params.urgency_per_point_fallen * -health.trend;
  long fallen = std::lround(-health.trend);
  if (fallen > 0 && fallen >= params.falling_points) {
    raise(row.status, Status::decaying);
    row.reasons.push_back(fmt::format("health down {} in {}", fallen, days_text(params.trend_days)));
  }
  if (health.score < params.low_health) {
    raise(row.status, Status::decaying);
    if (row.reasons.empty()) row.reasons.push_back(fmt::format("low health {}", std::lround(health.score)));
  }
  if (!std::isfinite(row.urgency)) row.urgency = 0;
  return row;
}

bool more_urgent(const Urgency& a, const Urgency& b) {
  if (a.urgency != b.urgency) return a.urgency > b.urgency;
  // Folded first so "zoë" and "Zoe" sit where a reader expects; raw bytes and id make the order total.
  std::string fa = fold(a.name);
  std::string fb = fold(b.name);
  if (fa != fb) return fa < fb;
  if (a.name != b.name) return a.name < b.name;
  return a.id < b.id;
}

void sort_by_urgency(std::vector<Urgency>& rows) { std::sort(rows.begin(), rows.end(), more_urgent); }

std::vector<Urgency> who_to_call(std::span<const Contact* const> contacts, const Settings& settings, Date today) {
  std::vector<Urgency> rows;
  rows.reserve(contacts.size());
  for (const Contact* contact : contacts) rows.push_back(assess_urgency(*contact, settings, today));
  sort_by_urgency(rows);
  return rows;
}

std::vector<Urgency> who_to_call(std::span<const Contact> contacts, const Settings& settings, Date today) {
  std::vector<const Contact*> pointers;
  pointers.reserve(contacts.size());
  for (const Contact& contact : contacts) pointers.push_back(&contact);
  return who_to_call(pointers, settings, today);
}

}  // namespace rel
