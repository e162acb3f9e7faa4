// What a contact gains from a card that matched it — what it lacked, never a change to what it has —
// and where the two differ.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/journal/contact_gains.hpp"

namespace rel::imports {

// Who says what in a difference: the contact's side ("the file", or for a contact this import
// creates "the card at a.vcf:1") and whose value is kept ("the file's", "the first").
struct Sides {
  std::string ours = "the file";
  std::string kept = "the file's";
};

struct Fill {
  journal::ContactGains gains;
  // "the file says birthday 1985-03-14, the card at a.vcf:3 1985-03-15 (kept the file's)".
  std::vector<std::string> differences;
};

// What `contact` gains from `offered` (a card as contact_from_card reads it, from `source`,
// "a.vcf:3"):
//
// - emails (compared folded), phones (by their digits; one with too few by its text), akas
//   (neither the name nor an aka already, folded), tags (folded) and uids it lacks, appended;
// - since, org and title when it has none;
// - dates under labels it lacks, unless it has the same date under another label;
// - details under keys it lacks, unless it has the value under another key; an address or URL it
//   lacks goes under the next free "address 2", "url 3"… whatever the card numbered it.
//
// A value it has and the card says otherwise — the name, since, org, title, a date or detail of
// the same label — is kept, and is a difference; so is a note that does not hold the card's.
Fill fill_from(const Contact& contact, const Contact& offered, std::string_view source, const Sides& sides = {});

}  // namespace rel::imports
