// Finding and following `with:` references when a contact is renamed, merged or removed.
#include "rel/cli/references.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/contact_merge.hpp"
#include "rel/journal/text_edit.hpp"

namespace rel::cli {

std::vector<Referrer> referrers(const journal::Journal& journal, std::string_view id,
                                const std::vector<std::string>& skip) {
  std::vector<Referrer> out;
  for (const auto& c : journal.contacts) {
    if (std::find(skip.begin(), skip.end(), c.id) != skip.end()) continue;
    if (auto n = count_with(c, id)) out.push_back({c.id, c.name, n});
  }
  return out;
}

std::string referrer_list(const std::vector<Referrer>& referrers) {
  std::string out;
  for (const auto& r : referrers) out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", r.id, r.entries);
  return out;
}

std::vector<journal::PendingWrite> retarget_references(const std::filesystem::path& root,
                                                       const std::vector<Referrer>& referrers, std::string_view from,
                                                       std::string_view to) {
  std::vector<journal::PendingWrite> writes;
  for (const auto& r : referrers) {
    auto write = journal::prepare_edit(
        root, r.id,
        [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
          return journal::retarget_with_text(text, tree, from, to, r.id);
        },
        [&](Contact& c) { retarget_with(c, from, to, r.id); });
    if (!(write.before == write.after)) writes.push_back(std::move(write));
  }
  return writes;
}

}  // namespace rel::cli
