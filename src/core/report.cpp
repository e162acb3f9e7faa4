// Builds the `rel report` buckets and period counts defined in report.hpp.
#include "rel/core/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "rel/core/health.hpp"
#include "rel/core/settings.hpp"
#include "rel/core/text.hpp"

namespace rel {
namespace {

bool by_name(const ReportEntry& a, const ReportEntry& b) {
  std::string fa = fold(a.name);
  std::string fb = fold(b.name);
  if (fa != fb) return fa < fb;
  if (a.name != b.name) return a.name < b.name;
  return a.id < b.id;
}

// One shared interaction is logged in each participant's file; this key is the same in all of them.
std::string shared_key(const Contact& contact, const Interaction& entry) {
  std::set<std::string> people(entry.with.begin(), entry.with.end());
  people.insert(contact.id);
  std::string key =
      fmt::format("{}\x1f{}\x1f{}\x1f{}", entry.when.text(), to_string(entry.via), to_string(entry.by), entry.note);
  for (const auto& person : people) key += "\x1f" + person;
  return key;
}

}  // namespace

Touch touch_of(Via via) {
  switch (via) {
    case Via::meeting:
    case Via::call:
    case Via::video: return Touch::high;
    case Via::message:
    case Via::email:
    case Via::letter:
    case Via::social: return Touch::low;
    case Via::other: return Touch::other;
  }
  return Touch::other;
}

std::string_view to_string(Touch touch) {
  switch (touch) {
    case Touch::high: return "high";
    case Touch::low: return "low";
    case Touch::other: return "other";
  }
  return "other";
}

Report make_report(std::span<const Contact* const> contacts, const Settings& settings, Date since, Date today) {
  const HealthParams& params = settings.health;
  Report report;
  report.since = since;
  report.today = today;
  std::set<std::string> shared_seen;

  for (const Contact* contact : contacts) {
    if (contact->retired()) continue;  // an archived or deceased person is not a relationship lost
    ReportEntry row;
    row.id = contact->id;
    row.name = contact->name;
    row.before = assess_as_of(*contact, settings, std::min(since, today)).score;
    row.after = assess_as_of(*contact, settings, today).score;
    for (const Interaction* entry : interactions_by_date(*contact)) {
      if (entry->when.date > today) break;
      if (!row.first) row.first = entry->when.date;
      if (entry->when.date < since) continue;
      if (!entry->with.empty() && !shared_seen.insert(shared_key(*contact, *entry)).second) continue;
      ++report.interactions;
      ++report.by_channel[static_cast<size_t>(entry->via)];
      switch (touch_of(entry->via)) {
        case Touch::high: ++report.high_touch; break;
        case Touch::low: ++report.low_touch; break;
        case Touch::other: ++report.other_touch; break;
      }
      ++(entry->by == By::me ? report.by_me : report.by_them);
    }
    if (const Interaction* last = last_contact(*contact, settings, today)) row.last = last->when.date;

    int cadence = std::max(cadence_for(*contact, settings), 1);
    double line = std::max(params.lost_cadences * cadence, static_cast<double>(params.lost_min_days));
    bool won = row.first && *row.first >= since;
    bool lost = false;
    if (row.last && today - *row.last > line) {
      // The first whole day on which the silence exceeds the line.
      Date lost_on = *row.last + static_cast<int>(std::floor(line)) + 1;
      lost = lost_on >= since;
      if (lost) row.lost_on = lost_on;
    }
    double change = row.after - row.before;
    if (won) {
      report.won.push_back(row);
    } else if (lost) {
      report.lost.push_back(row);
    } else if (change >= params.change_points) {
      report.grown.push_back(row);
    } else if (change <= -params.change_points) {
      report.declined.push_back(row);
    }
    if (won && lost) report.lost.push_back(row);  // won and gone again within one period
  }

  std::sort(report.won.begin(), report.won.end(),
            [](const auto& a, const auto& b) { return a.first != b.first ? a.first < b.first : by_name(a, b); });
  std::sort(report.lost.begin(), report.lost.end(), [](const auto& a, const auto& b) {
    return a.lost_on != b.lost_on ? a.lost_on < b.lost_on : by_name(a, b);
  });
  std::sort(report.grown.begin(), report.grown.end(), [](const auto& a, const auto& b) {
    double ca = a.after - a.before;
    double cb = b.after - b.before;
    return ca != cb ? ca > cb : by_name(a, b);
  });
  std::sort(report.declined.begin(), report.declined.end(), [](const auto& a, const auto& b) {
    double ca = a.after - a.before;
    double cb = b.after - b.before;
    return ca != cb ? ca < cb : by_name(a, b);
  });
  return report;
}

Report make_report(std::span<const Contact> contacts, const Settings& settings, Date since, Date today) {
  std::vector<const Contact*> pointers;
  pointers.reserve(contacts.size());
  for (const Contact& contact : contacts) pointers.push_back(&contact);
  return make_report(pointers, settings, since, today);
}

}  // namespace rel
