// Naming one log entry or promise of a contact by its address (see core/entry_address.hpp), for the
// commands that change one entry (`kept`, `amend`, `delete`) and the listings that show addresses.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/entry_address.hpp"

namespace rel::cli {

// The entry `typed` names among the contact's entries (of `kind` when given). Unknown -> Error (exit 1);
// several -> UsageError (exit 2) listing them; an entry of the other kind -> Error saying so.
EntryRef choose_entry(const Contact& contact, const EntryAddresses& addresses, std::string_view typed,
                      std::optional<EntryKind> kind = std::nullopt);

// One line about an entry: "9c1e  2026-11-20 meeting, by me: Lunch at Nopa." or
// "3fa2  send the guide (due 2026-11-27)".
std::string entry_line(const Contact& contact, const EntryAddresses& addresses, EntryRef entry);

// Indexes of the contact's promises (open ones only, with Open::only), by due date: undated ones
// last, ties in file order — the order every promise listing uses.
enum class Open { only, and_kept };
std::vector<size_t> promises_by_due(const Contact& contact, Open open);

}  // namespace rel::cli
