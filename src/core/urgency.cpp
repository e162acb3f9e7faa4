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

std::vector<std::string> Urgency::reason_texts() const {
  std::vector<std::string> texts;
  texts.reserve(reasons.size());
  for (const Reason& reason : reasons) texts.push_back(reason.text);
  return texts;
}

namespace {

// "Tom" of "Tom Becker": who a late promise is waited on, as one would say it.
std::string_view first_name(std::string_view name) {
  auto space = name.find(' ');
  return space == std::string_view::npos ? name : name.substr(0, space);
}

// Why a resting contact is not due for silence, said last.
std::string resting_text(const Contact& contact) {
  if (contact.status != ContactStatus::active) return std::string(to_string(contact.status));
  return "snoozed until " + contact.snooze->iso();
}

// Builds one row: the reasons in their documented order, the status, and the urgency's two parts.
class Assessment {
 public:
  Assessment(Urgency& row, const HealthParams& params) : m_row(row), m_params(params) {}

  // Something that can be lost today: first in the reasons, and a band of its own in the urgency.
  void today(Cause cause, std::string text, double urgency) {
    m_today.push_back({cause, std::move(text)});
    m_bands += 1;
    m_rest += urgency;
    raise(Status::due);
  }
  void reason(Cause cause, std::string text, double urgency, Status at_least) {
    m_later.push_back({cause, std::move(text)});
    m_rest += urgency;
    raise(at_least);
  }
  void add_urgency(double urgency) { m_rest += urgency; }
  void raise(Status at_least) { m_row.status = std::max(m_row.status, at_least); }

  void finish() {
    double band = std::max(m_params.urgency_today, 0.0);
    double rest = band > 0 ? std::min(m_rest, 0.99 * band) : m_rest;
    m_row.urgency = band * m_bands + rest;
    if (!std::isfinite(m_row.urgency)) m_row.urgency = 0;
    m_row.act_today = m_bands > 0;
    m_row.reasons = std::move(m_today);
    m_row.reasons.insert(m_row.reasons.end(), std::make_move_iterator(m_later.begin()),
                         std::make_move_iterator(m_later.end()));
  }

 private:
  Urgency& m_row;
  const HealthParams& m_params;
  std::vector<Reason> m_today;
  std::vector<Reason> m_later;
  int m_bands = 0;
  double m_rest = 0;
};

}  // namespace

Urgency assess_urgency(const Contact& contact, const Settings& settings, Date today) {
  const HealthParams& params = settings.health;
  Urgency row;
  row.id = contact.id;
  row.name = contact.name;
  row.contact_status = contact.status;
  row.snooze = contact.snooze;
  row.health = assess(contact, settings, today);
  const Health& health = row.health;
  const int cadence = health.cadence_days;
  if (contact.retired()) {
    row.reasons.push_back({Cause::resting, resting_text(contact)});
    return row;
  }
  const bool resting = contact.status == ContactStatus::dormant || (contact.snooze && *contact.snooze > today);
  Assessment a(row, params);
  const int max_days = std::max(params.urgency_promise_max_days, 0);

  // Important dates, closest first so the reason that matters most this week is read first.
  std::vector<std::pair<int, const ImportantDate*>> soon;
  for (const ImportantDate& date : contact.dates) {
    int days = date.next_on_or_after(today) - today;
    if (days <= params.date_horizon_days) soon.emplace_back(days, &date);
  }
  std::stable_sort(soon.begin(), soon.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  struct Later {
    std::string text;
    double urgency;
    Status status;  // due within date_due_days; before that only a push up the list
  };
  std::vector<Later> later_dates;
  for (const auto& [days, date] : soon) {
    double span = params.date_horizon_days + 1.0;
    double urgency = params.urgency_date * (span - days) / span;
    auto text = fmt::format("{} {}", date->label, when_text(days));
    if (days <= params.date_today_days)
      a.today(Cause::date_today, std::move(text), urgency);
    else
      later_dates.push_back({std::move(text), urgency, days <= params.date_due_days ? Status::due : Status::ok});
  }

  // Promises: yours due today or overdue can be lost today; theirs, late, are a reason to get in touch.
  std::vector<std::pair<std::string, double>> waiting;  // said after the silence, in file order
  for (const Promise& promise : contact.promises) {
    if (!promise.due || *promise.due > today) continue;
    if (promise.done && *promise.done <= today) continue;
    if (promise.made && *promise.made > today) continue;
    int overdue = today - *promise.due;
    double growth = params.urgency_promise_per_day * std::min(overdue, max_days);
    if (promise.by == By::me) {
      if (overdue == 0)
        a.today(Cause::promise_due, fmt::format("promise to {} due today", promise_text(promise.what)),
                params.urgency_promise);
      else
        a.today(Cause::promise_overdue, fmt::format("promise to {} overdue {}d", promise_text(promise.what), overdue),
                params.urgency_promise + growth);
    } else if (overdue > 0) {
      waiting.emplace_back(
          fmt::format("waiting on {}: {}, {} late", first_name(contact.name), promise.what, days_text(overdue)),
          params.urgency_waiting + growth);
    }
  }

  if (!resting && health.days_since) {
    int silence = *health.days_since;
    double due_after = std::max(params.due_cadences * cadence, 1.0);
    if (silence >= due_after) {
      double doublings = std::log2(silence / due_after);
      double half = std::max(params.urgency_silence_half, 1e-9);
      a.reason(Cause::silence, fmt::format("{}, cadence {}d", days_text(silence), cadence),
               params.urgency_due + params.urgency_silence_max * doublings / (doublings + half), Status::due);
      if (silence >= params.urgent_cadences * cadence) a.raise(Status::urgent);
    }
  } else if (!resting) {
    bool any_entry = std::any_of(contact.log.begin(), contact.log.end(),
                                 [&](const Interaction& entry) { return entry.when.date <= today; });
    double days = std::max(params.never_logged_days, 0);
    double first_contact = days + cadence > 0 ? days / (days + cadence) : 0.0;
    a.reason(Cause::never_logged,
             fmt::format("{}, cadence {}d", any_entry ? "no contact yet" : "never logged", cadence),
             params.urgency_due + params.urgency_silence_max * first_contact, Status::due);
  }

  for (auto& [text, urgency] : waiting) a.reason(Cause::waiting, std::move(text), urgency, Status::due);

  if (!resting && health.chase > 0)
    a.reason(Cause::chase,
             fmt::format("{} contacts by you unanswered since {}", health.unanswered, health.unanswered_since->iso()),
             0.0, Status::decaying);

  for (auto& date : later_dates) a.reason(Cause::date_soon, std::move(date.text), date.urgency, date.status);

  if (!resting) {
    // A contact never in touch has no health to lose yet: its cadence alone says how soon (above).
    if (health.days_since) a.add_urgency(params.urgency_per_health_point * (100.0 - health.score));
    // A fall and a low score are said only when nothing else lists the contact: a fall beside "62 days,
    // cadence 30d" is that silence, and the trend column shows it without a second alarm.
    long fallen = health.trend ? std::lround(-*health.trend) : 0;
    if (row.status == Status::ok && fallen > 0 && fallen >= params.falling_points) {
      a.reason(Cause::falling, fmt::format("health down {} in {}", fallen, days_text(params.trend_days)),
               params.urgency_per_point_fallen * -*health.trend, Status::decaying);
    } else if (health.score < params.low_health && row.status == Status::ok) {
      a.reason(Cause::low_health, fmt::format("low health {}", std::lround(health.score)), 0.0, Status::decaying);
    }
  }
  if (resting) a.reason(Cause::resting, resting_text(contact), 0.0, Status::ok);
  a.finish();
  return row;
}

namespace {

// more_urgent with the names folded already. Folded first so "zoë" and "Zoe" sit where a reader
// expects; raw bytes and id make the order total.
bool before(const Urgency& a, const std::string& folded_a, const Urgency& b, const std::string& folded_b) {
  if (a.urgency != b.urgency) return a.urgency > b.urgency;
  if (folded_a != folded_b) return folded_a < folded_b;
  if (a.name != b.name) return a.name < b.name;
  return a.id < b.id;
}

}  // namespace

bool more_urgent(const Urgency& a, const Urgency& b) {
  return a.urgency != b.urgency ? a.urgency > b.urgency : before(a, fold(a.name), b, fold(b.name));
}

std::vector<uint32_t> urgency_order(std::span<const Urgency* const> rows) {
  std::vector<std::string> folded(rows.size());
  for (size_t k = 0; k < rows.size(); ++k) folded[k] = fold(rows[k]->name);
  return urgency_order(rows, folded);
}

std::vector<uint32_t> urgency_order(std::span<const Urgency* const> rows, std::span<const std::string> folded) {
  std::vector<uint32_t> order(rows.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](uint32_t x, uint32_t y) { return before(*rows[x], folded[x], *rows[y], folded[y]); });
  return order;
}

void sort_by_urgency(std::vector<Urgency>& rows) {
  std::vector<const Urgency*> pointers;
  pointers.reserve(rows.size());
  for (const auto& row : rows) pointers.push_back(&row);
  std::vector<Urgency> sorted;
  sorted.reserve(rows.size());
  for (auto k : urgency_order(pointers)) sorted.push_back(std::move(rows[k]));
  rows = std::move(sorted);
}

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
