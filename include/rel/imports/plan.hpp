// An address-book import worked out before anything is written: which card is whom, what each
// contact gains, who is new, and what was left out and why. Pure: the journal's contacts and the
// cards in, the plan out; `rel import` prints it (--dry-run stops there) and then carries it out.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/interop/card.hpp"
#include "rel/journal/contact_gains.hpp"

namespace rel::imports {

// What one file (or standard input) gave: its cards, and the cards that could not be read.
struct CardsFrom {
  std::string name;                  // as shown in messages: the path given, or "stdin"
  std::vector<interop::Card> cards;  // in file order
  std::vector<Diagnostic> problems;  // cards not read, at their lines (the file is `name`)
};

struct PlanOptions {
  ContactStatus new_status = ContactStatus::dormant;  // --active: active
  std::string folder;                                 // --in: new files in this sub-folder
};

struct Planned {
  enum class Kind { created, updated, unchanged };
  Kind kind = Kind::unchanged;
  std::string id;
  std::string name;
  Contact contact;                       // created: the new contact, whole
  journal::ContactGains gains;           // updated: what it gains
  std::vector<std::string> sources;      // the cards it comes from: "contacts.vcf:12"
  std::vector<std::string> differences;  // "the file says birthday 1985-03-14, the card at a.vcf:3 …"
};

struct Skipped {
  std::string where;   // "contacts.vcf:40"
  std::string reason;  // for the summary: "no name", "not a person", "ambiguous", "unreadable"
  std::string detail;  // the whole story: "matches alice-chen and alice-chen-2 by email"
};

struct Plan {
  std::vector<Planned> contacts;  // every contact a card names, in the order the cards first name them
  std::vector<Skipped> skipped;   // in file order

  size_t count(Planned::Kind kind) const;
};

// Plans importing `sources` into a journal of `journal` (its valid contacts). Within and across the
// sources, cards are taken in order; each is matched (identity.hpp) against the journal and the
// contacts planned so far, so that cards of one person (the same UID, email, phone or name) become
// one contact, and fills what it matched (fill.hpp). A card that matches nobody is a new contact
// with `options.new_status`, its id the slug of its name (in `options.folder`), then -2, -3… past
// every id `taken` says is in use and every id planned; without a name it is skipped ("no name"),
// and so are cards of groups and places ("not a person") and cards that match several contacts
// alike ("ambiguous"). Cards not read are skipped as "unreadable".
Plan plan_import(const std::vector<Contact>& journal, std::vector<CardsFrom> sources, const PlanOptions& options,
                 const std::function<bool(const std::string&)>& taken);

// "12 new, 3 updated, 40 unchanged, 2 skipped: no name" (several reasons: "3 skipped: 2 no name,
// 1 unreadable"), then ", 1 failed" when `failed` contacts could not be written.
std::string summary(const Plan& plan, size_t failed = 0);

// What an update adds, for a person: "email bob@work.example, phone +1 555 0100, birthday 1980-01-02,
// details.address".
std::string describe(const journal::ContactGains& gains);

}  // namespace rel::imports
