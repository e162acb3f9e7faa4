// Computes a contact's health score and its four sinews as documented in health.hpp.
#include "rel/core/health.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

#include "rel/core/settings.hpp"

namespace rel {
namespace {

// Keeps divisions and powers defined when a user tunes a constant to zero.
constexpr double tiny = 1e-9;

double clamp_percent(double value) {
  if (!std::isfinite(value)) return 0.0;
  return std::clamp(value, 0.0, 100.0);
}

// What the model sees as of one day: entries dated after it do not exist yet. Views into a Log.
struct History {
  std::span<const Interaction* const> entries;   // contacts and touches, in date order
  std::span<const Interaction* const> contacts;  // contacts only, in date order
};

// A contact's whole log in date order, and its contacts alone; the history as of any day is a prefix
// of both, so that assess sorts and filters once for its two days.
struct Log {
  std::vector<const Interaction*> entries;
  std::vector<const Interaction*> contacts;

  Log(const Contact& contact, const Settings& settings) {
    // interactions_by_date, without sorting a log already in date order (most are): the same
    // order, since a stable sort leaves a sorted sequence as it is.
    entries.reserve(contact.log.size());
    for (const auto& entry : contact.log) entries.push_back(&entry);
    auto earlier = [](const Interaction* a, const Interaction* b) { return a->when < b->when; };
    if (!std::is_sorted(entries.begin(), entries.end(), earlier))
      std::stable_sort(entries.begin(), entries.end(), earlier);
    contacts.reserve(entries.size());
    for (const Interaction* entry : entries)
      if (is_contact(*entry, settings)) contacts.push_back(entry);
  }

  History as_of(Date day) const {
    auto dated_by = [day](const std::vector<const Interaction*>& list) {
      auto end = std::partition_point(list.begin(), list.end(),
                                      [day](const Interaction* entry) { return entry->when.date <= day; });
      return std::span<const Interaction* const>(list.data(), static_cast<size_t>(end - list.begin()));
    };
    return {dated_by(entries), dated_by(contacts)};
  }
};

// The median gap in days between distinct contact days, when there are enough gaps to trust it.
std::optional<double> usual_gap(std::span<const Interaction* const> contacts, const HealthParams& params) {
  // One buffer per thread: a morning run assesses every contact twice, and each would allocate.
  thread_local std::vector<int> gaps;
  gaps.clear();
  for (size_t i = 1; i < contacts.size(); ++i) {
    int gap = contacts[i]->when.date - contacts[i - 1]->when.date;
    if (gap > 0) gaps.push_back(gap);  // several entries on one day are one day of contact
  }
  if (gaps.empty() || static_cast<int>(gaps.size()) < params.rhythm_min_gaps) return std::nullopt;
  std::sort(gaps.begin(), gaps.end());
  size_t mid = gaps.size() / 2;
  if (gaps.size() % 2 == 1) return gaps[mid];
  return (gaps[mid - 1] + gaps[mid]) / 2.0;
}

// 1 at no silence, 0.5 at time_half_point reference periods, towards 0 beyond.
double falloff(double periods, const HealthParams& params) {
  double half = std::max(params.time_half_point, tiny);
  double steepness = std::max(params.time_steepness, tiny);
  return 1.0 / (1.0 + std::pow(std::max(periods, 0.0) / half, steepness));
}

// The written contacts by you since their last answer (a contact by them, or one held in real time).
struct Unanswered {
  int days = 0;                  // distinct days among them
  std::optional<Date> since;     // the first of them
  std::optional<Date> answered;  // their last answer, if they ever answered
};

Unanswered unanswered_contacts(std::span<const Interaction* const> contacts) {
  Unanswered out;
  for (auto it = contacts.rbegin(); it != contacts.rend(); ++it) {
    const Interaction& entry = **it;
    if (entry.by == By::them || in_real_time(entry.via)) {
      out.answered = entry.when.date;
      break;
    }
    if (!out.since || entry.when.date < *out.since) ++out.days;
    out.since = entry.when.date;
  }
  return out;
}

double time_sinew(const Contact& contact, const History& history, const Unanswered& unanswered,
                  std::optional<double> gap, int cadence, Date as_of, const HealthParams& params) {
  if (history.contacts.empty()) return 0.0;
  Date last = history.contacts.back()->when.date;
  Date first = history.entries.front()->when.date;
  if (contact.since && *contact.since < first) first = *contact.since;
  double known = std::max(0, last - first);
  double full = std::max(params.known_full_days, 1);
  double cushion = std::max(params.known_cushion, 0.0) * std::min(1.0, known / full);
  double silence = as_of - last;
  if (unanswered.days > 0) {
    // Attempts end only part of the silence on their side.
    double theirs = as_of - unanswered.answered.value_or(*unanswered.since);
    silence += std::clamp(params.unanswered_silence_share, 0.0, 1.0) * (theirs - silence);
  }
  silence /= 1.0 + cushion;
  double rhythm = gap ? std::clamp(params.rhythm_weight, 0.0, 1.0) : 0.0;
  double by_cadence = falloff(silence / cadence, params);
  double by_rhythm = gap ? falloff(silence / std::max(*gap, 1.0), params) : 0.0;
  return 100.0 * ((1.0 - rhythm) * by_cadence + rhythm * by_rhythm);
}

double intensity_sinew(const History& history, const Settings& settings, int cadence, Date as_of,
                       const HealthParams& params) {
  double half_life_cadences = std::max(params.half_life_cadences, tiny);
  double half_life = half_life_cadences * cadence;
  thread_local std::vector<double> values;  // as usual_gap's buffer
  values.clear();
  for (const Interaction* entry : history.entries) {
    double weight = std::max(settings.weight(entry->via), 0.0);
    values.push_back(weight * std::exp2(-(as_of - entry->when.date) / half_life));
  }
  std::sort(values.begin(), values.end(), std::greater<>());
  double discount = std::clamp(params.repeat_discount, 0.0, 0.99);  // below 1 so "ideal" stays finite
  double total = 0.0;
  double factor = 1.0;
  for (double value : values) {
    total += value * factor;
    factor *= discount;
  }
  double ideal = 1.0 / (1.0 - discount * std::exp2(-1.0 / half_life_cadences));
  return 100.0 * (1.0 - std::exp(-std::max(params.intensity_gain, 0.0) * total / ideal));
}

double reciprocity_sinew(const History& history, const HealthParams& params) {
  // Newest first, each older contact weighing `memory` times the next newer: no hard window edge,
  // so a new entry never pushes out an old one of the other side.
  double memory = std::clamp(params.reciprocity_memory, 0.0, 1.0);
  double me = 0;
  double them = 0;
  double weight = 1.0;
  for (auto it = history.contacts.rbegin(); it != history.contacts.rend() && weight > 0; ++it) {
    ((*it)->by == By::me ? me : them) += weight;
    weight *= memory;
  }
  double prior = std::max(params.reciprocity_prior, 0.0);
  double denominator = me + them + prior;
  if (denominator <= 0) return 50.0;
  double excess = std::max(0.0, std::abs(me - them) - std::max(params.reciprocity_slack, 0.0));
  return 100.0 * (me + them - excess + prior / 2.0) / denominator;
}

double trust_sinew(const Contact& contact, Date as_of, const HealthParams& params) {
  double good = 0;
  double bad = 0;
  for (const Promise& promise : contact.promises) {
    if (promise.by != By::me) continue;  // what they promised you is not your trustworthiness
    if (promise.made && *promise.made > as_of) continue;
    bool kept = promise.done && *promise.done <= as_of;
    if (kept) {
      bool on_time = !promise.due || *promise.done <= *promise.due;
      good += on_time ? 1.0 : std::max(params.kept_late_credit, 0.0);
    } else if (promise.due && *promise.due < as_of) {
      double overdue = as_of - *promise.due;
      double growth = std::max(params.overdue_growth_days, 1);
      bad += std::min(std::max(params.overdue_penalty_max, 0.0), 1.0 + overdue / growth);
    }
  }
  double prior = std::max(params.trust_prior, 0.0);
  double denominator = good + bad + prior;
  if (denominator <= 0) return 50.0;
  return 100.0 * (good + prior / 2.0) / denominator;
}

double combine(const Sinews& sinews, const HealthParams& params) {
  double wt = std::max(params.weight_time, 0.0);
  double wi = std::max(params.weight_intensity, 0.0);
  double wr = std::max(params.weight_reciprocity, 0.0);
  double wtr = std::max(params.weight_trust, 0.0);
  double total = wt + wi + wr + wtr;
  if (total <= 0) return (sinews.time + sinews.intensity + sinews.reciprocity + sinews.trust) / 4.0;
  return (wt * sinews.time + wi * sinews.intensity + wr * sinews.reciprocity + wtr * sinews.trust) / total;
}

}  // namespace

bool is_contact(const Interaction& interaction, const Settings& settings) {
  return settings.weight(interaction.via) >= settings.health.contact_min_weight;
}

const Interaction* last_contact(const Contact& contact, const Settings& settings, Date as_of) {
  const Interaction* last = nullptr;
  for (const auto& entry : contact.log)
    if (entry.when.date <= as_of && is_contact(entry, settings) && (!last || last->when <= entry.when)) last = &entry;
  return last;
}

namespace {

// assess_as_of over a log already in date order, so that assess sorts it once for two days.
Health assess_log(const Contact& contact, const Log& log, const Settings& settings, Date as_of) {
  const HealthParams& params = settings.health;
  Health health;
  health.cadence_days = std::max(cadence_for(contact, settings), 1);
  const History history = log.as_of(as_of);
  health.usual_gap_days = usual_gap(history.contacts, params);
  if (!history.contacts.empty()) {
    health.last = history.contacts.back()->when.date;
    health.days_since = as_of - *health.last;
  }
  const Unanswered unanswered = unanswered_contacts(history.contacts);
  health.unanswered = unanswered.days;
  health.unanswered_since = unanswered.since;
  Sinews& s = health.sinews;
  s.time = clamp_percent(
      time_sinew(contact, history, unanswered, health.usual_gap_days, health.cadence_days, as_of, params));
  s.intensity = clamp_percent(intensity_sinew(history, settings, health.cadence_days, as_of, params));
  s.reciprocity = clamp_percent(reciprocity_sinew(history, params));
  s.trust = clamp_percent(trust_sinew(contact, as_of, params));
  if (unanswered.days >= std::max(params.chase_contacts, 1))
    health.chase = std::clamp(std::max(params.chase_points, 0.0) * (unanswered.days - 1), 0.0,
                              std::max(params.chase_points_max, 0.0));
  health.score = clamp_percent(combine(s, params) - health.chase);
  return health;
}

}  // namespace

Health assess_as_of(const Contact& contact, const Settings& settings, Date as_of) {
  return assess_log(contact, Log(contact, settings), settings, as_of);
}

Health assess(const Contact& contact, const Settings& settings, Date today) {
  const Log log(contact, settings);
  Health health = assess_log(contact, log, settings, today);
  const Date start = today - std::max(settings.health.trend_days, 0);
  // Before the first entry there is no history to compare with: a rise from nothing is not a trend.
  if (log.entries.empty() || log.entries.front()->when.date > start) return health;
  const double previous = assess_log(contact, log, settings, start).score;
  health.previous = previous;
  health.trend = health.score - previous;
  return health;
}

}  // namespace rel
