// Journal-wide settings from `.rel.yaml`: cadences, channel weights, git.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/health.hpp"

namespace rel {

struct Settings {
  int default_cadence_days = 30;
  std::map<std::string, int> tag_cadence_days;
  // Depth of a contact by channel, indexed by Via: a meeting counts most, a "like" almost nothing.
  std::array<double, via_count> weights = {1.0, 0.7, 0.8, 0.4, 0.3, 0.6, 0.1, 0.3};
  bool autocommit = false;
  bool monitor = false;  // `monitor: true`: keep the journal's watcher running (see rel monitor)
  HealthParams health;   // `health:` in .rel.yaml
  // `me: {email: [a@x, b@y]}`: the user's own addresses, by which calendar and mail imports tell
  // what the user wrote and was invited to; empty when not set (those imports then refuse).
  std::vector<std::string> me_emails;
  int import_max_people = 8;     // `import: {max_people: 8}`: larger events are not meetings to log
  Via default_via = Via::other;  // `log: {via: call}`: what `rel log` records without --via

  double weight(Via via) const { return weights[static_cast<size_t>(via)]; }
  bool operator==(const Settings&) const = default;
};

// The contact's own cadence, else the shortest of its tags', else the default.
int cadence_for(const Contact& contact, const Settings& settings);

}  // namespace rel
