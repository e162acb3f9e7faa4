// What `rel import` and `rel log --from-mail` share once a plan is made: the checked writes of every
// planned contact, prepared on every core, and what calendar and mail imports need to know first.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/imports/activity.hpp"
#include "rel/imports/plan.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {

// The checked new text of each planned contact; a contact whose file cannot take the change (it
// does not parse, a key in flow style) is a failure named with its reason.
struct Prepared {
  std::vector<journal::PendingWrite> writes;
  std::vector<std::pair<std::string, std::vector<Diagnostic>>> failures;  // id and why
};

// Prepares `planned` (new files whole, gains as text edits) on every core, with a progress line.
Prepared prepare_planned(const std::vector<imports::Planned>& planned, const std::filesystem::path& root, Context& ctx);

// The user's addresses from .rel.yaml; throws rel::Error (exit 1, nothing written) saying how to set
// them when there are none.
std::vector<std::string> my_addresses(Context& ctx);

// --since: a duration back from today (90d, 3m) or a WHEN (2026-09-01, 3 months ago); empty: 90 days.
Date since_day(const std::string& since, Date today);

// The moment before which an event has happened: now, when today is the clock's day; the end of
// today when REL_TODAY names another day (scripts and tests then read the whole day as past).
Timestamp now_for(Date today);

}  // namespace rel::cli
