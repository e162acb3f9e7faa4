// What a card means for rel's contact model, and what a contact says as a card: the mapping that
// `rel import` (address books in) and `rel export --format vcard` (out) share.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rel/core/contact.hpp"
#include "rel/interop/card.hpp"

namespace rel::interop {

// The contact a card describes, as rel keeps it (no id; status left active: the importer decides):
//
// - name: the card's name, else its first nickname, else its organisation (an address book shows a
//   company's card by it); empty when nothing names anyone. aka: the other nicknames.
// - tags: the categories; since: LinkedIn's "Connected On"; email, phone, org, title, dates as read
//   (a birthday without a year stays without one); uid: the card's UID.
// - details, in this order: "department"; each related person under its relation ("spouse": "Jenny");
//   "address", "address 2"…; "url", "url 2"…; a date written as free text under its label
//   ("birthday": "circa 1800"); "note" (several lines). A key taken already gets " 2", " 3"….
Contact contact_from_card(const Card& card);

// The kind of a details key contact_from_card numbers ("address" for "address" and "address 2",
// "url" for "url 3"): several values of it are usual, so an import adds a new one under the next
// free number rather than report a difference. Nothing for other keys.
std::optional<std::string_view> repeatable_detail(std::string_view key);

// A stable UID for a contact that has none of its own: urn:uuid: with a UUID (version 8, RFC 9562)
// made from a 128-bit hash of the id, so that the same id gives the same UID in every export.
std::string derived_uid(std::string_view id);

// The card of a contact, for `rel export --format vcard`: FN the name, N parts from it (family the
// last word, given the words before, a leading title like "Dr." as prefix and a trailing "Jr.",
// "III" or "PhD" as suffix; a name without spaces, like 山田太郎, all family), NICKNAME the akas,
// every email and phone, the dates (BDAY the birthday), ORG with "department", TITLE, CATEGORIES the
// tags, UID its first uid (else derived_uid of its id), addresses and URLs from the details that
// contact_from_card fills, related people from details named after a relation (spouse, kids,
// mother…), and NOTE the "note" detail followed by every other detail as "key: value" lines.
Card card_from_contact(const Contact& contact);

}  // namespace rel::interop
