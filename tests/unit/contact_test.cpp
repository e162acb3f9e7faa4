// Unit tests for the contact model's own rules (core/contact).
#include "rel/core/contact.hpp"

#include <doctest/doctest.h>

using namespace rel;

TEST_CASE("an important date's next day is this year's or next year's, and past the calendar's end none") {
  const ImportantDate birthday{"birthday", 2, 29, std::nullopt};
  CHECK(birthday.next_on_or_after(*Date::from_ymd(2026, 3, 1)) == *Date::from_ymd(2027, 2, 28));
  CHECK(birthday.next_on_or_after(*Date::from_ymd(2028, 2, 29)) == *Date::from_ymd(2028, 2, 29));
  const ImportantDate new_year{"anniversary", 1, 1, std::nullopt};
  CHECK(new_year.next_on_or_after(*Date::from_ymd(2026, 1, 2)) == *Date::from_ymd(2027, 1, 1));
  // At the calendar's last day (this looped for ever): the day after its end stands for never.
  CHECK(new_year.next_on_or_after(Date::last()) == Date::last() + 1);
  CHECK(ImportantDate{"x", 12, 31, std::nullopt}.next_on_or_after(Date::last()) == Date::last());
}
