// `with:` references between contacts: who names a contact, and the edits that make them name another
// (`rel rename`, `rel merge`), or report them (`rel rm`).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "rel/journal/journal.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {

// A contact whose log names another in `with:`, and in how many entries.
struct Referrer {
  std::string id;
  std::string name;
  size_t entries = 0;
};

// Every valid contact of the journal naming `id` in `with:`, but those in `skip`, by id.
std::vector<Referrer> referrers(const journal::Journal& journal, std::string_view id,
                                const std::vector<std::string>& skip = {});

// "bob-stone (2), cleo-park (1)".
std::string referrer_list(const std::vector<Referrer>& referrers);

// The edits of each referrer's file that make its `with:` name `to` instead of `from` (see
// retarget_with); read and checked under the journal lock.
std::vector<journal::PendingWrite> retarget_references(const std::filesystem::path& root,
                                                       const std::vector<Referrer>& referrers, std::string_view from,
                                                       std::string_view to);

}  // namespace rel::cli
