// Addresses of one contact's log entries and promises: short hexadecimal names derived from each
// entry's own content, so that logging, keeping, amending or deleting other entries never changes them.
//
// An interaction is named by a hash of its date, channel, side, `with:`, note and ref; a promise by a
// hash of what, made and by (not due or done, so `rel kept` leaves its address as it was). Entries equal
// in all of that are told apart by their order among themselves. The address shown is the shortest
// prefix of the hash (at least 4 hex digits, the same length for every entry of the contact) that no
// other entry of the contact shares: an entry's address changes only when the entry itself does.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"

namespace rel {

enum class EntryKind { interaction, promise };

// One entry of a contact: the index into Contact::log or Contact::promises.
struct EntryRef {
  EntryKind kind = EntryKind::interaction;
  size_t index = 0;
  bool operator==(const EntryRef&) const = default;
};

class EntryAddresses {
 public:
  // The fewest hex digits an address is shown with, and the fewest a user may type.
  static constexpr size_t min_length = 4;

  explicit EntryAddresses(const Contact& contact);

  // The address shown for an entry (`length()` hex digits).
  std::string of(EntryRef entry) const;
  std::string of_interaction(size_t index) const { return of({EntryKind::interaction, index}); }
  std::string of_promise(size_t index) const { return of({EntryKind::promise, index}); }
  size_t length() const { return m_length; }

  struct Lookup {
    enum class Outcome { found, ambiguous, unknown } outcome = Outcome::unknown;
    std::vector<EntryRef> matches;  // every entry whose address starts with what was typed
  };
  // The entries an address typed by the user names (case-insensitive hex prefix of a full hash).
  Lookup find(std::string_view typed) const;

  // Whether `text` has the shape of an address: 4 to 16 hex digits.
  static bool looks_like_address(std::string_view text);

 private:
  std::vector<std::string> m_log;       // full hashes (16 hex digits), by index
  std::vector<std::string> m_promises;  // likewise
  size_t m_length = min_length;
};

}  // namespace rel
