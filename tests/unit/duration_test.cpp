// Cadence durations: what users may write, and how rel prints them back.
#include "rel/core/duration.hpp"

#include <doctest/doctest.h>

using rel::format_duration;
using rel::parse_duration_days;

TEST_CASE("durations count days, weeks, 30-day months and 365-day years") {
  CHECK(parse_duration_days("14d") == 14);
  CHECK(parse_duration_days("2w") == 14);
  CHECK(parse_duration_days("3m") == 90);
  CHECK(parse_duration_days("1y") == 365);
}

TEST_CASE("malformed or absurd durations are refused") {
  for (const char* text : {"", "d", "30", "-3d", "3 d", "3x", "0d", "1.5w", "101y", "99999999999d"})
    CHECK_MESSAGE(!parse_duration_days(text), text);
}

TEST_CASE("durations print in years or weeks when exact, else in days") {
  CHECK(format_duration(365) == "1y");
  CHECK(format_duration(14) == "2w");
  CHECK(format_duration(30) == "30d");
  CHECK(format_duration(90) == "90d");
  CHECK(format_duration(1) == "1d");
}
