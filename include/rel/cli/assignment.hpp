// KEY=VALUE edits of a contact (`rel set`, `rel unset`, `rel add --set`): which keys
// may be set, how their values are checked, and the matching change to the model.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "rel/core/contact.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {

struct Assignment {
  journal::KeyPath path;                // {"phone"} or {"details", "kids"}
  journal::ItemValue value;             // as it will be written
  std::function<void(Contact&)> apply;  // the same change to the model
};

// Checks KEY and VALUE: name, aka and tags (comma-separated), cadence (30d), since
// (a WHEN), email, phone and uid (one, or comma-separated), org, title, status (active,
// dormant, archived, deceased), snooze (a WHEN), details.X, dates.X (YYYY-MM-DD or
// --MM-DD), or any other top-level key as text. Throws UsageError for log, promises and
// malformed values.
Assignment parse_assignment(std::string_view key, std::string_view value, Date today);

// The key path of KEY and the model change that removes it (name cannot be removed).
Assignment parse_removal(std::string_view key);

// Contact `id` with `assignment` made: the lines of its key replaced (or added), checked against the
// same change to the model; not yet written (see save()). Call under the JournalLock.
journal::PendingWrite prepare_assignment(const std::filesystem::path& root, const std::string& id,
                                         const Assignment& assignment);

}  // namespace rel::cli
