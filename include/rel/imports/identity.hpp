// Telling which contact a card is about, by the identities of the spec's Import section in its
// order: uid, then email, then phone, then the exact folded name.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rel/core/contact.hpp"

namespace rel::imports {

// How two records of one person are compared: a uid as written; an email folded (case- and
// accent-insensitive); a phone by its digits, a leading 00 taken as the + it dials, when it has at
// least five (fewer tell no one apart: empty then); a name by match_key (folded, blanks collapsed).
std::string email_key(std::string_view email);
std::string phone_key(std::string_view phone);

enum class Tier { uid, email, phone, name };
std::string_view to_string(Tier tier);

struct Match {
  enum class Outcome { none, found, ambiguous };
  Outcome outcome = Outcome::none;
  Tier tier = Tier::uid;
  size_t target = 0;            // when found
  std::vector<size_t> targets;  // when ambiguous, in ascending order
};

// Every identity of the contacts an import may match (the journal's, and the new ones it plans),
// each leading to the caller's index of the contact.
class Identities {
 public:
  // Makes the identities of `contact` lead to `target`; call again after it gained some.
  void add(size_t target, const Contact& contact);

  // The first tier in which some identity of `card` leads to a contact decides. Several contacts
  // there are narrowed to those that share an identity of a later tier with the card too (a family
  // email, the one with the card's name); more than one left is ambiguous. The name alone never
  // leads to a contact with UIDs none of which is the card's, when the card has one: two people of
  // one name in one address book are two records there, and stay two.
  Match find(const Contact& card) const;

 private:
  using Keys = std::unordered_map<std::string, std::vector<size_t>>;
  std::array<Keys, 4> m_keys;                    // by Tier
  std::vector<std::vector<std::string>> m_uids;  // by target
};

// The identities of one tier of a contact, as compared (empty ones left out).
std::vector<std::string> identities(const Contact& contact, Tier tier);

}  // namespace rel::imports
