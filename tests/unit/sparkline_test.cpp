// Pins the monthly activity counts and their block-character sparkline.
#include "rel/core/sparkline.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace rel;

namespace {

Date day(const char* iso) { return *Date::parse_iso(iso); }

Interaction entry(const char* iso, Via via = Via::meeting) {
  Interaction i;
  i.when.date = day(iso);
  i.via = via;
  return i;
}

}  // namespace

TEST_CASE("sparkline: interactions per month over the last 12 months") {
  Contact c;
  c.name = "A";
  c.log = {
      entry("2025-03-31"),  // thirteen months back: outside
      entry("2025-04-01"),  // the oldest month shown
      entry("2025-12-24"),
      entry("2025-12-24"),               // two on one day count twice
      entry("2025-12-31", Via::social),  // touches count
      entry("2026-03-01"),
      entry("2026-03-15"),  // this month, up to today
      entry("2026-03-16"),
      entry("2027-01-01"),  // after today: ignored
  };
  std::vector<int> counts = monthly_counts(c, day("2026-03-15"));
  CHECK(counts == std::vector<int>{1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 2});
  CHECK(sparkline(counts) == "▃·······█··▆");

  SUBCASE("another length") {
    CHECK(monthly_counts(c, day("2026-03-15"), 4) == std::vector<int>{3, 0, 0, 2});
    CHECK(monthly_counts(c, day("2026-03-15"), 0).empty());
  }
}

TEST_CASE("sparkline: no interactions") {
  Contact c;
  std::vector<int> counts = monthly_counts(c, day("2026-03-15"));
  CHECK(counts == std::vector<int>(12, 0));
  CHECK(sparkline(counts) == "············");
}

TEST_CASE("sparkline: scaled to the busiest month") {
  CHECK(sparkline(std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}) == "·▁▂▃▄▅▆▇█");
  CHECK(sparkline(std::vector<int>{1, 100}) == "▁█");  // any non-zero month is visible
  CHECK(sparkline(std::vector<int>{5, 5}) == "██");
  CHECK(sparkline(std::vector<int>{}).empty());
}
