// How a contact's cadence is chosen from its own key, its tags and the default.
#include "rel/core/settings.hpp"

#include <algorithm>
#include <optional>

namespace rel {

int cadence_for(const Contact& contact, const Settings& settings) {
  if (contact.cadence_days) return *contact.cadence_days;
  std::optional<int> shortest;
  for (const auto& tag : contact.tags) {
    auto it = settings.tag_cadence_days.find(tag);
    if (it != settings.tag_cadence_days.end()) shortest = std::min(shortest.value_or(it->second), it->second);
  }
  return shortest.value_or(settings.default_cadence_days);
}

}  // namespace rel
