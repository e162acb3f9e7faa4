// Pins entry addresses: derived from each entry's own content, so no other entry's change moves them.
#include "rel/core/entry_address.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

using namespace rel;

namespace {

Interaction entry(const char* date, const std::string& note, Via via = Via::call) {
  return {*Timestamp::parse(date), via, By::me, {}, note, {}};
}

Promise promise(const std::string& what, const char* made) { return {what, Date::parse_iso(made), {}, {}, By::me}; }

Contact sample() {
  Contact c;
  c.id = "alice";
  c.name = "Alice";
  c.log = {entry("2026-11-01", "kickoff"), entry("2026-11-10", "lunch", Via::meeting), entry("2026-11-20", "call")};
  c.promises = {promise("send the guide", "2026-11-01"), promise("intro to Dana", "2026-11-10")};
  return c;
}

std::vector<std::string> log_addresses(const Contact& c) {
  EntryAddresses a(c);
  std::vector<std::string> out;
  for (size_t i = 0; i < c.log.size(); ++i) out.push_back(a.of_interaction(i));
  return out;
}

}  // namespace

TEST_CASE("an entry's address does not change when others are logged, kept or deleted") {
  auto c = sample();
  EntryAddresses before(c);
  auto kickoff = before.of_interaction(0);
  auto lunch = before.of_interaction(1);
  auto guide = before.of_promise(0);
  auto dana = before.of_promise(1);
  CHECK(kickoff.size() == EntryAddresses::min_length);

  SUBCASE("logged: appended, or in the middle of the file") {
    c.log.push_back(entry("2026-11-22", "dinner"));
    c.log.insert(c.log.begin(), entry("2026-10-01", "first"));
    EntryAddresses after(c);
    CHECK(after.of_interaction(1) == kickoff);
    CHECK(after.of_interaction(2) == lunch);
    CHECK(after.of_promise(0) == guide);
  }
  SUBCASE("kept: the kept promise keeps its address too") {
    c.promises[0].done = Date::parse_iso("2026-11-23");
    EntryAddresses after(c);
    CHECK(after.of_promise(0) == guide);
    CHECK(after.of_promise(1) == dana);
    CHECK(after.of_interaction(0) == kickoff);
  }
  SUBCASE("deleted") {
    c.log.erase(c.log.begin());
    c.promises.erase(c.promises.begin());
    EntryAddresses after(c);
    CHECK(after.of_interaction(0) == lunch);
    CHECK(after.of_promise(0) == dana);
  }
  SUBCASE("amended: only the amended entry's address changes") {
    c.log[0].when = *Timestamp::parse("2026-10-31");
    EntryAddresses after(c);
    CHECK(after.of_interaction(0) != kickoff);
    CHECK(after.of_interaction(1) == lunch);
  }
}

TEST_CASE("equal entries get different addresses, by their order among themselves") {
  Contact c;
  c.log = {entry("2026-11-01", "same"), entry("2026-11-01", "same")};
  auto addresses = log_addresses(c);
  CHECK(addresses[0] != addresses[1]);
  // The first of them keeps its address whatever follows.
  Contact one;
  one.log = {entry("2026-11-01", "same")};
  CHECK(log_addresses(one)[0] == addresses[0]);
}

TEST_CASE("every field of an interaction counts: another with, ref or side is another address") {
  auto a = entry("2026-11-01", "x");
  auto b = a;
  b.with = {"bob"};
  auto c = a;
  c.ref = "ics:1";
  auto d = a;
  d.by = By::them;
  Contact contact;
  contact.log = {a, b, c, d};
  auto addresses = log_addresses(contact);
  CHECK(std::set<std::string>(addresses.begin(), addresses.end()).size() == 4);
}

TEST_CASE("addresses grow past 4 digits only as far as the contact's entries need, all to one length") {
  Contact c;
  for (int i = 0; i < 600; ++i) c.log.push_back(entry("2026-01-01", "note " + std::to_string(i)));
  EntryAddresses a(c);
  CHECK(a.length() > EntryAddresses::min_length);
  std::set<std::string> seen;
  for (size_t i = 0; i < c.log.size(); ++i) {
    auto address = a.of_interaction(i);
    CHECK(address.size() == a.length());
    seen.insert(address);
  }
  CHECK(seen.size() == c.log.size());
  SUBCASE("a shorter prefix that two entries share names both") {
    std::map<std::string, int> prefixes;
    for (size_t i = 0; i < c.log.size(); ++i) ++prefixes[a.of_interaction(i).substr(0, 4)];
    std::string shared;
    for (const auto& [prefix, n] : prefixes)
      if (n > 1) shared = prefix;
    REQUIRE(!shared.empty());
    auto found = a.find(shared);
    CHECK(found.outcome == EntryAddresses::Lookup::Outcome::ambiguous);
    CHECK(found.matches.size() >= 2);
  }
}

TEST_CASE("find takes a prefix of 4 or more hex digits, in either case") {
  auto c = sample();
  EntryAddresses a(c);
  auto lunch = a.of_interaction(1);
  std::string upper = lunch;
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  for (const auto& typed : {lunch, upper}) {
    auto found = a.find(typed);
    REQUIRE(found.outcome == EntryAddresses::Lookup::Outcome::found);
    CHECK(found.matches.front() == EntryRef{EntryKind::interaction, 1});
  }
  auto guide = a.find(a.of_promise(0));
  REQUIRE(guide.outcome == EntryAddresses::Lookup::Outcome::found);
  CHECK(guide.matches.front() == EntryRef{EntryKind::promise, 0});
  CHECK(a.find(lunch.substr(0, 3)).outcome == EntryAddresses::Lookup::Outcome::unknown);
  CHECK(EntryAddresses::looks_like_address("9c1E"));
  CHECK_FALSE(EntryAddresses::looks_like_address("12"));
  CHECK_FALSE(EntryAddresses::looks_like_address("lisbon"));
  CHECK_FALSE(EntryAddresses::looks_like_address("0123456789abcdef0"));
}
