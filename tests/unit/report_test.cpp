// Pins `rel report`: the won, lost, grown and declined buckets, the channel mix and reciprocity.
#include "rel/core/report.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rel/core/settings.hpp"

using namespace rel;

namespace {

Date day(const char* iso) { return *Date::parse_iso(iso); }

const Date today = day("2026-06-15");
const Date since = today - 90;

Interaction entry(Date date, Via via = Via::meeting, By by = By::me) {
  Interaction i;
  i.when.date = date;
  i.via = via;
  i.by = by;
  return i;
}

Contact person(std::string id, int cadence, std::vector<Interaction> log = {}) {
  Contact c;
  c.name = id;
  c.name[0] = static_cast<char>(c.name[0] - 'a' + 'A');
  c.id = std::move(id);
  c.cadence_days = cadence;
  c.log = std::move(log);
  return c;
}

std::vector<std::string> ids(const std::vector<ReportEntry>& rows) {
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.id);
  return out;
}

Report report_of(const std::vector<Contact>& contacts, Date from = since, Date to = today) {
  return make_report(contacts, Settings{}, from, to);
}

}  // namespace

TEST_CASE("report: won is a first interaction inside the period") {
  std::vector<Contact> contacts = {
      person("inside", 30, {entry(today - 10)}),
      person("first-day", 30, {entry(since)}),
      person("before", 30, {entry(since - 1), entry(today - 5)}),
      person("future", 30, {entry(today + 1)}),
      person("never", 30),
      person("touch", 30, {entry(today - 3, Via::social)}),
  };
  Report r = report_of(contacts);
  CHECK(ids(r.won) == std::vector<std::string>{"first-day", "inside", "touch"});
  CHECK(r.won[0].first == since);
  CHECK(r.won[1].first == today - 10);
  CHECK(r.since == since);
  CHECK(r.today == today);
}

TEST_CASE("report: lost is silence crossing max(3 x cadence, 90 days) inside the period") {
  SUBCASE("the 90-day floor for short cadences") {
    std::vector<Contact> contacts = {
        person("crossed", 7, {entry(today - 100)}),                 // crossed 90 on today - 9
        person("long-gone", 7, {entry(today - 200)}),               // crossed before the period
        person("not-yet", 7, {entry(today - 90)}),                  // exactly 90 days is not more than 90
        person("just", 7, {entry(today - 91)}),                     // crossed today
        person("at-start", 7, {entry(since - 91)}),                 // crossed on the first day of the period
        person("back", 7, {entry(today - 200), entry(today - 2)}),  // crossed, then came back
    };
    Report r = report_of(contacts);
    CHECK(ids(r.lost) == std::vector<std::string>{"at-start", "crossed", "just"});
    CHECK(r.lost[0].lost_on == since);
    CHECK(r.lost[1].lost_on == today - 9);
    CHECK(r.lost[1].last == today - 100);
    CHECK(r.lost[2].lost_on == today);
  }

  SUBCASE("three cadences for long ones") {
    std::vector<Contact> contacts = {
        person("quarterly", 60, {entry(today - 100)}),  // 180 days not reached
        person("gone", 60, {entry(today - 181)}),
        person("yearly", 365, {entry(today - 400)}),
    };
    Report r = report_of(contacts);
    CHECK(ids(r.lost) == std::vector<std::string>{"gone"});
    CHECK(r.lost[0].lost_on == today);
  }

  SUBCASE("touches do not keep a relationship alive, and the never logged are not lost") {
    std::vector<Contact> contacts = {
        person("liked", 30, {entry(today - 100), entry(today - 5, Via::social)}),
        person("never", 30),
    };
    CHECK(ids(report_of(contacts).lost) == std::vector<std::string>{"liked"});
  }

  SUBCASE("won and lost within one long period") {
    std::vector<Contact> contacts = {person("brief", 30, {entry(today - 300)})};
    Report r = report_of(contacts, today - 365);
    CHECK(ids(r.won) == std::vector<std::string>{"brief"});
    CHECK(ids(r.lost) == std::vector<std::string>{"brief"});
  }
}

TEST_CASE("report: grown and declined by at least 10 points over the period") {
  std::vector<Interaction> active;
  for (int k = 0; k < 8; ++k) active.push_back(entry(today - 10 * k, Via::call, k % 2 ? By::me : By::them));
  std::vector<Interaction> old_then_active = active;
  old_then_active.push_back(entry(since - 200));
  std::vector<Interaction> active_then_quiet;
  for (int k = 0; k < 8; ++k) active_then_quiet.push_back(entry(since - 10 * k, Via::call, k % 2 ? By::me : By::them));

  std::vector<Interaction> gone_quiet = active_then_quiet;
  for (auto& e : gone_quiet) e.when.date = e.when.date - 5;

  std::vector<Contact> contacts = {
      person("grew", 30, old_then_active),
      person("faded", 45, active_then_quiet),  // quieter, but not lost before 135 days
      person("won", 30, active),
      person("lost", 30, gone_quiet),  // also declined; lost says more
      person("steady", 30, {entry(since - 5), entry(today - 5)}),
  };
  Report r = report_of(contacts);
  CHECK(ids(r.grown) == std::vector<std::string>{"grew"});
  CHECK(ids(r.declined) == std::vector<std::string>{"faded"});
  CHECK(ids(r.won) == std::vector<std::string>{"won"});
  CHECK(ids(r.lost) == std::vector<std::string>{"lost"});
  CHECK(r.grown[0].after - r.grown[0].before >= 10);
  CHECK(r.declined[0].after - r.declined[0].before <= -10);

  SUBCASE("the line is tunable") {
    Settings settings;
    settings.health.change_points = 1000;
    Report none = make_report(contacts, settings, since, today);
    CHECK(none.grown.empty());
    CHECK(none.declined.empty());
  }

  SUBCASE("the biggest change first") {
    std::vector<Contact> two = {person("a-small", 30, old_then_active), person("b-big", 30, active)};
    two[1].log.push_back(entry(since - 400));
    two[1].log.push_back(entry(today, Via::meeting));
    Report g = report_of(two);
    REQUIRE(g.grown.size() == 2);
    CHECK(g.grown[0].after - g.grown[0].before >= g.grown[1].after - g.grown[1].before);
  }
}

TEST_CASE("report: interactions by channel, high and low touch, reciprocity") {
  std::vector<Contact> contacts = {
      person("a", 30,
             {entry(today - 1, Via::meeting), entry(today - 2, Via::call, By::them), entry(today - 3, Via::video),
              entry(today - 4, Via::message, By::them), entry(today - 5, Via::email),
              entry(today - 6, Via::social, By::them), entry(today - 7, Via::letter), entry(today - 8, Via::other),
              entry(since - 1, Via::meeting), entry(today + 1, Via::meeting)}),
      person("b", 30, {entry(since, Via::call, By::them)}),
  };
  Report r = report_of(contacts);
  CHECK(r.interactions == 9);
  CHECK(r.by_channel[static_cast<size_t>(Via::meeting)] == 1);
  CHECK(r.by_channel[static_cast<size_t>(Via::call)] == 2);
  CHECK(r.by_channel[static_cast<size_t>(Via::letter)] == 1);
  CHECK(r.high_touch == 4);
  CHECK(r.low_touch == 4);  // message, email, social and letter: written
  CHECK(r.other_touch == 1);
  CHECK(r.by_me == 5);
  CHECK(r.by_them == 4);

  SUBCASE("a shared interaction is counted once") {
    Interaction lunch = entry(today - 1, Via::meeting);
    lunch.note = "Lunch at Nopa";
    Interaction in_alice = lunch;
    in_alice.with = {"ben"};
    Interaction in_ben = lunch;
    in_ben.with = {"alice"};
    Interaction same_day_alone = lunch;  // the same words, but not shared: a separate entry
    std::vector<Contact> shared = {person("alice", 30, {in_alice}), person("ben", 30, {in_ben}),
                                   person("carl", 30, {same_day_alone})};
    Report s = report_of(shared);
    CHECK(s.interactions == 2);
    CHECK(s.by_me == 2);
  }

  SUBCASE("touch classes") {
    CHECK(touch_of(Via::meeting) == Touch::high);
    CHECK(touch_of(Via::video) == Touch::high);
    CHECK(touch_of(Via::call) == Touch::high);
    CHECK(touch_of(Via::letter) == Touch::low);
    CHECK(touch_of(Via::social) == Touch::low);
    CHECK(touch_of(Via::other) == Touch::other);
    CHECK(to_string(Touch::high) == "high");
  }
}

TEST_CASE("report: a period starting after today is empty") {
  std::vector<Contact> contacts = {person("a", 30, {entry(today - 1)})};
  Report r = report_of(contacts, today + 1);
  CHECK(r.won.empty());
  CHECK(r.lost.empty());
  CHECK(r.interactions == 0);
}

TEST_CASE("report: ties are ordered by name then id") {
  std::vector<Contact> contacts = {person("b", 30, {entry(today - 10)}), person("c", 30, {entry(today - 10)}),
                                   person("a", 30, {entry(today - 10)})};
  contacts[1].name = "Ann";
  contacts[2].name = "Ann";
  contacts[0].name = "ann";
  CHECK(ids(report_of(contacts).won) == std::vector<std::string>{"a", "c", "b"});
  std::vector<const Contact*> pointers = {&contacts[2], &contacts[0], &contacts[1]};
  CHECK(ids(make_report(pointers, Settings{}, since, today).won) == std::vector<std::string>{"a", "c", "b"});
}
