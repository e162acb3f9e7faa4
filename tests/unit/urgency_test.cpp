// Pins who-to-call: due and urgent (spec property 2), never-logged contacts (property 6), reasons, order.
#include "rel/core/urgency.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "rel/core/settings.hpp"
#include "rel/core/text.hpp"

using namespace rel;

namespace {

Date day(const char* iso) { return *Date::parse_iso(iso); }

const Date today = day("2026-06-15");

Interaction entry(Date date, Via via = Via::meeting, By by = By::me) {
  Interaction i;
  i.when.date = date;
  i.via = via;
  i.by = by;
  return i;
}

Contact person(std::string id, std::string name, int cadence, std::vector<Interaction> log = {}) {
  Contact c;
  c.id = std::move(id);
  c.name = std::move(name);
  c.cadence_days = cadence;
  c.log = std::move(log);
  return c;
}

// Give and take every `gap` days, the latest `silence` days ago: a steady relationship.
std::vector<Interaction> steady(int silence, int gap) {
  std::vector<Interaction> log;
  for (int k = 11; k >= 0; --k) log.push_back(entry(today - silence - gap * k, Via::call, k % 2 ? By::them : By::me));
  return log;
}

Promise promise(std::string what, std::optional<Date> due, By by = By::me) {
  Promise p;
  p.what = std::move(what);
  p.due = due;
  p.by = by;
  return p;
}

ImportantDate on(std::string label, Date date) {
  ImportantDate d;
  d.label = std::move(label);
  d.month = date.month();
  d.day = date.day();
  d.year = 1985;
  return d;
}

std::vector<std::string> ids(const std::vector<Urgency>& rows) {
  std::vector<std::string> out;
  for (const auto& row : rows) out.push_back(row.id);
  return out;
}

}  // namespace

TEST_CASE("being past cadence makes a contact due; 2x past makes it urgent") {
  Settings settings;
  for (int cadence : {1, 7, 30, 1825}) {
    CAPTURE(cadence);
    auto at = [&](int silence) {
      return assess_urgency(person("a", "A", cadence, steady(silence, cadence)), settings, today);
    };
    Urgency within = at(cadence - 1);
    CHECK(within.status == Status::ok);
    CHECK_FALSE(within.listed());
    CHECK(within.reasons.empty());

    Urgency due = at(cadence);
    CHECK(due.status == Status::due);
    CHECK(due.listed());
    CHECK(due.reason_texts().at(0) ==
          fmt::format("{}, cadence {}d", cadence == 1 ? "1 day" : fmt::format("{} days", cadence), cadence));
    CHECK(at(2 * cadence - 1).status == Status::due);

    Urgency urgent = at(2 * cadence);
    CHECK(urgent.status == Status::urgent);
    CHECK(urgent.reason_texts().at(0) == fmt::format("{} days, cadence {}d", 2 * cadence, cadence));
    CHECK(at(5 * cadence).status == Status::urgent);

    // Urgency grows with how far past cadence.
    CHECK(within.urgency < due.urgency);
    if (cadence > 1) {  // a 1-day cadence has no whole day between due and urgent
      CHECK(due.urgency < at(cadence + cadence / 2).urgency);
      CHECK(at(cadence + cadence / 2).urgency < urgent.urgency);
    }
    CHECK(urgent.urgency < at(5 * cadence).urgency);
  }

  SUBCASE("the thresholds are tunable") {
    settings.health.due_cadences = 1.5;
    settings.health.urgent_cadences = 3;
    CHECK(assess_urgency(person("a", "A", 30, steady(40, 30)), settings, today).status < Status::due);
    CHECK(assess_urgency(person("a", "A", 30, steady(45, 30)), settings, today).status == Status::due);
    CHECK(assess_urgency(person("a", "A", 30, steady(89, 30)), settings, today).status == Status::due);
    CHECK(assess_urgency(person("a", "A", 30, steady(90, 30)), settings, today).status == Status::urgent);
  }
}

TEST_CASE("a contact never logged has a defined health and appears in who-to-call") {
  Settings settings;
  std::vector<Contact> contacts = {person("fine", "Fine", 30, steady(2, 10)), person("new", "New Person", 30)};
  std::vector<Urgency> rows = who_to_call(contacts, settings, today);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].id == "new");
  CHECK(rows[0].listed());
  CHECK(rows[0].status == Status::due);
  CHECK(rows[0].reason_texts() == std::vector<std::string>{"never logged, cadence 30d"});
  CHECK(rows[0].health.score == doctest::Approx(22.5));
  CHECK(std::isfinite(rows[0].urgency));
  CHECK_FALSE(rows[0].health.last);
  CHECK_FALSE(rows[1].listed());

  SUBCASE("whatever its cadence, and with `since:` set") {
    Contact c = person("old", "Old", 1825);
    c.since = today - 4000;
    Urgency u = assess_urgency(c, settings, today);
    CHECK(u.listed());
    CHECK(u.reason_texts().at(0) == "never logged, cadence 1825d");
  }

  SUBCASE("entries only in the future are not yet logged") {
    Urgency u = assess_urgency(person("f", "F", 30, {entry(today + 3)}), settings, today);
    CHECK(u.reason_texts().at(0) == "never logged, cadence 30d");
  }

  SUBCASE("only touches: logged, but never in contact") {
    Urgency u = assess_urgency(person("l", "L", 30, {entry(today - 1, Via::social)}), settings, today);
    CHECK(u.listed());
    CHECK(u.reason_texts().at(0) == "no contact yet, cadence 30d");
  }
}

TEST_CASE("who-to-call reasons read as short English") {
  Settings settings;

  SUBCASE("silence against cadence") {
    Urgency u = assess_urgency(person("a", "A", 30, {entry(today - 62)}), settings, today);
    CHECK(u.reason_texts().at(0) == "62 days, cadence 30d");
    CHECK(assess_urgency(person("a", "A", 1, {entry(today - 1)}), settings, today).reason_texts().at(0) ==
          "1 day, cadence 1d");
  }

  SUBCASE("overdue promises of yours") {
    Contact c = person("a", "A", 30, steady(2, 10));
    c.promises = {promise("send the guide", today - 3),
                  promise("to call Ben", today - 1),
                  promise("intro to Ben", today - 9, By::them),
                  promise("not yet", today + 2),
                  promise("today", today),
                  promise("no due date", std::nullopt)};
    Promise kept = promise("kept", today - 5);
    kept.done = today - 6;
    c.promises.push_back(kept);
    Urgency u = assess_urgency(c, settings, today);
    CHECK(u.reason_texts() == std::vector<std::string>{"promise to send the guide overdue 3d",
                                                       "promise to call Ben overdue 1d", "promise to today due today",
                                                       "waiting on A: intro to Ben, 9 days late"});
    CHECK(u.status == Status::due);
    CHECK(u.act_today);
  }

  SUBCASE("important dates") {
    Contact c = person("a", "A", 30, steady(2, 10));
    c.dates = {on("wedding anniversary", today + 5), on("birthday", today + 2), on("name day", today + 8)};
    Urgency u = assess_urgency(c, settings, today);
    CHECK(u.reason_texts() == std::vector<std::string>{"birthday in 2 days", "wedding anniversary in 5 days"});
    CHECK(u.status == Status::due);  // two days is close enough to call for itself

    c.dates = {on("birthday", today)};
    CHECK(assess_urgency(c, settings, today).reason_texts() == std::vector<std::string>{"birthday today"});
    c.dates = {on("birthday", today + 1)};
    CHECK(assess_urgency(c, settings, today).reason_texts() == std::vector<std::string>{"birthday tomorrow"});
    c.dates = {on("birthday", today + 6)};
    CHECK(assess_urgency(c, settings, today).status == Status::ok);  // a push, not a reason to call yet
    CHECK(assess_urgency(c, settings, today).reason_texts() == std::vector<std::string>{"birthday in 6 days"});
  }

  SUBCASE("important dates across the new year") {
    Contact c = person("a", "A", 30, {entry(day("2026-12-28"))});
    ImportantDate birthday;
    birthday.label = "birthday";
    birthday.month = 1;
    birthday.day = 1;
    c.dates = {birthday};
    CHECK(assess_urgency(c, settings, day("2026-12-30")).reason_texts().back() == "birthday in 2 days");
  }

  SUBCASE("a falling trend is said when it is what lists the contact") {
    // Within cadence, but quiet for three of the usual weekly gaps: the fall is the early warning.
    Contact c = person("a", "A", 30, steady(22, 7));
    Urgency u = assess_urgency(c, settings, today);
    REQUIRE(u.health.trend);
    REQUIRE(*u.health.trend <= -10);
    CHECK(u.status == Status::decaying);
    CHECK(u.reason_texts() ==
          std::vector<std::string>{fmt::format("health down {} in 30 days", std::lround(-*u.health.trend))});
  }

  SUBCASE("low health alone") {
    // Within cadence and not falling, but one-sided and shallow.
    settings.health.trend_days = 0;
    settings.health.low_health = 60;
    Contact c = person("a", "A", 30);
    for (int k = 11; k >= 0; --k) c.log.push_back(entry(today - 20 - 2 * k, Via::email, By::them));
    Urgency u = assess_urgency(c, settings, today);
    REQUIRE(u.health.score < 60);
    CHECK(u.status == Status::decaying);
    CHECK(u.reason_texts() == std::vector<std::string>{fmt::format("low health {}", std::lround(u.health.score))});
  }

  SUBCASE("a healthy contact has no reasons") {
    Urgency u = assess_urgency(person("a", "A", 30, steady(3, 5)), settings, today);
    CHECK(u.status == Status::ok);
    CHECK(u.reasons.empty());
  }
}

TEST_CASE("who-to-call puts the most urgent first") {
  Settings settings;
  auto urgency = [&](const Contact& c) { return assess_urgency(c, settings, today).urgency; };
  Contact base = person("a", "A", 30, steady(40, 30));

  SUBCASE("further past cadence") { CHECK(urgency(person("a", "A", 30, steady(62, 30))) > urgency(base)); }
  SUBCASE("overdue promises") {
    Contact c = base;
    c.promises.push_back(promise("send the guide", today - 3));
    CHECK(urgency(c) > urgency(base));
    Contact older = base;
    older.promises.push_back(promise("send the guide", today - 30));
    CHECK(urgency(older) > urgency(c));
  }
  SUBCASE("a close birthday") {
    Contact c = base;
    c.dates = {on("birthday", today + 2)};
    Contact sooner = base;
    sooner.dates = {on("birthday", today + 1)};
    CHECK(urgency(c) > urgency(base));
    CHECK(urgency(sooner) > urgency(c));
  }
  SUBCASE("low health") {
    Contact one_sided = person("a", "A", 30);
    for (int k = 0; k < 12; ++k) one_sided.log.push_back(entry(today - 40 - 30 * k, Via::call, By::me));
    CHECK(assess(one_sided, settings, today).score < assess(base, settings, today).score);
    CHECK(urgency(one_sided) > urgency(base));
  }
  SUBCASE("a falling trend, when it is the reason") {
    settings.health.urgency_per_health_point = 0;
    Urgency falling = assess_urgency(person("f", "F", 30, steady(22, 7)), settings, today);
    Urgency rising = assess_urgency(person("r", "R", 30, {entry(today - 60), entry(today - 1)}), settings, today);
    REQUIRE(*falling.health.trend < 0);
    REQUIRE(*rising.health.trend > 0);
    CHECK(falling.urgency == doctest::Approx(0.5 * -*falling.health.trend));
    CHECK(rising.urgency == 0);
  }

  SUBCASE("a whole list, in a deterministic order with ties by name then id") {
    std::vector<Contact> contacts = {
        person("z", "Alice", 30, steady(3, 5)),
        person("b", "bob", 30, steady(3, 5)),
        person("a", "alice", 30, steady(3, 5)),
        person("y", "Alice", 30, steady(3, 5)),
        person("zoe", "Zoë", 30, steady(3, 5)),
        person("late", "Late", 30, steady(62, 30)),
        person("new", "New", 30),
        person("due", "Due", 30, steady(35, 30)),
    };
    std::vector<std::string> expected = {"late", "due", "new", "y", "z", "a", "b", "zoe"};
    CHECK(ids(who_to_call(contacts, settings, today)) == expected);
    std::reverse(contacts.begin(), contacts.end());
    CHECK(ids(who_to_call(contacts, settings, today)) == expected);
    std::rotate(contacts.begin(), contacts.begin() + 3, contacts.end());
    std::vector<const Contact*> pointers;
    for (const auto& c : contacts) pointers.push_back(&c);
    CHECK(ids(who_to_call(pointers, settings, today)) == expected);
  }
}

TEST_CASE("who-to-call status names") {
  CHECK(to_string(Status::ok) == "ok");
  CHECK(to_string(Status::decaying) == "decaying");
  CHECK(to_string(Status::due) == "due");
  CHECK(to_string(Status::urgent) == "urgent");
}

TEST_CASE("who-to-call edge cases: one entry, entries on one day, cadences of 1 day and 5 years") {
  Settings settings;

  SUBCASE("one entry: due once a cadence has passed, urgent at two") {
    CHECK(assess_urgency(person("a", "A", 30, {entry(today - 29)}), settings, today).status != Status::due);
    CHECK(assess_urgency(person("a", "A", 30, {entry(today - 30)}), settings, today).status == Status::due);
    CHECK(assess_urgency(person("a", "A", 30, {entry(today - 60)}), settings, today).status == Status::urgent);
  }

  SUBCASE("several entries on one day are one contact, dated that day") {
    Contact c = person("a", "A", 30, {entry(today - 45, Via::call, By::me), entry(today - 45, Via::meeting, By::them)});
    Urgency u = assess_urgency(c, settings, today);
    CHECK(u.health.days_since == 45);
    CHECK(u.reason_texts().at(0) == "45 days, cadence 30d");
    Contact busy_today = person("b", "B", 30, {entry(today, Via::call), entry(today, Via::meeting, By::them)});
    CHECK(assess_urgency(busy_today, settings, today).status == Status::ok);
  }

  SUBCASE("cadence 1d: yesterday is due, two days urgent") {
    CHECK(assess_urgency(person("a", "A", 1, steady(0, 1)), settings, today).status == Status::ok);
    CHECK(assess_urgency(person("a", "A", 1, steady(1, 1)), settings, today).status == Status::due);
    Urgency two = assess_urgency(person("a", "A", 1, steady(2, 1)), settings, today);
    CHECK(two.status == Status::urgent);
    CHECK(two.reason_texts().at(0) == "2 days, cadence 1d");
  }

  SUBCASE("cadence 5y: a year of silence is fine, five years due, ten urgent") {
    CHECK_FALSE(assess_urgency(person("a", "A", 1825, steady(365, 200)), settings, today).listed());
    CHECK(assess_urgency(person("a", "A", 1825, {entry(today - 1825)}), settings, today).status >= Status::due);
    Urgency ten = assess_urgency(person("a", "A", 1825, {entry(today - 3650)}), settings, today);
    CHECK(ten.status == Status::urgent);
    CHECK(ten.reason_texts().at(0) == "3650 days, cadence 1825d");
  }

  SUBCASE("a short cadence does not swamp the list: doubling the silence adds the same urgency") {
    double daily = assess_urgency(person("a", "A", 1, {entry(today - 8)}), settings, today).urgency -
                   assess_urgency(person("a", "A", 1, {entry(today - 4)}), settings, today).urgency;
    double monthly = assess_urgency(person("b", "B", 30, {entry(today - 240)}), settings, today).urgency -
                     assess_urgency(person("b", "B", 30, {entry(today - 120)}), settings, today).urgency;
    CHECK(daily == doctest::Approx(monthly).epsilon(0.25));
  }

  SUBCASE("promises without a due date never make a contact due") {
    Contact c = person("a", "A", 30, steady(3, 5));
    c.promises = {promise("someday", std::nullopt)};
    Urgency u = assess_urgency(c, settings, today);
    CHECK(u.status == Status::ok);
    CHECK(u.reasons.empty());
  }
}

namespace {

Settings journal_settings() {
  Settings settings;
  settings.tag_cadence_days = {
      {"family", 14}, {"friend", 45}, {"investor", 30}, {"prospect", 14}, {"acquaintance", 180}};
  return settings;
}

Contact tagged(std::string id, std::string name, std::string tag, std::vector<Interaction> log = {}) {
  Contact c = person(std::move(id), std::move(name), 30, std::move(log));
  c.cadence_days.reset();
  c.tags = {std::move(tag)};
  return c;
}

// The journal of issue 14 on 2026-11-10: a birthday today and an overdue promise came 4th and 5th.
std::vector<Contact> issue_morning() {
  Contact david =
      tagged("david-kim", "David Kim", "investor",
             {entry(day("2026-10-05"), Via::meeting, By::me), entry(day("2026-10-30"), Via::email, By::them)});
  david.dates = {on("birthday", day("2026-11-10"))};
  david.dates[0].year = 1979;
  Contact tom = tagged("tom-becker", "Tom Becker", "prospect", {entry(day("2026-11-02"), Via::call, By::them)});
  Promise quote = promise("send quote", day("2026-11-05"));
  quote.made = day("2026-11-02");
  tom.promises = {quote};
  return {tagged("ana-pereira", "Ana Pereira", "friend", {entry(day("2025-06-14"), Via::meeting, By::me)}),
          tagged("lukas-weber", "Lukas Weber", "acquaintance", {entry(day("2026-04-10"), Via::meeting, By::them)}),
          tagged("anna-kowalski", "Anna Kowalski", "acquaintance"), david, tom};
}

std::vector<Urgency> listed(std::vector<Urgency> rows) {
  std::erase_if(rows, [](const Urgency& u) { return !u.listed(); });
  return rows;
}

}  // namespace

TEST_CASE("what can be lost today comes first: a date today or tomorrow, a promise of yours due or overdue") {
  Settings settings = journal_settings();
  const Date morning = day("2026-11-10");

  SUBCASE("the journal of the issue: David's birthday and Tom's overdue quote above every silence") {
    auto rows = listed(who_to_call(issue_morning(), settings, morning));
    CHECK(ids(rows) ==
          std::vector<std::string>{"david-kim", "tom-becker", "ana-pereira", "lukas-weber", "anna-kowalski"});
    CHECK(rows[0].reason_texts() == std::vector<std::string>{"birthday today"});
    CHECK(rows[1].reason_texts() == std::vector<std::string>{"promise to send quote overdue 5d"});
    CHECK(rows[2].reason_texts() == std::vector<std::string>{"514 days, cadence 45d"});
    CHECK(rows[3].reason_texts() == std::vector<std::string>{"214 days, cadence 180d"});
    CHECK(rows[4].reason_texts() == std::vector<std::string>{"never logged, cadence 180d"});
    CHECK(rows[0].act_today);
    CHECK(rows[1].act_today);
    CHECK_FALSE(rows[2].act_today);
    CHECK(rows[1].urgency >= settings.health.urgency_today);
    CHECK(rows[2].urgency < settings.health.urgency_today);
  }

  SUBCASE("above any silence, however long, and whatever the health") {
    const std::vector<Interaction> fine = {entry(morning - 12, Via::meeting, By::me),
                                           entry(morning - 2, Via::call, By::them)};
    Contact birthday = person("b", "Birthday Tomorrow", 30, fine);
    birthday.dates = {on("birthday", morning + 1)};
    Contact due_today = person("p", "Promise Due Today", 30, fine);
    due_today.promises = {promise("send the deck", morning)};
    for (int years : {1, 10, 100}) {
      Contact silent = person("s", "Silent", 1, {entry(morning - 365 * years, Via::email, By::me)});
      silent.promises = {promise("old", std::nullopt)};
      auto lost = assess_urgency(silent, settings, morning);
      CAPTURE(years);
      CHECK(assess_urgency(birthday, settings, morning).urgency > lost.urgency);
      CHECK(assess_urgency(due_today, settings, morning).urgency > lost.urgency);
    }
    CHECK(assess_urgency(due_today, settings, morning).reason_texts() ==
          std::vector<std::string>{"promise to send the deck due today"});
    CHECK(assess_urgency(birthday, settings, morning).reason_texts() == std::vector<std::string>{"birthday tomorrow"});
    Contact in_two_days = birthday;
    in_two_days.dates = {on("birthday", morning + 2)};
    CHECK_FALSE(assess_urgency(in_two_days, settings, morning).act_today);
  }

  SUBCASE("the urgency of silence grows, but not without bound") {
    double previous = 0;
    for (int silence : {30, 45, 60, 120, 365, 3650, 36500}) {
      double u = assess_urgency(person("s", "S", 30, {entry(morning - silence)}), settings, morning).urgency;
      CAPTURE(silence);
      CHECK(u > previous);
      CHECK(u < 20 + 40 + 0.3 * 100);
      previous = u;
    }
  }

  SUBCASE("a promise they made you, late, is a reason too, but not a loss of yours") {
    Contact tom =
        person("tom", "Tom Becker", 14, {entry(morning - 9, Via::meeting), entry(morning - 2, Via::call, By::them)});
    tom.promises = {promise("the quote", morning - 3, By::them)};
    Urgency u = assess_urgency(tom, settings, morning);
    CHECK(u.reason_texts() == std::vector<std::string>{"waiting on Tom: the quote, 3 days late"});
    CHECK(u.status == Status::due);
    CHECK_FALSE(u.act_today);
    tom.promises[0].due = morning;
    CHECK_FALSE(assess_urgency(tom, settings, morning).listed());
  }

  SUBCASE("among contacts never logged, the shorter cadence first") {
    std::vector<Contact> contacts = {tagged("anna", "Anna Kowalski", "acquaintance"),
                                     person("grandma", "Eva Hughes", 7), tagged("ben", "Ben Ortiz", "acquaintance"),
                                     tagged("tom", "Tom Brandt", "prospect")};
    CHECK(ids(who_to_call(contacts, settings, morning)) == std::vector<std::string>{"grandma", "tom", "anna", "ben"});
  }
}

TEST_CASE("the silence already given as the reason is not said again as a fall") {
  // Mom, cadence 14d: the busiest month of the year, six calls and visits in November, the last on the 21st.
  Settings settings;
  Contact mom = person("mom", "Ellen Hughes", 14);
  for (const char* date : {"2026-09-06", "2026-09-20", "2026-10-04", "2026-10-18"})
    mom.log.push_back(entry(day(date), Via::call, By::them));
  for (const char* date : {"2026-11-02", "2026-11-06", "2026-11-09", "2026-11-14", "2026-11-18", "2026-11-21"})
    mom.log.push_back(entry(day(date), Via::meeting, By::me));
  Urgency u = assess_urgency(mom, settings, day("2026-12-05"));
  REQUIRE(u.health.trend);
  CHECK(*u.health.trend <= -10);  // the fall is there, in the trend column
  CHECK(u.reason_texts() == std::vector<std::string>{"14 days, cadence 14d"});
}

TEST_CASE("relationships at rest are never due for silence; archived and deceased never listed") {
  Settings settings;
  Contact lapsed = person("l", "Lukas Weber", 30, {entry(today - 400)});
  Contact never = person("n", "Anna Kowalski", 30);

  SUBCASE("dormant: not due, not decaying, but birthdays and promises still surface") {
    lapsed.status = ContactStatus::dormant;
    never.status = ContactStatus::dormant;
    Urgency u = assess_urgency(lapsed, settings, today);
    CHECK_FALSE(u.listed());
    CHECK(u.urgency == 0);
    CHECK(u.reason_texts() == std::vector<std::string>{"dormant"});
    CHECK_FALSE(assess_urgency(never, settings, today).listed());
    lapsed.dates = {on("birthday", today)};
    lapsed.promises = {promise("return the book", today - 2), promise("a recipe", today - 1, By::them)};
    u = assess_urgency(lapsed, settings, today);
    CHECK(u.listed());
    CHECK(u.act_today);
    CHECK(u.reason_texts() == std::vector<std::string>{"birthday today", "promise to return the book overdue 2d",
                                                       "waiting on Lukas: a recipe, 1 day late", "dormant"});
  }

  SUBCASE("snoozed: at rest until the day, due again on it") {
    lapsed.snooze = today + 1;
    CHECK_FALSE(assess_urgency(lapsed, settings, today).listed());
    CHECK(assess_urgency(lapsed, settings, today).reason_texts() ==
          std::vector<std::string>{fmt::format("snoozed until {}", (today + 1).iso())});
    CHECK(assess_urgency(lapsed, settings, today + 1).status == Status::urgent);
    lapsed.dates = {on("birthday", today)};
    CHECK(assess_urgency(lapsed, settings, today).act_today);
  }

  SUBCASE("archived and deceased: never listed, whatever is due, and no date announced") {
    for (ContactStatus status : {ContactStatus::archived, ContactStatus::deceased}) {
      Contact c = lapsed;
      c.status = status;
      c.dates = {on("birthday", today)};
      c.promises = {promise("return the book", today - 2)};
      Urgency u = assess_urgency(c, settings, today);
      CAPTURE(to_string(status));
      CHECK_FALSE(u.listed());
      CHECK(u.urgency == 0);
      CHECK(u.reason_texts() == std::vector<std::string>{std::string(to_string(status))});
      CHECK(u.contact_status == status);
    }
  }

  SUBCASE("the morning list leaves them all out") {
    auto at_rest = [&](std::string id, ContactStatus status, std::optional<Date> snooze) {
      Contact c = person(std::move(id), "At Rest", 30, lapsed.log);
      c.status = status;
      c.snooze = snooze;
      return c;
    };
    Contact dormant = at_rest("d", ContactStatus::dormant, std::nullopt);
    Contact snoozed = at_rest("s", ContactStatus::active, today + 90);
    Contact archived = at_rest("a", ContactStatus::archived, std::nullopt);
    Contact deceased = at_rest("x", ContactStatus::deceased, std::nullopt);
    auto rows =
        listed(who_to_call(std::vector<Contact>{dormant, snoozed, archived, deceased, lapsed}, settings, today));
    CHECK(ids(rows) == std::vector<std::string>{"l"});
  }
}

TEST_CASE("urgency order: more urgent first, then the folded name, the raw name and the id") {
  auto row = [](std::string id, std::string name, double urgency) {
    Urgency u;
    u.id = std::move(id);
    u.name = std::move(name);
    u.urgency = urgency;
    return u;
  };
  // Many contacts share an urgency (it saturates): their names decide, accents and case folded.
  std::vector<Urgency> rows = {row("zoe-2", "Zoe", 5), row("anna", "anna", 5), row("zoe", "Zoë", 5),
                               row("bob", "Bob", 9),   row("zoe-3", "Zoe", 5), row("cy", "Cy", 0.5)};
  std::vector<const Urgency*> pointers;
  for (const auto& r : rows) pointers.push_back(&r);
  std::vector<std::string> ids;
  for (auto k : urgency_order(pointers)) ids.push_back(rows[k].id);
  CHECK(ids == std::vector<std::string>{"bob", "anna", "zoe-2", "zoe-3", "zoe", "cy"});
  // Given the folded names (as the index keeps them), the same order; and they are what decides it.
  std::vector<std::string> folded;
  for (const auto& r : rows) folded.push_back(fold(r.name));
  std::vector<std::string> by_folded;
  for (auto k : urgency_order(pointers, folded)) by_folded.push_back(rows[k].id);
  CHECK(by_folded == ids);
  folded[1] = "zz";  // anna sorted as if named "zz"
  by_folded.clear();
  for (auto k : urgency_order(pointers, folded)) by_folded.push_back(rows[k].id);
  CHECK(by_folded == std::vector<std::string>{"bob", "zoe-2", "zoe-3", "zoe", "anna", "cy"});
  // The same order as sorting with more_urgent, and as sort_by_urgency.
  auto sorted = rows;
  std::sort(sorted.begin(), sorted.end(), more_urgent);
  std::vector<std::string> by_comparison;
  for (const auto& r : sorted) by_comparison.push_back(r.id);
  CHECK(by_comparison == ids);
  sort_by_urgency(rows);
  std::vector<std::string> by_sort;
  for (const auto& r : rows) by_sort.push_back(r.id);
  CHECK(by_sort == ids);
}
