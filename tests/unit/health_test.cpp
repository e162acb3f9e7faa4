// Pins the health model: the spec's properties 1, 3, 4, 5, 7, 9 and 10, its edge cases and its bounds.
#include "rel/core/health.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "rel/core/settings.hpp"

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

Contact person(int cadence, std::vector<Interaction> log = {}) {
  Contact c;
  c.id = "someone";
  c.name = "Someone";
  c.cadence_days = cadence;
  c.log = std::move(log);
  return c;
}

Promise promise(std::string what, std::optional<Date> due, std::optional<Date> done = std::nullopt, By by = By::me) {
  Promise p;
  p.what = std::move(what);
  p.due = due;
  p.done = done;
  p.by = by;
  return p;
}

bool in_range(double value) { return std::isfinite(value) && value >= 0.0 && value <= 100.0; }

void check_bounds(const Health& h) {
  CHECK(in_range(h.score));
  CHECK(h.previous.has_value() == h.trend.has_value());
  if (h.previous) CHECK(in_range(*h.previous));
  CHECK(in_range(h.sinews.time));
  CHECK(in_range(h.sinews.intensity));
  CHECK(in_range(h.sinews.reciprocity));
  CHECK(in_range(h.sinews.trust));
  if (h.trend) {
    CHECK(std::isfinite(*h.trend));
    CHECK(*h.trend == doctest::Approx(h.score - *h.previous));
  }
  CHECK(in_range(h.chase));
}

// Twelve contacts, `gap` days apart, the latest `silence` days before `as_of`, alternating me/them.
std::vector<Interaction> balanced(Date as_of, int silence, int gap, int count = 12) {
  std::vector<Interaction> log;
  for (int k = count - 1; k >= 0; --k)
    log.push_back(entry(as_of - silence - gap * k, k % 2 ? Via::call : Via::meeting, k % 2 ? By::them : By::me));
  return log;
}

}  // namespace

TEST_CASE("health falls monotonically with silence; it falls faster the shorter the cadence") {
  Settings settings;

  SUBCASE("every day of silence lowers or keeps the score, and a long silence lowers it a lot") {
    for (int cadence : {1, 14, 30, 1825}) {
      CAPTURE(cadence);
      Contact c = person(cadence, balanced(day("2026-01-01"), 0, 9));
      c.since = day("2019-05-02");
      c.promises.push_back(promise("send the guide", day("2026-02-01")));  // becomes overdue during the silence
      c.promises.push_back(promise("call back", std::nullopt, day("2025-12-24")));
      double before = assess(c, settings, day("2026-01-01")).score;
      double first = before;
      for (int d = 1; d <= 4 * cadence + 400; ++d) {
        double now = assess(c, settings, day("2026-01-01") + d).score;
        REQUIRE(now <= before);
        before = now;
      }
      CHECK(before < first - 30);
    }
  }

  SUBCASE("past the first day the fall is strict") {
    Contact c = person(30, balanced(today, 0, 30));
    double before = assess(c, settings, today).score;
    for (int d = 1; d <= 365; ++d) {
      double now = assess(c, settings, today + d).score;
      REQUIRE(now < before);
      before = now;
    }
  }

  SUBCASE("the same silence costs more with a shorter cadence") {
    auto drop = [&](int cadence, int silence) {
      Contact c = person(cadence, {entry(today, Via::meeting, By::me), entry(today, Via::call, By::them)});
      return assess_as_of(c, settings, today).score - assess_as_of(c, settings, today + silence).score;
    };
    for (int silence : {1, 7, 30, 60, 120}) {
      CAPTURE(silence);
      CHECK(drop(1, silence) > drop(7, silence));
      CHECK(drop(7, silence) > drop(30, silence));
      CHECK(drop(30, silence) > drop(90, silence));
      CHECK(drop(90, silence) > drop(365, silence));
      CHECK(drop(365, silence) > drop(1825, silence));
    }
  }

  SUBCASE("a cadence from tags or the default is used like an own cadence") {
    settings.tag_cadence_days = {{"family", 14}, {"acquaintance", 180}};
    Contact family = person(30, {entry(today - 40)});
    family.cadence_days.reset();
    family.tags = {"acquaintance", "family"};
    Contact own = person(14, {entry(today - 40)});
    CHECK(assess(family, settings, today).cadence_days == 14);
    CHECK(assess(family, settings, today).score == doctest::Approx(assess(own, settings, today).score));
    Contact plain = person(30, {entry(today - 40)});
    plain.cadence_days.reset();
    CHECK(assess(plain, settings, today).cadence_days == 30);
  }
}

TEST_CASE("in-person and voice contact raise health more than text; social likes barely") {
  Settings settings;
  Contact base = person(30, {entry(today - 60)});
  double before = assess(base, settings, today).score;
  auto after = [&](Via via) {
    Contact c = base;
    c.log.push_back(entry(today, via));
    return assess(c, settings, today).score;
  };
  double meeting = after(Via::meeting);
  double video = after(Via::video);
  double call = after(Via::call);
  double message = after(Via::message);
  double email = after(Via::email);
  double social = after(Via::social);

  CHECK(meeting > video);
  CHECK(video > call);
  CHECK(call > after(Via::letter));
  CHECK(after(Via::letter) > message);
  CHECK(message > email);
  CHECK(email > social);
  CHECK(social > before);
  // "Barely": a like is worth a small fraction of a meeting and does not end the silence.
  CHECK(social - before < 3.0);
  CHECK(social - before < (meeting - before) / 10);
  Contact liked = base;
  liked.log.push_back(entry(today, Via::social));
  Health h = assess(liked, settings, today);
  CHECK(h.days_since == 60);
  CHECK(h.last == today - 60);

  SUBCASE("one dinner outweighs a dozen likes") {
    Contact dinner = person(30, {entry(today - 3, Via::meeting)});
    Contact likes = person(30);
    for (int k = 0; k < 12; ++k) likes.log.push_back(entry(today - 3, Via::social));
    CHECK(assess(dinner, settings, today).sinews.intensity > assess(likes, settings, today).sinews.intensity);
  }

  SUBCASE("channel weights come from the settings") {
    settings.weights[static_cast<size_t>(Via::email)] = 1.0;
    Contact e = base;
    e.log.push_back(entry(today, Via::email, By::them));  // a reply: an email of yours could go unanswered
    Contact m = base;
    m.log.push_back(entry(today, Via::meeting, By::them));
    CHECK(assess(e, settings, today).score == doctest::Approx(assess(m, settings, today).score));
  }
}

TEST_CASE("one-sided contact (always by me, or always by them) scores lower in reciprocity than balanced contact") {
  Settings settings;
  auto reciprocity = [&](const std::vector<By>& sides) {
    Contact c = person(30);
    for (size_t k = 0; k < sides.size(); ++k)
      c.log.push_back(entry(today - 10 * static_cast<int>(k), Via::call, sides[k]));
    return assess(c, settings, today).sinews.reciprocity;
  };
  std::vector<By> me(10, By::me);
  std::vector<By> them(10, By::them);
  std::vector<By> both;
  for (int k = 0; k < 10; ++k) both.push_back(k % 2 ? By::me : By::them);

  CHECK(reciprocity(me) < reciprocity(both));
  CHECK(reciprocity(them) < reciprocity(both));
  CHECK(reciprocity(me) == doctest::Approx(reciprocity(them)));
  CHECK(reciprocity(me) < 30);
  CHECK(reciprocity(both) > 80);

  SUBCASE("few data points stay near neutral") {
    CHECK(reciprocity({}) == doctest::Approx(50));
    CHECK(reciprocity({By::me}) == doctest::Approx(60));
    CHECK(reciprocity({By::them, By::them}) == doctest::Approx(50).epsilon(0.05));
    CHECK(reciprocity({By::me, By::me, By::me}) > 40);
  }

  SUBCASE("recent contacts count more than old ones") {
    std::vector<By> changed;  // newest first: lately give and take, long ago all me
    for (int k = 0; k < 12; ++k) changed.push_back(k % 2 ? By::me : By::them);
    for (int k = 0; k < 12; ++k) changed.push_back(By::me);
    std::vector<By> lapsed(12, By::me);  // lately all me, long ago give and take
    for (int k = 0; k < 12; ++k) lapsed.push_back(k % 2 ? By::me : By::them);
    CHECK(reciprocity(changed) > 75);
    CHECK(reciprocity(lapsed) < 40);
  }

  SUBCASE("a reply never lowers it") {
    std::uint64_t state = 42;
    auto coin = [&] {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      return (state >> 40) % 3 != 0;  // lopsided on purpose
    };
    for (int round = 0; round < 200; ++round) {
      std::vector<By> sides;  // newest first
      int length = round % 25;
      for (int k = 0; k < length; ++k) sides.push_back(coin() ? By::me : By::them);
      // The side not ahead by the weighted totals the model uses.
      double wme = 0, wthem = 0, w = 1;
      for (By by : sides) {
        (by == By::me ? wme : wthem) += w;
        w *= 0.9;
      }
      By reply = wme > wthem ? By::them : By::me;
      std::vector<By> replied = sides;
      replied.insert(replied.begin(), reply);
      CAPTURE(round);
      CHECK(reciprocity(replied) >= reciprocity(sides) - 1e-9);
    }
  }

  SUBCASE("the score follows the sinew") {
    Contact one_sided = person(30, {});
    Contact even = person(30, {});
    for (int k = 0; k < 10; ++k) {
      one_sided.log.push_back(entry(today - 10 * k, Via::call, By::me));
      even.log.push_back(entry(today - 10 * k, Via::call, k % 2 ? By::me : By::them));
    }
    CHECK(assess(one_sided, settings, today).score < assess(even, settings, today).score);
  }

  SUBCASE("visibly: always being the one who calls costs about ten points") {
    // Monthly calls, all by me or taking turns: reciprocity weighs enough to be seen (it cost 6 when
    // it weighed 0.15).
    Contact one_sided = person(30, {});
    Contact even = person(30, {});
    for (int k = 0; k < 5; ++k) {
      one_sided.log.push_back(entry(today - 5 - 30 * k, Via::call, By::me));
      even.log.push_back(entry(today - 5 - 30 * k, Via::call, k % 2 ? By::them : By::me));
    }
    CHECK(assess(even, settings, today).score - assess(one_sided, settings, today).score >= 8);
  }
}

TEST_CASE("an open promise past its due date lowers trust; promises kept on time raise it") {
  Settings settings;
  auto trust = [&](std::vector<Promise> promises, Date as_of = today) {
    Contact c = person(30, {entry(today - 5)});
    c.promises = std::move(promises);
    return assess(c, settings, as_of).sinews.trust;
  };
  double none = trust({});
  CHECK(none == doctest::Approx(50));

  SUBCASE("open past due lowers it, more with the days overdue") {
    CHECK(trust({promise("send the guide", today + 1)}) == doctest::Approx(none));
    CHECK(trust({promise("send the guide", today)}) == doctest::Approx(none));  // due today is not late yet
    double one_day = trust({promise("send the guide", today - 1)});
    double month = trust({promise("send the guide", today - 30)});
    double year = trust({promise("send the guide", today - 365)});
    CHECK(one_day < none);
    CHECK(month < one_day);
    CHECK(year < month);
    CHECK(year > 0);
    CHECK(trust({promise("a", today - 3), promise("b", today - 3)}) < trust({promise("a", today - 3)}));
  }

  SUBCASE("kept on time raises it; kept late raises it less") {
    double on_time = trust({promise("send the guide", today - 10, today - 12)});
    double on_the_day = trust({promise("send the guide", today - 10, today - 10)});
    double late = trust({promise("send the guide", today - 10, today - 2)});
    CHECK(on_time > none);
    CHECK(on_the_day == doctest::Approx(on_time));
    CHECK(late > none);
    CHECK(late < on_time);
    CHECK(trust({promise("a", today - 10, today - 12), promise("b", today - 10, today - 12)}) > on_time);
  }

  SUBCASE("promises by them never lower your trust") {
    CHECK(trust({promise("intro to Ben", today - 40, std::nullopt, By::them)}) == doctest::Approx(none));
    CHECK(trust({promise("intro to Ben", today - 40, today - 1, By::them)}) == doctest::Approx(none));
  }

  SUBCASE("promises without due dates") {
    CHECK(trust({promise("lend the book", std::nullopt)}) == doctest::Approx(none));
    CHECK(trust({promise("lend the book", std::nullopt, today - 3)}) ==
          doctest::Approx(trust({promise("x", today, today - 3)})));
  }

  SUBCASE("only what was known on the day assessed counts") {
    Promise later = promise("send the guide", today - 20, today - 1);
    later.made = today - 25;
    CHECK(trust({later}, today - 30) == doctest::Approx(none));  // not yet made
    CHECK(trust({later}, today - 10) < none);                    // made, overdue, not yet kept
    CHECK(trust({later}, today) > none);                         // kept, late
  }

  SUBCASE("the score follows the sinew") {
    Contact c = person(30, {entry(today - 5)});
    double clean = assess(c, settings, today).score;
    c.promises.push_back(promise("send the guide", today - 3));
    CHECK(assess(c, settings, today).score < clean);
  }
}

TEST_CASE("logging a meeting or a call after a silence raises health") {
  Settings settings;
  struct History {
    const char* name;
    std::vector<By> sides;  // most recent last
    int gap;                // days between entries; 0 = all on one day
  };
  std::vector<History> histories = {
      {"never logged", {}, 1},
      {"one entry", {By::me}, 1},
      {"always me", std::vector<By>(12, By::me), 1},
      {"always them", std::vector<By>(12, By::them), 1},
      {"balanced", {By::me, By::them, By::me, By::them, By::me, By::them, By::me, By::them}, 1},
      {"mostly me",
       {By::them, By::them, By::them, By::me, By::me, By::me, By::me, By::me, By::me, By::me, By::me, By::me, By::them,
        By::them},
       1},
      {"all on one day",
       {By::them, By::me, By::them, By::me, By::them, By::me, By::them, By::me, By::them, By::me, By::them, By::me},
       0},
  };
  for (int cadence : {1, 7, 30, 90, 365, 1825}) {
    for (const auto& history : histories) {
      for (double cadences : {1.0, 1.5, 2.0, 3.0, 10.0}) {
        int silence = static_cast<int>(std::ceil(cadences * cadence));
        for (int spacing : {history.gap, history.gap * std::max(1, cadence / 4)}) {
          Contact c = person(cadence);
          c.since = today - silence - 3000;  // the longest cushion for the knowing
          for (size_t k = 0; k < history.sides.size(); ++k)
            c.log.push_back(entry(today - silence - spacing * static_cast<int>(history.sides.size() - 1 - k),
                                  Via::meeting, history.sides[k]));
          double before = assess(c, settings, today).score;
          for (Via via : {Via::meeting, Via::call}) {
            for (By by : {By::me, By::them}) {
              Contact logged = c;
              logged.log.push_back(entry(today, via, by));
              CAPTURE(cadence);
              CAPTURE(history.name);
              CAPTURE(silence);
              CAPTURE(spacing);
              CHECK(assess(logged, settings, today).score > before);
            }
          }
        }
      }
    }
  }

  SUBCASE("a reply raises it after any silence at all") {
    for (int cadence : {1, 30, 1825}) {
      for (int silence : {0, 1, 2, 5, 20}) {
        Contact c = person(cadence, balanced(today, silence, 3));  // the latest by me
        Contact replied = c;
        replied.log.push_back(entry(today, Via::call, By::them));
        CAPTURE(cadence);
        CAPTURE(silence);
        CHECK(assess(replied, settings, today).score > assess(c, settings, today).score);
      }
    }
  }
}

TEST_CASE("health of a contact with no interactions is defined") {
  Settings settings;
  Contact c = person(30);
  Health h = assess(c, settings, today);
  check_bounds(h);
  CHECK(h.score == doctest::Approx(22.5));
  CHECK(h.sinews == Sinews{0, 0, 50, 50});
  CHECK_FALSE(h.last);
  CHECK_FALSE(h.days_since);
  CHECK_FALSE(h.usual_gap_days);
  CHECK_FALSE(h.trend);
  CHECK(h.cadence_days == 30);
}

TEST_CASE("health ignores entries dated in the future") {
  Settings settings;
  Contact future = person(30, {entry(today + 1), entry(today + 30, Via::call, By::them)});
  Health h = assess(future, settings, today);
  check_bounds(h);
  CHECK(h == assess(person(30), settings, today));

  Contact mixed = person(30, {entry(today - 10), entry(today + 5)});
  CHECK(assess(mixed, settings, today) == assess(person(30, {entry(today - 10)}), settings, today));
  CHECK(assess(mixed, settings, today).days_since == 10);
}

TEST_CASE("health with one entry") {
  Settings settings;
  Health now = assess(person(30, {entry(today)}), settings, today);
  check_bounds(now);
  CHECK(now.sinews.time == doctest::Approx(100));
  CHECK(now.days_since == 0);
  CHECK(now.last == today);
  CHECK_FALSE(now.usual_gap_days);
  CHECK(now.sinews.reciprocity == doctest::Approx(60));

  Health later = assess(person(30, {entry(today - 30)}), settings, today);
  check_bounds(later);
  CHECK(later.sinews.time == doctest::Approx(100.0 / (1.0 + std::pow(1.0 / 1.5, 3.0))));
}

TEST_CASE("health with several entries on the same day") {
  Settings settings;
  Contact one = person(30, {entry(today - 5)});
  Contact three = person(30, {entry(today - 5), entry(today - 5, Via::call, By::them), entry(today - 5, Via::email)});
  Health h1 = assess(one, settings, today);
  Health h3 = assess(three, settings, today);
  check_bounds(h3);
  CHECK(h3.sinews.time == doctest::Approx(h1.sinews.time));
  CHECK(h3.sinews.intensity > h1.sinews.intensity);
  CHECK_FALSE(h3.usual_gap_days);  // one day of contact has no gaps

  SUBCASE("a busy day is one day in the usual rhythm") {
    Contact c = person(30, {entry(today - 30), entry(today - 30), entry(today - 30), entry(today - 20),
                            entry(today - 10), entry(today)});
    CHECK(assess(c, settings, today).usual_gap_days == 10.0);
  }

  SUBCASE("entries with times on one day") {
    Contact c = person(30);
    for (int minute : {600, 540, 720}) {
      Interaction i = entry(today - 1);
      i.when.minute_of_day = minute;
      c.log.push_back(i);
    }
    check_bounds(assess(c, settings, today));
    CHECK(assess(c, settings, today).days_since == 1);
  }
}

TEST_CASE("health with a cadence of 1 day and of 5 years") {
  Settings settings;
  SUBCASE("1d: a day of silence matters, a week is decay") {
    Health fresh = assess(person(1, {entry(today)}), settings, today);
    Health one = assess(person(1, {entry(today - 1)}), settings, today);
    Health week = assess(person(1, {entry(today - 7)}), settings, today);
    check_bounds(one);
    check_bounds(week);
    CHECK(one.score < fresh.score);
    CHECK(one.sinews.time == doctest::Approx(100.0 / (1.0 + std::pow(1.0 / 1.5, 3.0))));
    CHECK(week.sinews.time < 2);
    CHECK(week.cadence_days == 1);
  }
  SUBCASE("5y: a year of silence is nothing, a decade is decay") {
    Health year = assess(person(1825, {entry(today - 365)}), settings, today);
    Health decade = assess(person(1825, {entry(today - 3650)}), settings, today);
    check_bounds(year);
    check_bounds(decade);
    CHECK(year.sinews.time > 99);
    CHECK(decade.sinews.time < 40);
    CHECK(year.cadence_days == 1825);
  }
}

TEST_CASE("health only counts touches towards intensity") {
  Settings settings;
  Contact c = person(30, {entry(today - 2, Via::social, By::them)});
  Health h = assess(c, settings, today);
  CHECK_FALSE(h.last);
  CHECK(h.sinews.time == 0);
  CHECK(h.sinews.intensity > 0);
  CHECK(h.sinews.reciprocity == doctest::Approx(50));
  CHECK(last_contact(c, settings, today) == nullptr);
  CHECK_FALSE(is_contact(c.log[0], settings));
  settings.health.contact_min_weight = 0.05;
  CHECK(is_contact(c.log[0], settings));
}

TEST_CASE("health is cushioned a little by how long you have known someone") {
  Settings settings;
  Contact new_friend = person(30, {entry(today - 60)});
  Contact old_friend = new_friend;
  old_friend.since = today - 60 - 3650;
  Health fresh = assess(new_friend, settings, today);
  Health old = assess(old_friend, settings, today);
  CHECK(old.sinews.time > fresh.sinews.time);
  CHECK(old.sinews.time < fresh.sinews.time + 20);
  // The first entry counts as the start when `since:` is absent.
  Contact logged_long = person(30, {entry(today - 60 - 3650), entry(today - 60)});
  CHECK(assess(logged_long, settings, today).sinews.time > fresh.sinews.time);
  // A `since:` after the last contact adds nothing.
  Contact odd = new_friend;
  odd.since = today - 10;
  CHECK(assess(odd, settings, today).sinews.time == doctest::Approx(fresh.sinews.time));
}

TEST_CASE("health judges silence against the person's own rhythm too") {
  Settings settings;
  // Both last heard from 20 days ago with a 30-day cadence; one usually talks every 3 days.
  Contact chatty = person(30, balanced(today, 20, 3, 8));
  Contact monthly = person(30, balanced(today, 20, 30, 8));
  Health c = assess(chatty, settings, today);
  Health m = assess(monthly, settings, today);
  CHECK(c.usual_gap_days == 3.0);
  CHECK(m.usual_gap_days == 30.0);
  CHECK(c.sinews.time < m.sinews.time);
  // Fewer gaps than rhythm_min_gaps: the rhythm is not trusted yet.
  CHECK_FALSE(assess(person(30, balanced(today, 20, 3, 3)), settings, today).usual_gap_days);
}

TEST_CASE("health trend compares with the score 30 days earlier") {
  Settings settings;
  SUBCASE("silence shows as a fall") {
    Contact c = person(30, {entry(today - 40)});
    Health h = assess(c, settings, today);
    REQUIRE(h.previous);
    CHECK(*h.previous == doctest::Approx(assess_as_of(c, settings, today - 30).score));
    CHECK(*h.trend < 0);
    CHECK(*h.trend == doctest::Approx(h.score - *h.previous));
  }
  SUBCASE("the period is tunable") {
    settings.health.trend_days = 7;
    Contact c = person(30, {entry(today - 40)});
    CHECK(*assess(c, settings, today).previous == doctest::Approx(assess_as_of(c, settings, today - 7).score));
  }
  SUBCASE("as of a day, there is no trend") {
    Health h = assess_as_of(person(30, {entry(today - 40)}), settings, today);
    CHECK_FALSE(h.previous);
    CHECK_FALSE(h.trend);
  }
}

TEST_CASE("a trend needs history: none before the first entry is trend_days old") {
  Settings settings;
  SUBCASE("someone first met 3 days ago has no trend, not a rise of 58") {
    Contact met = person(30, {entry(today - 3, Via::meeting, By::them), entry(today - 1, Via::call, By::me)});
    Health h = assess(met, settings, today);
    CHECK(h.score > 50);
    CHECK_FALSE(h.trend);
    CHECK_FALSE(h.previous);
  }
  SUBCASE("a grandmother known for 30 years but first logged today has no trend either") {
    Contact grandma = person(7, {entry(today, Via::call, By::me)});
    grandma.since = day("1996-06-15");
    CHECK_FALSE(assess(grandma, settings, today).trend);
  }
  SUBCASE("the trend starts the day the first entry is trend_days old, touches included") {
    CHECK_FALSE(assess(person(30, {entry(today - 29)}), settings, today).trend);
    CHECK(assess(person(30, {entry(today - 30)}), settings, today).trend);
    CHECK(assess(person(30, {entry(today - 30, Via::social)}), settings, today).trend);
    settings.health.trend_days = 7;
    CHECK(assess(person(30, {entry(today - 7)}), settings, today).trend);
  }
  SUBCASE("never logged: no trend") { CHECK_FALSE(assess(person(30), settings, today).trend); }
}

TEST_CASE("health stays within 0..100 and finite for any journal") {
  // A small deterministic generator: the same contacts on every run and platform.
  std::uint64_t state = 0x2545F4914F6CDD1Dull;
  auto next = [&](int n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
  };
  Settings settings;
  for (int round = 0; round < 300; ++round) {
    Contact c = person(std::vector<int>{1, 2, 7, 14, 30, 90, 365, 1825}[static_cast<size_t>(next(8))]);
    int entries = next(40);
    for (int k = 0; k < entries; ++k)
      c.log.push_back(entry(today + 30 - next(4000), static_cast<Via>(next(via_count)), next(2) ? By::me : By::them));
    int promises = next(6);
    for (int k = 0; k < promises; ++k) {
      Promise p = promise("p", next(3) ? std::optional<Date>(today + 30 - next(400)) : std::nullopt);
      if (next(2)) p.done = today + 30 - next(400);
      if (next(3) == 0) p.by = By::them;
      c.promises.push_back(p);
    }
    if (next(2)) c.since = today - next(8000);
    CAPTURE(round);
    check_bounds(assess(c, settings, today));
  }

  SUBCASE("even with every constant tuned to zero") {
    Settings zero;
    zero.health = HealthParams{};
    zero.health.weight_time = zero.health.weight_intensity = zero.health.weight_reciprocity = zero.health.weight_trust =
        0;
    zero.health.time_half_point = zero.health.time_steepness = zero.health.half_life_cadences = 0;
    zero.health.reciprocity_prior = zero.health.trust_prior = zero.health.intensity_gain = 0;
    zero.health.known_full_days = zero.health.overdue_growth_days = 0;
    zero.health.reciprocity_memory = 0;
    zero.weights = {};
    Contact c = person(30, balanced(today, 3, 5));
    c.promises.push_back(promise("x", today - 3));
    check_bounds(assess(c, zero, today));
    check_bounds(assess(person(30), zero, today));
  }
}

TEST_CASE("chasing is not a relationship: several contacts by you with no answer lower health visibly") {
  Settings settings;
  const Date now = day("2026-11-10");
  // Six weekly emails by me, never answered, the last three days ago...
  Contact chase = person(30);
  for (int k = 5; k >= 0; --k) chase.log.push_back(entry(now - 3 - 7 * k, Via::email, By::me));
  // ...and a three-hour dinner they invited me to, 20 days ago: the chase must end well below it.
  Contact dinner = person(30, {entry(now - 20, Via::meeting, By::them)});
  Health chased = assess(chase, settings, now);
  Health dined = assess(dinner, settings, now);
  check_bounds(chased);
  CHECK(chased.unanswered == 6);
  CHECK(chased.unanswered_since == now - 38);
  CHECK(chased.chase == doctest::Approx(25));
  CHECK(dined.chase == 0);
  CHECK(dined.score - chased.score >= 10);

  SUBCASE("one unanswered contact is your turn, two a follow-up, the third a chase that costs visibly") {
    auto emails = [&](int n) {
      Contact c = person(30, {entry(now - 60, Via::call, By::them)});
      for (int k = n - 1; k >= 0; --k) c.log.push_back(entry(now - 7 * k, Via::email, By::me));
      return assess(c, settings, now);
    };
    CHECK(emails(1).chase == 0);
    CHECK(emails(2).chase == 0);
    CHECK(emails(3).chase == doctest::Approx(10));
    CHECK(emails(4).chase == doctest::Approx(15));
    CHECK(emails(9).chase == doctest::Approx(25));
    CHECK(emails(3).score < emails(2).score);
    CHECK(emails(3).unanswered == 3);
  }

  SUBCASE("an answer ends it: a reply by them, or a meeting, call or video (held, so answered)") {
    for (auto [via, by] : {std::pair{Via::email, By::them}, std::pair{Via::meeting, By::me},
                           std::pair{Via::call, By::me}, std::pair{Via::video, By::me}}) {
      Contact answered = chase;
      answered.log.push_back(entry(now - 1, via, by));
      Health h = assess(answered, settings, now);
      CHECK(h.unanswered == 0);
      CHECK(h.chase == 0);
      CHECK(h.score > chased.score + 10);
    }
    Contact after = chase;
    after.log.push_back(entry(now - 2, Via::message, By::them));
    after.log.push_back(entry(now - 1, Via::email, By::me));
    CHECK(assess(after, settings, now).unanswered == 1);
  }

  SUBCASE("several contacts on one day are one; a like is not a contact") {
    Contact c =
        person(30, {entry(now - 9, Via::call, By::them), entry(now - 8, Via::email), entry(now - 8, Via::message),
                    entry(now - 4, Via::email), entry(now - 2, Via::social, By::them)});
    CHECK(assess(c, settings, now).unanswered == 2);
    CHECK(assess(c, settings, now).chase == 0);
  }

  SUBCASE("their silence half counts after your attempts") {
    // One email after three silent months is an attempt: it does not make the relationship healthy.
    Contact silent = person(30, {entry(now - 200, Via::meeting, By::them), entry(now - 90, Via::call, By::them)});
    Contact emailed = silent;
    emailed.log.push_back(entry(now, Via::email, By::me));
    Contact called = silent;
    called.log.push_back(entry(now, Via::call, By::me));
    Health e = assess(emailed, settings, now);
    CHECK(e.days_since == 0);
    CHECK(e.sinews.time > assess(silent, settings, now).sinews.time);
    CHECK(e.sinews.time < 60);
    CHECK(assess(called, settings, now).sinews.time == doctest::Approx(100));
    settings.health.unanswered_silence_share = 0;
    CHECK(assess(emailed, settings, now).sinews.time == doctest::Approx(100));
  }

  SUBCASE("tunable, and off at chase_points 0") {
    settings.health.chase_contacts = 7;
    CHECK(assess(chase, settings, now).chase == 0);
    settings.health.chase_contacts = 2;
    settings.health.chase_points = 0;
    CHECK(assess(chase, settings, now).chase == 0);
  }
}
