// Pins the decisions of `rel merge` (what INTO gains from FROM, what conflicts) and of `with:` references.
#include "rel/core/contact_merge.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace rel;

namespace {

Interaction entry(const char* date, const std::string& note, std::vector<std::string> with = {}) {
  return {*Timestamp::parse(date), Via::call, By::me, std::move(with), note, {}};
}

Promise promise(const std::string& what, const char* made, const char* due = nullptr, const char* done = nullptr) {
  Promise p{what, Date::parse_iso(made), {}, {}, By::me};
  if (due) p.due = Date::parse_iso(due);
  if (done) p.done = Date::parse_iso(done);
  return p;
}

Contact into() {
  Contact c;
  c.id = "sara";
  c.name = "Sara Lindqvist";
  c.aka = {"Sassa"};
  c.tags = {"friend"};
  c.emails = {"sara@example.com"};
  c.details = {{"kids", "Maya (7)"}};
  c.log = {entry("2026-11-01", "kickoff"), entry("2026-11-20", "lunch")};
  c.promises = {promise("send the guide", "2026-11-01", "2026-11-27")};
  return c;
}

Contact from() {
  Contact c;
  c.id = "sara-2";
  c.name = "Sara L.";
  c.tags = {"client", "friend"};
  c.emails = {"SARA@example.com", "sl@work.example"};
  c.phones = {"+46 70 123"};
  c.since = Date::parse_iso("2019-05-02");
  c.details = {{"spouse", "Ola"}};
  c.log = {entry("2026-11-20", "lunch"), entry("2026-11-10", "dinner"), entry("2026-12-01", "later")};
  c.promises = {promise("send the guide", "2026-11-01", "2026-11-27", "2026-11-25"),
                promise("call back", "2026-10-01", "2026-10-05")};
  return c;
}

}  // namespace

TEST_CASE("merge unites lists, adds what only FROM has, and takes each entry once, in date order") {
  auto plan = plan_merge(into(), from(), Prefer::neither);
  CHECK(plan.conflicts.empty());
  CHECK(plan.aka == std::vector<std::string>{"Sara L."});
  CHECK(plan.tags == std::vector<std::string>{"client"});
  CHECK(plan.emails == std::vector<std::string>{"sl@work.example"});  // SARA@example.com is sara@example.com
  CHECK(plan.phones == std::vector<std::string>{"+46 70 123"});
  CHECK(plan.since == Date::parse_iso("2019-05-02"));
  CHECK(plan.details == std::vector<std::string>{"spouse"});
  REQUIRE(plan.kept_promises.size() == 1);
  CHECK(plan.kept_promises[0].first == 0);

  auto merged = apply_merge(into(), from(), plan);
  std::vector<std::string> notes;
  for (const auto& e : merged.log) notes.push_back(e.note);
  // The lunch both files have is there once; FROM's dinner goes between INTO's entries by date.
  CHECK(notes == std::vector<std::string>{"kickoff", "dinner", "lunch", "later"});
  REQUIRE(merged.promises.size() == 2);
  CHECK(merged.promises[0].what == "call back");  // made earlier
  CHECK(merged.promises[1].done == Date::parse_iso("2026-11-25"));
  CHECK(merged.aka == std::vector<std::string>{"Sassa", "Sara L."});
  CHECK(merged.name == "Sara Lindqvist");
  CHECK(merged.id == "sara");
}

TEST_CASE("merge keeps INTO's entries where they are, even out of date order") {
  auto a = into();
  a.log = {entry("2026-11-20", "late"), entry("2026-11-01", "early")};
  auto b = from();
  b.log = {entry("2026-11-05", "between")};
  auto plan = plan_merge(a, b, Prefer::neither);
  REQUIRE(plan.log.size() == 1);
  CHECK(plan.log[0].before == 2);  // after INTO's last entry not later than it
  auto merged = apply_merge(a, b, plan);
  CHECK(merged.log.back().note == "between");
}

TEST_CASE("equal entries: as many as the side with more of them has") {
  auto a = into();
  a.log = {entry("2026-11-01", "x"), entry("2026-11-01", "x")};
  auto b = from();
  b.log = {entry("2026-11-01", "x"), entry("2026-11-01", "x"), entry("2026-11-01", "x")};
  auto merged = apply_merge(a, b, plan_merge(a, b, Prefer::neither));
  CHECK(merged.log.size() == 3);
}

TEST_CASE("a key the two give different values is a conflict, settled only by --prefer") {
  auto a = into();
  auto b = from();
  b.details.push_back({"kids", "Maya (8)"});
  b.cadence_days = 14;
  a.cadence_days = 30;
  b.status = ContactStatus::dormant;
  b.promises.push_back(promise("send the guide", "2026-11-01", "2026-12-24"));  // a second one, due otherwise
  auto plan = plan_merge(a, b, Prefer::neither);
  std::vector<std::string> keys;
  for (const auto& c : plan.conflicts) keys.push_back(c.key);
  CHECK(keys == std::vector<std::string>{"cadence", "status", "details.kids"});
  CHECK(plan.conflicts[0].into == "30d");
  CHECK(plan.conflicts[0].from == "2w");
  CHECK(plan.conflicts[2].into == "Maya (7)");

  SUBCASE("into") {
    auto merged = apply_merge(a, b, plan_merge(a, b, Prefer::into));
    CHECK(merged.cadence_days == 30);
    CHECK(merged.status == ContactStatus::active);
    CHECK(merged.details.front().value == "Maya (7)");
    CHECK(merged.details.size() == 2);
  }
  SUBCASE("from") {
    auto merged = apply_merge(a, b, plan_merge(a, b, Prefer::from));
    CHECK(merged.cadence_days == 14);
    CHECK(merged.status == ContactStatus::dormant);
    CHECK(merged.details.front().value == "Maya (8)");
  }
}

TEST_CASE("a promise on both sides with different due dates conflicts; kept on one side is kept") {
  auto a = into();
  auto b = from();
  b.promises = {promise("send the guide", "2026-11-01", "2026-12-24")};
  auto plan = plan_merge(a, b, Prefer::neither);
  REQUIRE(plan.conflicts.size() == 1);
  CHECK(plan.conflicts[0].key == "promise: send the guide");
  CHECK(plan.conflicts[0].into == "due 2026-11-27");
  auto preferred = plan_merge(a, b, Prefer::from);
  CHECK(apply_merge(a, b, preferred).promises.front().due == Date::parse_iso("2026-12-24"));
  // Kept in INTO and open in FROM: INTO's stands, nothing to do.
  a.promises[0].done = Date::parse_iso("2026-11-02");
  b.promises = {promise("send the guide", "2026-11-01", "2026-11-27")};
  auto kept = plan_merge(a, b, Prefer::neither);
  CHECK(kept.conflicts.empty());
  CHECK(apply_merge(a, b, kept).promises == a.promises);
}

TEST_CASE("retarget_with replaces a name, or removes it where the list names the target already or it is self") {
  using A = WithAction;
  CHECK(retarget_with({"bob", "cleo"}, "bob", "robert", "alice") == std::vector<A>{A::replace, A::keep});
  CHECK(retarget_with({"bob", "cleo"}, "bob", "cleo", "alice") == std::vector<A>{A::remove, A::keep});
  CHECK(retarget_with({"cleo", "bob"}, "cleo", "bob", "alice") == std::vector<A>{A::remove, A::keep});
  CHECK(retarget_with({"bob", "bob"}, "bob", "robert", "alice") == std::vector<A>{A::replace, A::remove});
  CHECK(retarget_with({"bob"}, "bob", "alice", "alice") == std::vector<A>{A::remove});
  CHECK(retarget_with({"alice"}, "alice", "alice", "alice") == std::vector<A>{A::remove});
  CHECK(retarget_with({"bob"}, "bob", "bob", "alice") == std::vector<A>{A::keep});

  Contact c;
  c.id = "alice";
  c.log = {entry("2026-11-01", "a", {"bob", "cleo"}), entry("2026-11-02", "b", {"dan"})};
  CHECK(retarget_with(c, "bob", "robert", "alice") == 1);
  CHECK(c.log[0].with == std::vector<std::string>{"robert", "cleo"});
  CHECK(count_with(c, "robert") == 1);
  CHECK(count_with(c, "bob") == 0);
}
