// Pins duplicate detection (name folded, email, phone digits) and the choice of a free id for a slug.
#include "rel/core/identity.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace rel;

namespace {

Contact person(const std::string& id, const std::string& name, std::vector<std::string> emails = {},
               std::vector<std::string> phones = {}, std::vector<std::string> aka = {}) {
  Contact c;
  c.id = id;
  c.name = name;
  c.emails = std::move(emails);
  c.phones = std::move(phones);
  c.aka = std::move(aka);
  return c;
}

const std::vector<Contact> journal = {
    person("sara-lindqvist", "Sara Lindqvist", {"Sara@Example.com"}, {"+46 70-123 45 67"}),
    person("jurgen-muller", "Jürgen Müller", {}, {}, {"Jogi"}),
    person("bob", "Bob Stone"),
};

}  // namespace

TEST_CASE("a name clashes folded: case, accents and blanks do not make another person") {
  auto clashes = find_clashes({"sara  lindqvist", {}, {}}, journal);
  REQUIRE(clashes.size() == 1);
  CHECK(clashes[0].id == "sara-lindqvist");
  CHECK(clashes[0].shared == "name");
  CHECK(find_clashes({"JURGEN MULLER", {}, {}}, journal).size() == 1);
  CHECK(find_clashes({"jogi", {}, {}}, journal).front().id == "jurgen-muller");
  CHECK(find_clashes({"Sara Berg", {}, {}}, journal).empty());
  CHECK(find_clashes({"Sara", {}, {}}, journal).empty());  // a prefix is not the name
}

TEST_CASE("an email clashes without case, a phone by its digits") {
  auto email = find_clashes({"Someone", {" sara@example.COM"}, {}}, journal);
  REQUIRE(email.size() == 1);
  CHECK(email[0].shared == "email  sara@example.COM");
  auto phone = find_clashes({"Someone", {}, {"+46 (70) 1234567"}}, journal);
  REQUIRE(phone.size() == 1);
  CHECK(phone[0].id == "sara-lindqvist");
  CHECK(phone[0].shared == "phone +46 (70) 1234567");
  CHECK(find_clashes({"Someone", {"other@example.com"}, {"70 123 45 67"}}, journal).empty());
  CHECK(find_clashes({"Someone", {}, {"ext."}}, journal).empty());  // no digits: matches nothing
  CHECK(phone_digits("+1 (555) 010-0") == "15550100");
  CHECK(same_email("A@x.org", "a@X.org "));
  CHECK_FALSE(same_email("", ""));
}

TEST_CASE("several contacts clash at once, each named once, by id") {
  auto clashes = find_clashes({"Bob Stone", {"sara@example.com"}, {}}, journal);
  REQUIRE(clashes.size() == 2);
  CHECK(clashes[0].id == "bob");
  CHECK(clashes[1].id == "sara-lindqvist");
}

TEST_CASE("a slug that clashes gets -2, -3, ... in its folder") {
  std::set<std::string> taken = {"alice-chen", "alice-chen-2", "work/bob"};
  auto is_taken = [&](const std::string& id) { return taken.count(id) > 0; };
  CHECK(first_free_id("", "alice-chen", is_taken) == "alice-chen-3");
  CHECK(first_free_id("", "bob", is_taken) == "bob");
  CHECK(first_free_id("work", "bob", is_taken) == "work/bob-2");
  CHECK(first_free_id("work", "alice-chen", is_taken) == "work/alice-chen");
  CHECK(folder_of("work/team/alice") == "work/team");
  CHECK(folder_of("alice") == "");
}
