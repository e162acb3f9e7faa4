// How rel writes one log entry or one promise as a list item: keys in the order of the
// spec's contact file, optional keys only when they say something.
#pragma once

#include <vector>

#include "rel/core/contact.hpp"
#include "rel/journal/text_edit.hpp"

namespace rel::journal {

// date, via, by, then with, note and ref when present.
std::vector<ItemValue> log_item(const Interaction& entry);

// what, made, due, then `by: them` (never `by: me`, the default).
std::vector<ItemValue> promise_item(const Promise& promise);

}  // namespace rel::journal
