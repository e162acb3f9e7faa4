// Unit tests for the WHEN grammar: ISO dates, relative phrases, weekdays and their errors.
#include "rel/core/when.hpp"

#include <doctest/doctest.h>

#include <string>

#include "rel/core/error.hpp"

using rel::Date;
using rel::Lean;
using rel::parse_when;

namespace {

Date ymd(const char* iso) { return *Date::parse_iso(iso); }

// The calendar week of 2026-03-02 (a Monday) to 2026-03-08 (a Sunday).
const Date monday = ymd("2026-03-02");
const Date wednesday = ymd("2026-03-04");
const Date friday = ymd("2026-03-06");
const Date sunday = ymd("2026-03-08");

std::string when(std::string_view text, Date today, Lean lean = Lean::past) {
  return parse_when(text, today, lean).text();
}

// The message of the UsageError that parsing `text` throws, or "" when it does not throw one.
std::string error_of(std::string_view text, Date today = monday, Lean lean = Lean::past) {
  try {
    parse_when(text, today, lean);
  } catch (const rel::UsageError& error) {
    CHECK(error.kind() == rel::ErrorKind::usage);
    return error.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the reference week starts on a Monday") {
  REQUIRE(monday.weekday() == rel::Weekday::monday);
  REQUIRE(wednesday.weekday() == rel::Weekday::wednesday);
  REQUIRE(friday.weekday() == rel::Weekday::friday);
  REQUIRE(sunday.weekday() == rel::Weekday::sunday);
}

TEST_CASE("ISO dates and times are taken as written") {
  SUBCASE("a date") {
    const auto stamp = parse_when("2024-03-01", monday, Lean::past);
    CHECK(stamp.date == ymd("2024-03-01"));
    CHECK_FALSE(stamp.minute_of_day.has_value());
  }
  SUBCASE("a date and a time") {
    const auto stamp = parse_when("2024-03-01 09:30", monday, Lean::past);
    CHECK(stamp.date == ymd("2024-03-01"));
    CHECK(stamp.minute_of_day == 9 * 60 + 30);
  }
  SUBCASE("the ISO T separator and a one-digit hour") {
    CHECK(when("2024-03-01T18:05", monday) == "2024-03-01 18:05");
    CHECK(when("2024-03-01 9:05", monday) == "2024-03-01 09:05");
  }
  SUBCASE("the lean does not matter for ISO dates") {
    CHECK(when("2030-01-01", monday, Lean::past) == "2030-01-01");
    CHECK(when("1999-12-31", monday, Lean::future) == "1999-12-31");
  }
  SUBCASE("surrounding blanks are ignored") { CHECK(when("  2024-03-01\t", monday) == "2024-03-01"); }
  SUBCASE("leap days exist only in leap years") {
    CHECK(when("2024-02-29", monday) == "2024-02-29");
    CHECK(when("2000-02-29", monday) == "2000-02-29");
    CHECK(error_of("2023-02-29") == "invalid date \"2023-02-29\"");
    CHECK(error_of("1900-02-29") == "invalid date \"1900-02-29\"");
  }
}

TEST_CASE("impossible ISO dates and times are errors naming the text") {
  CHECK(error_of("2024-13-01") == "invalid date \"2024-13-01\"");
  CHECK(error_of("2024-00-10") == "invalid date \"2024-00-10\"");
  CHECK(error_of("2024-04-31") == "invalid date \"2024-04-31\"");
  CHECK(error_of("2024-01-00") == "invalid date \"2024-01-00\"");
  CHECK(error_of("2024-1-5") == "invalid date \"2024-1-5\": expected YYYY-MM-DD");
  CHECK(error_of("2024-01-011") == "invalid date \"2024-01-011\": expected YYYY-MM-DD");
  CHECK(error_of("2024-01-01 25:00") == "invalid time \"25:00\" in \"2024-01-01 25:00\": expected HH:MM");
  CHECK(error_of("2024-01-01 12:60") == "invalid time \"12:60\" in \"2024-01-01 12:60\": expected HH:MM");
  CHECK(error_of("2024-01-01 noon") == "invalid time \"noon\" in \"2024-01-01 noon\": expected HH:MM");
  CHECK(error_of("2024-01-01 12:5") == "invalid time \"12:5\" in \"2024-01-01 12:5\": expected HH:MM");
}

TEST_CASE("today, yesterday and tomorrow are relative to the given today") {
  CHECK(when("today", wednesday) == "2026-03-04");
  CHECK(when("yesterday", wednesday) == "2026-03-03");
  CHECK(when("tomorrow", wednesday) == "2026-03-05");
  SUBCASE("across month and year ends") {
    CHECK(when("yesterday", ymd("2026-03-01")) == "2026-02-28");
    CHECK(when("yesterday", ymd("2024-03-01")) == "2024-02-29");
    CHECK(when("tomorrow", ymd("2025-12-31")) == "2026-01-01");
  }
  SUBCASE("case-insensitively") {
    CHECK(when("Today", wednesday) == "2026-03-04");
    CHECK(when("YESTERDAY", wednesday) == "2026-03-03");
  }
  SUBCASE("without a time of day") { CHECK_FALSE(parse_when("today", wednesday, Lean::past).minute_of_day); }
}

TEST_CASE("N units ago counts back from today") {
  CHECK(when("3 days ago", wednesday) == "2026-03-01");
  CHECK(when("1 day ago", wednesday) == "2026-03-03");
  CHECK(when("0 days ago", wednesday) == "2026-03-04");
  CHECK(when("2w ago", wednesday) == "2026-02-18");
  CHECK(when("2 weeks ago", wednesday) == "2026-02-18");
  CHECK(when("1 week ago", wednesday) == "2026-02-25");
  CHECK(when("10d ago", wednesday) == "2026-02-22");
  CHECK(when("3 d ago", wednesday) == "2026-03-01");
  CHECK(when("2 months ago", wednesday) == "2026-01-04");
  CHECK(when("1m ago", wednesday) == "2026-02-04");
  CHECK(when("1 year ago", wednesday) == "2025-03-04");
  CHECK(when("2y ago", wednesday) == "2024-03-04");
  CHECK(when("3 Days Ago", wednesday) == "2026-03-01");
  CHECK(when("  3   days   ago ", wednesday) == "2026-03-01");
  SUBCASE("the lean does not change a counted date") {
    CHECK(when("3 days ago", wednesday, Lean::future) == "2026-03-01");
  }
}

TEST_CASE("in N units counts forward from today") {
  CHECK(when("in 3d", wednesday) == "2026-03-07");
  CHECK(when("in 3 days", wednesday) == "2026-03-07");
  CHECK(when("in 1 day", wednesday) == "2026-03-05");
  CHECK(when("in 2 weeks", wednesday) == "2026-03-18");
  CHECK(when("in 2w", wednesday) == "2026-03-18");
  CHECK(when("in 1 month", wednesday) == "2026-04-04");
  CHECK(when("in 10 months", wednesday) == "2027-01-04");
  CHECK(when("in 1y", wednesday) == "2027-03-04");
  CHECK(when("In 3 Weeks", wednesday, Lean::future) == "2026-03-25");
  CHECK(when("in 30 days", ymd("2024-02-15")) == "2024-03-16");
}

TEST_CASE("months and years are calendar arithmetic clamped to the month's end") {
  CHECK(when("in 1 month", ymd("2026-01-31")) == "2026-02-28");
  CHECK(when("in 1 month", ymd("2024-01-31")) == "2024-02-29");
  CHECK(when("in 2 months", ymd("2026-01-31")) == "2026-03-31");
  CHECK(when("in 1 month", ymd("2026-03-31")) == "2026-04-30");
  CHECK(when("1 month ago", ymd("2026-03-31")) == "2026-02-28");
  CHECK(when("1 month ago", ymd("2024-03-30")) == "2024-02-29");
  CHECK(when("1 month ago", ymd("2026-01-15")) == "2025-12-15");
  CHECK(when("13 months ago", ymd("2026-01-15")) == "2024-12-15");
  CHECK(when("in 12m", ymd("2026-01-15")) == "2027-01-15");
  SUBCASE("a leap day a year on or back is the last day of February") {
    CHECK(when("in 1 year", ymd("2024-02-29")) == "2025-02-28");
    CHECK(when("1y ago", ymd("2024-02-29")) == "2023-02-28");
    CHECK(when("in 4 years", ymd("2024-02-29")) == "2028-02-29");
  }
}

TEST_CASE("a bare weekday leans to the past for --date and --since") {
  SUBCASE("friday on a Sunday is two days ago") { CHECK(when("friday", sunday, Lean::past) == "2026-03-06"); }
  SUBCASE("the same weekday as today is today") {
    CHECK(when("friday", friday, Lean::past) == "2026-03-06");
    CHECK(when("mon", monday, Lean::past) == "2026-03-02");
    CHECK(when("sunday", sunday, Lean::past) == "2026-03-08");
  }
  SUBCASE("a later weekday is in the previous week") {
    CHECK(when("friday", wednesday, Lean::past) == "2026-02-27");
    CHECK(when("tuesday", monday, Lean::past) == "2026-02-24");
    CHECK(when("sunday", monday, Lean::past) == "2026-03-01");
  }
  SUBCASE("an earlier weekday is in this week") {
    CHECK(when("monday", wednesday, Lean::past) == "2026-03-02");
    CHECK(when("thursday", sunday, Lean::past) == "2026-03-05");
    CHECK(when("saturday", sunday, Lean::past) == "2026-03-07");
  }
}

TEST_CASE("a bare weekday leans to the future for --due") {
  SUBCASE("the same weekday as today is today") {
    CHECK(when("friday", friday, Lean::future) == "2026-03-06");
    CHECK(when("wed", wednesday, Lean::future) == "2026-03-04");
  }
  SUBCASE("a later weekday is in this week") {
    CHECK(when("friday", wednesday, Lean::future) == "2026-03-06");
    CHECK(when("sunday", monday, Lean::future) == "2026-03-08");
  }
  SUBCASE("an earlier weekday is in the next week") {
    CHECK(when("friday", sunday, Lean::future) == "2026-03-13");
    CHECK(when("monday", wednesday, Lean::future) == "2026-03-09");
    CHECK(when("tue", wednesday, Lean::future) == "2026-03-10");
  }
}

TEST_CASE("last WEEKDAY is strictly before today and next WEEKDAY strictly after, whatever the lean") {
  for (Lean lean : {Lean::past, Lean::future}) {
    CAPTURE(static_cast<int>(lean));
    CHECK(when("last friday", friday, lean) == "2026-02-27");
    CHECK(when("last friday", sunday, lean) == "2026-03-06");
    CHECK(when("last friday", wednesday, lean) == "2026-02-27");
    CHECK(when("last sunday", monday, lean) == "2026-03-01");
    CHECK(when("last mon", monday, lean) == "2026-02-23");
    CHECK(when("next tue", monday, lean) == "2026-03-03");
    CHECK(when("next tue", wednesday, lean) == "2026-03-10");
    CHECK(when("next friday", friday, lean) == "2026-03-13");
    CHECK(when("next monday", sunday, lean) == "2026-03-09");
    CHECK(when("Next Wed", wednesday, lean) == "2026-03-11");
  }
  SUBCASE("each possible distance back and forward") {
    for (int offset = 0; offset < 7; ++offset) {
      const Date today = monday + offset;
      CAPTURE(today.iso());
      const Date last = parse_when("last wednesday", today, Lean::past).date;
      const Date next = parse_when("next wednesday", today, Lean::past).date;
      CHECK(last.weekday() == rel::Weekday::wednesday);
      CHECK(next.weekday() == rel::Weekday::wednesday);
      CHECK(today - last >= 1);
      CHECK(today - last <= 7);
      CHECK(next - today >= 1);
      CHECK(next - today <= 7);
    }
  }
}

TEST_CASE("weekday names and their abbreviations are all understood") {
  const struct {
    const char* text;
    rel::Weekday day;
  } names[] = {
      {"monday", rel::Weekday::monday},     {"mon", rel::Weekday::monday},
      {"tuesday", rel::Weekday::tuesday},   {"tue", rel::Weekday::tuesday},
      {"tues", rel::Weekday::tuesday},      {"wednesday", rel::Weekday::wednesday},
      {"wed", rel::Weekday::wednesday},     {"thursday", rel::Weekday::thursday},
      {"thu", rel::Weekday::thursday},      {"thurs", rel::Weekday::thursday},
      {"friday", rel::Weekday::friday},     {"fri", rel::Weekday::friday},
      {"saturday", rel::Weekday::saturday}, {"sat", rel::Weekday::saturday},
      {"sunday", rel::Weekday::sunday},     {"sun", rel::Weekday::sunday},
      {"FRIDAY", rel::Weekday::friday},     {"Sat", rel::Weekday::saturday},
  };
  for (const auto& name : names) {
    CAPTURE(name.text);
    const Date past = parse_when(name.text, wednesday, Lean::past).date;
    const Date future = parse_when(name.text, wednesday, Lean::future).date;
    CHECK(past.weekday() == name.day);
    CHECK(future.weekday() == name.day);
    CHECK(wednesday - past >= 0);
    CHECK(wednesday - past <= 6);
    CHECK(future - wednesday >= 0);
    CHECK(future - wednesday <= 6);
  }
}

TEST_CASE("anything else is an error naming what was not understood, never today") {
  const std::string expected =
      ": expected YYYY-MM-DD, today, yesterday, tomorrow, N days ago, in N weeks, last week, a weekday or a day of "
      "a month (Nov 3, 3 November)";
  CHECK(error_of("blorp") == "cannot understand date \"blorp\"" + expected);
  CHECK(error_of("soon") == "cannot understand date \"soon\"" + expected);
  CHECK(error_of("3 days") == "cannot understand date \"3 days\"" + expected);
  CHECK(error_of("in days") == "cannot understand date \"in days\"" + expected);
  CHECK(error_of("days ago") == "cannot understand date \"days ago\"" + expected);
  CHECK(error_of("-3 days ago") == "cannot understand date \"-3 days ago\"" + expected);
  CHECK(error_of("in -3 days") == "cannot understand date \"in -3 days\"" + expected);
  CHECK(error_of("3 days from now") == "cannot understand date \"3 days from now\"" + expected);
  CHECK(error_of("this friday") == "cannot understand date \"this friday\"" + expected);
  CHECK(error_of("today please") == "cannot understand date \"today please\"" + expected);
  CHECK(error_of("03/01/2024") == "cannot understand date \"03/01/2024\"" + expected);
  CHECK(error_of("1.5 days ago") == "cannot understand date \"1.5 days ago\"" + expected);
  SUBCASE("an empty date") {
    CHECK(error_of("") == "empty date" + expected);
    CHECK(error_of("   ") == "empty date" + expected);
  }
  SUBCASE("an unknown unit is named") {
    CHECK(error_of("3 fortnights ago") ==
          "cannot understand date \"3 fortnights ago\": unknown unit \"fortnights\", expected days, weeks, months or "
          "years");
    CHECK(error_of("in 2h") ==
          "cannot understand date \"in 2h\": unknown unit \"h\", expected days, weeks, months or years");
  }
  SUBCASE("last and next need a weekday or week") {
    CHECK(error_of("last year") == "cannot understand date \"last year\": expected a weekday after \"last\"");
    CHECK(error_of("next month") == "cannot understand date \"next month\": expected a weekday after \"next\"");
  }
  SUBCASE("a near miss of a keyword is pointed out") {
    CHECK(error_of("fridya") == "cannot understand date \"fridya\": did you mean \"friday\"?");
    CHECK(error_of("yesteday") == "cannot understand date \"yesteday\": did you mean \"yesterday\"?");
    CHECK(error_of("tomorow") == "cannot understand date \"tomorow\": did you mean \"tomorrow\"?");
  }
}

TEST_CASE("dates outside years 1 to 9999 are errors") {
  CHECK(error_of("10000 years ago") == "date out of range \"10000 years ago\"");
  CHECK(error_of("in 99999999 days") == "date out of range \"in 99999999 days\"");
  CHECK(error_of("in 9999999 weeks") == "date out of range \"in 9999999 weeks\"");
  CHECK(error_of("in 9000 years") == "date out of range \"in 9000 years\"");
  CHECK(error_of("in 123456789012345678901234567890 days") ==
        "date out of range \"in 123456789012345678901234567890 days\"");
  CHECK(error_of("tomorrow", ymd("9999-12-31")) == "date out of range \"tomorrow\"");
  CHECK(error_of("yesterday", ymd("0001-01-01")) == "date out of range \"yesterday\"");
  CHECK(when("in 0007 days", wednesday) == "2026-03-11");
}

TEST_CASE("a day of a month: the most recent one for --date, the next one for --due") {
  CHECK(when("Nov 3", ymd("2026-11-23")) == "2026-11-03");
  CHECK(when("3 Nov", ymd("2026-11-23")) == "2026-11-03");
  CHECK(when("November 3", ymd("2026-11-23")) == "2026-11-03");
  CHECK(when("3 november", ymd("2026-11-23")) == "2026-11-03");
  CHECK(when("Dec 24", ymd("2026-11-23")) == "2025-12-24");
  CHECK(when("Dec 24", ymd("2026-11-23"), Lean::future) == "2026-12-24");
  CHECK(when("Nov 3", ymd("2026-11-23"), Lean::future) == "2027-11-03");
  CHECK(when("sept 9", ymd("2026-11-23")) == "2026-09-09");
  CHECK(when("Nov 23", ymd("2026-11-23")) == "2026-11-23");
  CHECK(when("Feb 29", ymd("2026-11-23")) == "2024-02-29");
  CHECK(error_of("Feb 30", ymd("2026-11-23")) == "invalid date \"Feb 30\": there is no day 30 in that month");
  CHECK(error_of("Nov 3 lunch") != "");
}

TEST_CASE("last week is seven days ago, next week seven days on") {
  CHECK(when("last week", ymd("2026-11-23")) == "2026-11-16");
  CHECK(when("next week", ymd("2026-11-23"), Lean::future) == "2026-11-30");
}

TEST_CASE("a lone number or in, the first word of an unquoted date, says to quote it") {
  CHECK(error_of("3") ==
        "cannot understand date \"3\": a date of several words is one argument, in quotes (--date \"3 days ago\", "
        "--due \"in 2 weeks\")");
  CHECK(error_of("in") != "");
  CHECK(error_of("in").find("in quotes") != std::string::npos);
}
