// Two files of one person made one (`rel merge FROM INTO`), and `with:` references that follow a contact
// to its new id (`rel rename`, `rel merge`): every decision is made here, on the models, once; the text
// edits in journal/ carry out the same plan and the result is checked against apply_merge.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rel/core/contact.hpp"

namespace rel {

// ---- with: references ------------------------------------------------------------------

enum class WithAction { keep, replace, remove };

// What becomes of each item of one `with:` list of contact `self`'s file when the contact `from` is
// now `to`: items naming `from` are replaced by `to`, or removed when the list names `to` already (or
// would after an earlier replacement) or when `to` is `self` (nobody is with themselves).
std::vector<WithAction> retarget_with(const std::vector<std::string>& with, std::string_view from, std::string_view to,
                                      std::string_view self);

// The same applied to every log entry of `contact` (whose id is `self`); returns the items changed.
size_t retarget_with(Contact& contact, std::string_view from, std::string_view to, std::string_view self);

// How many log entries of `contact` name `id` in `with:`.
size_t count_with(const Contact& contact, std::string_view id);

// ---- merge ------------------------------------------------------------------------------

// Which side's value a key takes when the two files disagree; `neither` stops the merge.
enum class Prefer { neither, into, from };

// A key the two files give different values: "details.kids", "cadence", "promise: call back".
struct MergeConflict {
  std::string key;
  std::string into;  // INTO's value, as text
  std::string from;  // FROM's
};

struct MergePlan {
  std::vector<MergeConflict> conflicts;  // all of them, settled by `prefer` (or not, with neither)

  // Items FROM adds to INTO's lists (its name and aka to INTO's aka), in the order they are added.
  std::vector<std::string> aka, tags, emails, phones, uid;
  std::optional<Date> since;  // INTO's `since` becomes this (the earlier of the two)
  // Keys whose value INTO takes from FROM, added or replacing INTO's, in FROM's order: top-level
  // keys (cadence, org, title, snooze, status, unknown keys), detail keys and date labels.
  std::vector<std::string> keys, details, dates;

  // An entry of FROM that INTO lacks, placed before INTO's entry `before` (INTO's count: at the end).
  struct Placed {
    size_t from_index = 0;
    size_t before = 0;
  };
  std::vector<Placed> log;                                   // in the order they stand in the result
  std::vector<Placed> promises;                              // likewise
  std::vector<std::pair<size_t, size_t>> replaced_promises;  // INTO's promise, FROM's that replaces it
  std::vector<std::pair<size_t, Date>> kept_promises;        // INTO's open promise FROM has kept, and when
};

// What INTO gains from FROM: lists united (aka, tags, emails, phones by digits, uid), FROM's name into
// aka, the earlier `since`; keys, details and dates only FROM has are added, and those the two give
// different values are conflicts (settled by `prefer`); log entries and promises are the union, each
// once (an entry on both sides, or kept on one side and open on the other, once), FROM's placed among
// INTO's in date order. The contacts are taken as they are: retarget_with first.
MergePlan plan_merge(const Contact& into, const Contact& from, Prefer prefer);

// INTO as the plan leaves it.
Contact apply_merge(const Contact& into, const Contact& from, const MergePlan& plan);

}  // namespace rel
