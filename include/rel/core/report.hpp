// The won / lost / grown / declined report over a period, with the channel mix and reciprocity.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"

namespace rel {

struct Settings;

// REPORT (for rel(1)). The period is [since, today], both days included; entries after
// today are ignored. Constants are HealthParams members, defaults in parentheses.
//
//   won       the first entry ever (contact or touch) falls inside the period.
//   lost      silent now for more than L = max([lost_cadences] (3) * cadence,
//             [lost_min_days] (90)) days since the last contact, and the first day of that
//             excess, last contact + L + 1, falls inside the period (so a relationship
//             lost long ago is not reported again, and one that came back is not lost).
//   grown     score today minus score as of `since` >= [change_points] (10)
//   declined  score today minus score as of `since` <= -[change_points]
// Buckets do not overlap: a contact won is not also "grown" (its earlier score is that of
// a stranger), and a contact lost is not also "declined"; only a contact both won and lost
// within one long period is in two buckets. Ordering: won by first entry, lost by the day
// lost, grown by the largest rise, declined by the largest fall; ties by name then id.
//
// Interactions in the period are counted once even when logged in several files: entries
// with the same time, channel, direction, note and set of people (the file's contact plus
// `with:`) are one shared interaction. Touch: meeting, call and video are high-touch (face
// or voice, in real time); message, email, letter and social are low-touch (written);
// `other` says nothing about depth and is counted apart. Reciprocity is the number of those
// interactions `by: me` and `by: them`. Archived and deceased contacts are left out of all of
// it: they are never lost, won, grown or declined, and their interactions are not counted.

enum class Touch { high, low, other };
Touch touch_of(Via via);
// "high", "low", "other".
std::string_view to_string(Touch touch);

struct ReportEntry {
  std::string id;
  std::string name;
  double before = 0;            // score as of `since`
  double after = 0;             // score as of today
  std::optional<Date> first;    // the first entry ever, on or before today
  std::optional<Date> last;     // the last contact on or before today
  std::optional<Date> lost_on;  // for lost: the first day silence exceeded the line
};

struct Report {
  Date since;
  Date today;
  std::vector<ReportEntry> won;
  std::vector<ReportEntry> lost;
  std::vector<ReportEntry> grown;
  std::vector<ReportEntry> declined;
  std::array<int, via_count> by_channel{};  // indexed by Via
  int interactions = 0;
  int high_touch = 0;
  int low_touch = 0;
  int other_touch = 0;
  int by_me = 0;
  int by_them = 0;
};

// The report over [since, today]; a `since` after `today` is an empty period.
Report make_report(std::span<const Contact* const> contacts, const Settings& settings, Date since, Date today);
Report make_report(std::span<const Contact> contacts, const Settings& settings, Date since, Date today);

}  // namespace rel
