// Pins what an address-book import decides before it writes: who each card is (identity), what a
// matched contact gains and keeps (fill), and the plan with its summary.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/imports/fill.hpp"
#include "rel/imports/identity.hpp"
#include "rel/imports/plan.hpp"

using rel::test::date;
using namespace rel;
using namespace rel::imports;
using Strings = std::vector<std::string>;

namespace {

Contact person(std::string id, std::string name) {
  Contact c;
  c.id = std::move(id);
  c.name = std::move(name);
  return c;
}

interop::Card card(std::string name, int line) {
  interop::Card c;
  c.name = std::move(name);
  c.line = line;
  return c;
}

const auto nothing_taken = [](const std::string&) { return false; };

Plan plan(const std::vector<Contact>& journal, std::vector<interop::Card> cards, PlanOptions options = {}) {
  return plan_import(journal, {CardsFrom{"a.vcf", std::move(cards), {}}}, options, nothing_taken);
}

Strings lines(const Plan& p) {
  Strings out;
  for (const auto& c : p.contacts) {
    std::string kind = c.kind == Planned::Kind::created   ? "new"
                       : c.kind == Planned::Kind::updated ? "updated"
                                                          : "unchanged";
    out.push_back(kind + " " + c.id + (c.kind == Planned::Kind::updated ? ": " + describe(c.gains) : ""));
    for (const auto& d : c.differences) out.push_back(c.id + ": " + d);
  }
  for (const auto& s : p.skipped) out.push_back("skipped " + s.where + ": " + s.detail);
  return out;
}

}  // namespace

TEST_CASE("identity keys: emails folded, phones by five digits or more, names by match_key") {
  CHECK(email_key("Alice.Chen@Example.COM") == "alice.chen@example.com");
  CHECK(phone_key("+1 (555) 010-0") == "15550100");
  CHECK(phone_key("0049 (30) 555-0199") == phone_key("+49 30 5550199"));
  CHECK(phone_key("ext. 102") == "");
  CHECK(phone_key("HomePhone") == "");
  Contact c = person("x", "  Zoë   Ångström ");
  CHECK(identities(c, Tier::name) == Strings{"zoe angstrom"});
}

TEST_CASE("identity: uid, then email, then phone, then name; the first tier that leads anywhere decides") {
  auto alice = person("alice", "Alice Chen");
  alice.uid = {"u-alice"};
  alice.emails = {"alice@example.com"};
  auto bob = person("bob", "Bob Stone");
  bob.emails = {"bob@example.com"};
  bob.phones = {"+1 555 0100"};
  Identities ids;
  ids.add(0, alice);
  ids.add(1, bob);

  auto offered = person("", "Someone Else");
  offered.uid = {"u-alice"};
  offered.emails = {"BOB@example.com"};
  auto m = ids.find(offered);
  CHECK(m.outcome == Match::Outcome::found);
  CHECK(m.tier == Tier::uid);
  CHECK(m.target == 0);

  offered.uid.clear();
  m = ids.find(offered);
  CHECK(m.tier == Tier::email);
  CHECK(m.target == 1);

  offered.emails.clear();
  offered.phones = {"15550100"};
  m = ids.find(offered);
  CHECK(m.tier == Tier::phone);
  CHECK(m.target == 1);

  auto by_name = person("", "alice  CHEN");
  m = ids.find(by_name);
  CHECK(m.tier == Tier::name);
  CHECK(m.target == 0);

  CHECK(ids.find(person("", "Nobody")).outcome == Match::Outcome::none);
}

TEST_CASE("identity: several contacts in one tier are narrowed by the later tiers, else ambiguous") {
  auto alice = person("alice", "Alice Chen");
  alice.emails = {"family@example.com"};
  auto ben = person("ben", "Ben Chen");
  ben.emails = {"family@example.com"};
  Identities ids;
  ids.add(0, alice);
  ids.add(1, ben);
  auto offered = person("", "Ben Chen");
  offered.emails = {"family@example.com"};
  auto m = ids.find(offered);
  CHECK(m.outcome == Match::Outcome::found);
  CHECK(m.tier == Tier::email);
  CHECK(m.target == 1);
  offered.name = "The Chens";
  m = ids.find(offered);
  CHECK(m.outcome == Match::Outcome::ambiguous);
  CHECK(m.targets == std::vector<size_t>{0, 1});
}

TEST_CASE("identity: the name alone never leads to a contact whose UIDs are all not the card's") {
  auto smith = person("john-smith", "John Smith");
  smith.uid = {"u-1"};
  Identities ids;
  ids.add(0, smith);
  auto other = person("", "John Smith");
  other.uid = {"u-2"};
  CHECK(ids.find(other).outcome == Match::Outcome::none);
  other.uid = {"u-2", "u-1"};
  CHECK(ids.find(other).outcome == Match::Outcome::found);
  other.uid.clear();  // a card without a UID: the name decides
  CHECK(ids.find(other).outcome == Match::Outcome::found);
  smith.uid.clear();
  ids.add(0, smith);
  other.uid = {"u-2"};
  CHECK(ids.find(other).outcome == Match::Outcome::found);
}

TEST_CASE("fill_from adds what the contact lacks and keeps what it has, reporting differences") {
  auto have = person("alice", "Alice Chen");
  have.aka = {"Ali"};
  have.emails = {"Alice@Example.com"};
  have.phones = {"+1 555 0100"};
  have.org = "Acme";
  have.dates = {date("birthday", 3, 14, 1985), date("wedding", 6, 30, 2012)};
  have.details = {{"spouse", "Ben"}, {"address", "1 Main St"}, {"note", "Loves sailing. Met in Lisbon."}};

  auto offered = person("", "Alice Chen");
  offered.aka = {"ali", "Dr. Chen", "Alice Chen"};
  offered.tags = {"friends"};
  offered.emails = {"alice@example.com", "ali@home.example"};
  offered.phones = {"(555) 0100-1", "15550100"};
  offered.org = "ACME";
  offered.title = "COO";
  offered.uid = {"u-1"};
  offered.dates = {date("birthday", 3, 15, 1985), date("anniversary", 6, 30, 2012), date("name day", 11, 23)};
  offered.details = {{"spouse", "Benjamin"},
                     {"address", "2 Side St"},
                     {"address 2", "1 Main St"},
                     {"note", "Met in Lisbon."},
                     {"url", "https://a.example"}};
  auto fill = fill_from(have, offered, "a.vcf:3");
  const auto& g = fill.gains;
  CHECK(g.aka == Strings{"Dr. Chen"});
  CHECK(g.tags == Strings{"friends"});
  CHECK(g.emails == Strings{"ali@home.example"});
  CHECK(g.phones == Strings{"(555) 0100-1"});
  CHECK_FALSE(g.org);  // "ACME" is Acme
  CHECK(g.title == "COO");
  CHECK(g.uid == Strings{"u-1"});
  CHECK(g.dates == std::vector{date("name day", 11, 23)});  // the anniversary is the wedding
  CHECK(g.details == std::vector<Field>{{"address 2", "2 Side St"}, {"url", "https://a.example"}});
  CHECK(fill.differences ==
        Strings{"the file says birthday 1985-03-14, the card at a.vcf:3 1985-03-15 (kept the file's)",
                "the file says spouse Ben, the card at a.vcf:3 Benjamin (kept the file's)"});
}

TEST_CASE("fill_from reports another name, and a note of the contact's own") {
  auto have = person("alice", "Alice Chen");
  have.details = {{"note", "mine"}};
  auto offered = person("", "Alice Chen-Weber");
  offered.details = {{"note", "the card's"}};
  auto fill = fill_from(have, offered, "b.csv:2", Sides{"the card at a.vcf:1", "the first"});
  CHECK(fill.gains.empty());
  CHECK(fill.differences ==
        Strings{"the card at a.vcf:1 says name Alice Chen, the card at b.csv:2 Alice Chen-Weber (kept the first)",
                "the card at a.vcf:1 has a note of its own, the card at b.csv:2 another (kept the first)"});
  have.aka = {"alice chen-weber"};
  CHECK(fill_from(have, offered, "b.csv:2").differences.size() == 1);  // the name is an aka
}

TEST_CASE("plan: new people are dormant with slugged ids, clashes get -2, -3") {
  std::vector<Contact> journal = {person("alice-chen", "Alice Chen")};
  journal[0].emails = {"alice@example.com"};
  auto a = card("Alice Chen", 1);
  a.emails = {"other@example.com"};  // a second Alice: the same name matches her
  auto b = card("Bob Stone", 5);
  auto c = card("Bob  Stone", 9);  // the same name: the same person as the card before
  c.phones = {"+1 555 0100"};
  auto d = card("Zoë", 12);
  auto p = plan_import(journal, {CardsFrom{"a.vcf", {a, b, c, d}, {}}}, {},
                       [](const std::string& id) { return id == "bob-stone"; });
  CHECK(lines(p) == Strings{"updated alice-chen: email other@example.com", "new bob-stone-2", "new zoe"});
  REQUIRE(p.contacts.size() == 3);
  CHECK(p.contacts[1].contact.status == ContactStatus::dormant);
  CHECK(p.contacts[1].contact.phones == Strings{"+1 555 0100"});
  CHECK(p.contacts[1].sources == Strings{"a.vcf:5", "a.vcf:9"});
  CHECK(summary(p) == "2 new, 1 updated, 0 unchanged");

  PlanOptions active;
  active.new_status = ContactStatus::active;
  active.folder = "work";
  auto q = plan({}, {card("Bob Stone", 1)}, active);
  CHECK(q.contacts.at(0).id == "work/bob-stone");
  CHECK(q.contacts.at(0).contact.status == ContactStatus::active);
}

TEST_CASE("plan: cards of one person merge (one UID, or matching identities), the first card's values kept") {
  auto a = card("Test User", 1);
  a.uid = "u-1";
  a.emails = {"one@example.com"};
  a.dates = {date("birthday", 1, 2, 1990)};
  auto b = card("Test User", 8);
  b.uid = "u-1";
  b.emails = {"two@example.com"};
  auto c = card("T. User", 15);
  c.emails = {"TWO@example.com", "three@example.com"};
  c.dates = {date("birthday", 1, 3, 1990)};
  auto p = plan({}, {a, b, c});
  CHECK(lines(p) ==
        Strings{"new test-user",
                "test-user: the card at a.vcf:1 says name Test User, the card at a.vcf:15 T. User (kept the first)",
                "test-user: the card at a.vcf:1 says birthday 1990-01-02, the card at a.vcf:15 1990-01-03 (kept the "
                "first)"});
  REQUIRE(p.contacts.size() == 1);
  CHECK(p.contacts[0].contact.emails == Strings{"one@example.com", "two@example.com", "three@example.com"});
}

TEST_CASE("plan: a second run over the contacts the first made changes nothing") {
  auto a = card("Alice Chen", 1);
  a.emails = {"alice@example.com", "ALICE@example.com"};
  a.phones = {"+1 555 0100", "HomePhone"};
  a.nicknames = {"Ali"};
  a.dates = {date("birthday", 3, 14), date("other", 3, 14)};
  a.addresses = {"1 Main St", "2 Side St"};
  a.note = "one\ntwo";
  auto b = card("Bob Stone", 9);
  b.uid = "u-bob";
  auto first = plan({}, {a, b});
  std::vector<Contact> journal;
  for (const auto& planned : first.contacts) journal.push_back(planned.contact);
  auto second = plan(journal, {a, b});
  CHECK(lines(second) == Strings{"unchanged alice-chen", "unchanged bob-stone"});
  CHECK(summary(second) == "0 new, 0 updated, 2 unchanged");
}

TEST_CASE("plan: cards skipped without a name, of groups, ambiguous or unreadable, in file order") {
  std::vector<Contact> journal = {person("a", "Sam Lee"), person("b", "Sam Lee")};
  interop::Card nameless;
  nameless.emails = {"x@example.com"};
  nameless.line = 4;
  auto group = card("Book club", 9);
  group.kind = "group";
  auto sam = card("Sam Lee", 12);
  Diagnostic unread;
  unread.where.line = 7;
  unread.message = "card has no END:VCARD";
  auto p = plan_import(journal, {CardsFrom{"a.vcf", {nameless, group, sam}, {unread}}}, {}, nothing_taken);
  CHECK(lines(p) == Strings{"skipped a.vcf:4: no name", "skipped a.vcf:7: card has no END:VCARD",
                            "skipped a.vcf:9: a card of a group (KIND:group)",
                            "skipped a.vcf:12: matches a and b by name"});
  CHECK(summary(p) == "0 new, 0 updated, 0 unchanged, 4 skipped: 1 no name, 1 unreadable, 1 not a person, 1 ambiguous");
  CHECK(summary(plan({}, {nameless})) == "0 new, 0 updated, 0 unchanged, 1 skipped: no name");
  CHECK(summary(plan({}, {}), 2) == "0 new, 0 updated, 0 unchanged, 2 failed");
}

TEST_CASE("describe names what an update adds") {
  journal::ContactGains g;
  g.emails = {"b@x"};
  g.dates = {date("birthday", 1, 2)};
  g.details = {{"address", "1 Main St"}};
  g.org = "Acme";
  CHECK(describe(g) == "email b@x, org Acme, birthday --01-02, address");
}

TEST_CASE("plan: two people of one name, each with a UID of their own, stay two, and so on a second run") {
  auto a = card("John Smith", 1);
  a.uid = "u-1";
  auto b = card("John Smith", 7);
  b.uid = "u-2";
  auto c = card("John Smith", 13);  // no UID: the name decides, and it is ambiguous now
  auto first = plan({}, {a, b, c});
  CHECK(lines(first) ==
        Strings{"new john-smith", "new john-smith-2", "skipped a.vcf:13: matches john-smith and john-smith-2 by name"});
  std::vector<Contact> journal;
  for (const auto& planned : first.contacts) journal.push_back(planned.contact);
  CHECK(lines(plan(journal, {a, b})) == Strings{"unchanged john-smith", "unchanged john-smith-2"});
}
