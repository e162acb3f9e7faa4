// Whether two records are one person: the matching `rel add` refuses duplicates with (and imports match
// with), and the choice of a free id for a new or renamed file.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"

namespace rel {

// The digits of a phone number, the form phones are compared in: "+1 (555) 010-0" -> "15550100".
std::string phone_digits(std::string_view phone);

// Emails compare without case and surrounding blanks.
bool same_email(std::string_view a, std::string_view b);

// Whether `name` is the contact's name or one of its aka, folded (see match_key).
bool has_name(const Contact& contact, std::string_view name);

// Who a new contact would be: its name, emails and phones.
struct Identity {
  std::string name;
  std::vector<std::string> emails;
  std::vector<std::string> phones;
};

// A contact the new one would duplicate, and what they share: "name", "email alice@example.com",
// "phone +1 555 0100" (as the new one has it).
struct Clash {
  std::string id;
  std::string name;
  std::string shared;
};

// Every contact sharing a folded name (or aka), an email or a phone's digits with `wanted`, by id.
std::vector<Clash> find_clashes(const Identity& wanted, const std::vector<Contact>& contacts);

// The first id free for `slug` in `folder` ("" for the journal's root): folder/slug, else
// folder/slug-2, folder/slug-3, ...; `taken` says whether an id is in use.
std::string first_free_id(std::string_view folder, std::string_view slug,
                          const std::function<bool(const std::string&)>& taken);

// The folder part of an id: "work" for "work/alice-chen", "" for "alice-chen".
std::string folder_of(std::string_view id);

}  // namespace rel
