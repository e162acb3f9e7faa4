// Pins the mapping between address-book cards and contacts: what a card gives a contact, and the
// card a contact exports as (and back through the vCard writer and reader).
#include "rel/interop/contact_card.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/interop/vcard_reader.hpp"
#include "rel/interop/vcard_writer.hpp"

using rel::Contact;
using rel::Field;
using rel::ImportantDate;
using rel::interop::Card;
using rel::interop::card_from_contact;
using rel::interop::contact_from_card;
using rel::test::date;
using Strings = std::vector<std::string>;

namespace {

Card full_card() {
  Card card;
  card.name = "Alice Chen";
  card.n = {"Chen", "Alice", "", "", ""};
  card.nicknames = {"alice chen", "Ali", "ALI"};
  card.emails = {"alice@example.com", "ali@home.example"};
  card.phones = {"+1 555 0100"};
  card.dates = {date("birthday", 3, 14, 1985), date("anniversary", 6, 30)};
  card.undated = {{"graduation", "circa 2007"}};
  card.related = {{"spouse", "Ben"}, {"address", "not an address"}};
  card.org = "Acme";
  card.department = "Product";
  card.title = "COO";
  card.note = "Met in Lisbon.\nLikes sailing.";
  card.addresses = {"1 Main St, Springfield", "2 Side St"};
  card.urls = {"https://alice.example"};
  card.categories = {"friends"};
  card.uid = "urn:uuid:1111";
  card.since = rel::Date::parse_iso("2019-05-02");
  return card;
}

}  // namespace

TEST_CASE("contact_from_card keeps everything a person would miss in rel show") {
  const auto c = contact_from_card(full_card());
  CHECK(c.name == "Alice Chen");
  CHECK(c.aka == Strings{"Ali"});  // not the name again, not "ALI" after "Ali"
  CHECK(c.tags == Strings{"friends"});
  CHECK(c.emails == Strings{"alice@example.com", "ali@home.example"});
  CHECK(c.phones == Strings{"+1 555 0100"});
  CHECK(c.org == "Acme");
  CHECK(c.title == "COO");
  CHECK(c.uid == Strings{"urn:uuid:1111"});
  CHECK(c.since == rel::Date::parse_iso("2019-05-02"));
  CHECK(c.dates == std::vector{date("birthday", 3, 14, 1985), date("anniversary", 6, 30)});
  CHECK(c.details == std::vector<Field>{{"department", "Product"},
                                        {"spouse", "Ben"},
                                        {"address", "not an address"},
                                        {"address 2", "1 Main St, Springfield"},
                                        {"address 3", "2 Side St"},
                                        {"url", "https://alice.example"},
                                        {"graduation", "circa 2007"},
                                        {"note", "Met in Lisbon.\nLikes sailing."}});
  CHECK(c.status == rel::ContactStatus::active);
}

TEST_CASE("contact_from_card names a card by its nickname or organisation when it has no name") {
  Card card;
  card.nicknames = {"Bono", "B"};
  auto c = contact_from_card(card);
  CHECK(c.name == "Bono");
  CHECK(c.aka == Strings{"B"});
  Card shop;
  shop.org = "Bike Shop";
  CHECK(contact_from_card(shop).name == "Bike Shop");
  Card nobody;
  nobody.emails = {"x@example.com"};
  CHECK(contact_from_card(nobody).name.empty());
}

TEST_CASE("repeatable_detail tells numbered addresses and URLs from other keys") {
  using rel::interop::repeatable_detail;
  CHECK(repeatable_detail("address") == "address");
  CHECK(repeatable_detail("address 12") == "address");
  CHECK(repeatable_detail("url 2") == "url");
  CHECK_FALSE(repeatable_detail("address book"));
  CHECK_FALSE(repeatable_detail("addresses"));
  CHECK_FALSE(repeatable_detail("url "));
  CHECK_FALSE(repeatable_detail("spouse"));
}

TEST_CASE("derived_uid is a stable version-8 UUID per id") {
  using rel::interop::derived_uid;
  const auto uid = derived_uid("alice-chen");
  CHECK(uid == derived_uid("alice-chen"));
  CHECK(uid != derived_uid("alice-chen-2"));
  REQUIRE(uid.size() == std::string("urn:uuid:").size() + 36);
  CHECK(uid.starts_with("urn:uuid:"));
  CHECK(uid[9 + 14] == '8');                                          // the version
  CHECK(std::string("89ab").find(uid[9 + 19]) != std::string::npos);  // the variant
}

TEST_CASE("card_from_contact splits the name, maps the details and keeps the rest in the note") {
  Contact c;
  c.id = "work/alice-chen";
  c.name = "Dr. Alice May Chen Jr.";
  c.aka = {"Ali"};
  c.tags = {"client"};
  c.emails = {"a@x.example"};
  c.phones = {"+1 555 0100"};
  c.org = "Acme";
  c.title = "COO";
  c.dates = {date("birthday", 3, 14)};
  c.details = {{"department", "Product"},
               {"address", "1 Main St"},
               {"url 2", "https://a.example"},
               {"website", "https://b.example"},
               {"spouse", "Ben"},
               {"Kids", "Maya, Leo"},
               {"likes", "sailing"},
               {"note", "Met in Lisbon."},
               {"coffee", "flat white"}};
  const auto card = card_from_contact(c);
  CHECK(card.name == "Dr. Alice May Chen Jr.");
  CHECK(card.n == rel::interop::NameParts{"Chen", "Alice May", "", "Dr.", "Jr."});
  CHECK(card.nicknames == Strings{"Ali"});
  CHECK(card.categories == Strings{"client"});
  CHECK(card.department == "Product");
  CHECK(card.addresses == Strings{"1 Main St"});
  CHECK(card.urls == Strings{"https://a.example", "https://b.example"});
  CHECK(card.related == std::vector<Field>{{"spouse", "Ben"}, {"Kids", "Maya, Leo"}});
  CHECK(card.note == "Met in Lisbon.\nlikes: sailing\ncoffee: flat white");
  CHECK(card.uid == rel::interop::derived_uid("work/alice-chen"));
  c.uid = {"u-1", "u-2"};
  CHECK(card_from_contact(c).uid == "u-1");
}

TEST_CASE("card_from_contact: single names and names in Chinese, Japanese and Korean") {
  Contact c;
  c.name = "山田太郎";
  CHECK(card_from_contact(c).n.family == "山田太郎");
  c.name = "Madonna";
  CHECK(card_from_contact(c).n.given == "Madonna");
  c.name = "John Q. Public, III";
  CHECK(card_from_contact(c).n == rel::interop::NameParts{"Public", "John Q.", "", "", "III"});
}

TEST_CASE("a contact exported as vCard and read back gives the same contact's names, emails, phones and dates") {
  Contact c;
  c.id = "alice-chen";
  c.name = "Alice Chen";
  c.aka = {"Ali"};
  c.emails = {"alice@example.com", "ali@home.example"};
  c.phones = {"+1 555 0100"};
  c.dates = {date("birthday", 3, 14), date("wedding anniversary", 6, 30, 2012)};
  c.org = "Acme";
  c.details = {{"spouse", "Ben"}, {"address", "1 Main St, Springfield"}, {"note", "one\ntwo"}};
  const auto read = rel::interop::read_vcards(rel::interop::write_vcard(card_from_contact(c)));
  REQUIRE(read.cards.size() == 1);
  auto back = contact_from_card(read.cards[0]);
  CHECK(back.name == c.name);
  CHECK(back.aka == c.aka);
  CHECK(back.emails == c.emails);
  CHECK(back.phones == c.phones);
  CHECK(back.dates == c.dates);
  CHECK(back.org == c.org);
  CHECK(back.uid == Strings{rel::interop::derived_uid("alice-chen")});
  CHECK(back.details ==
        std::vector<Field>{{"spouse", "Ben"}, {"address", "1 Main St, Springfield"}, {"note", "one\ntwo"}});
}
