// Buckets a contact's entries by month and draws them as block characters for `rel show`.
#include "rel/core/sparkline.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace rel {

std::vector<int> monthly_counts(const Contact& contact, Date today, int months) {
  months = std::max(months, 0);
  std::vector<int> counts(static_cast<size_t>(months), 0);
  int this_month = today.year() * 12 + (today.month() - 1);
  for (const Interaction& entry : contact.log) {
    Date date = entry.when.date;
    if (date > today) continue;
    int ago = this_month - (date.year() * 12 + (date.month() - 1));
    if (ago < months) ++counts[static_cast<size_t>(months - 1 - ago)];
  }
  return counts;
}

std::string sparkline(std::span<const int> counts) {
  static constexpr std::array<std::string_view, 8> blocks = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  static constexpr std::string_view zero = "·";
  int most = 0;
  for (int count : counts) most = std::max(most, count);
  std::string line;
  for (int count : counts) {
    if (count <= 0) {
      line += zero;
      continue;
    }
    // Integer ceiling keeps the picture exact and platform-independent.
    long long level = (8LL * count + most - 1) / most;
    line += blocks[static_cast<size_t>(std::clamp(level, 1LL, 8LL) - 1)];
  }
  return line;
}

}  // namespace rel
