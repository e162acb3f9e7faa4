// Civil-calendar arithmetic (Howard Hinnant's days_from_civil) and ISO 8601 text.
#include "rel/core/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace rel {
namespace {

int days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  int y, m, d;
};

Civil civil_from_days(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = yoe + era * 400;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {y + (m <= 2), m, d};
}

std::optional<int> parse_digits(std::string_view text) {
  int value = 0;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return days[month - 1];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date(days_from_civil(year, month, day));
}

Date Date::first() { return Date(days_from_civil(1, 1, 1)); }
Date Date::last() { return Date(days_from_civil(9999, 12, 31)); }

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = parse_digits(text.substr(0, 4));
  auto m = parse_digits(text.substr(5, 2));
  auto d = parse_digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  return from_ymd(*y, *m, *d);
}

int Date::year() const { return civil_from_days(m_days).y; }
int Date::month() const { return civil_from_days(m_days).m; }
int Date::day() const { return civil_from_days(m_days).d; }

Weekday Date::weekday() const {
  // 1970-01-01 was a Thursday.
  int w = (m_days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<Weekday>(w);
}

std::string Date::iso() const {
  auto c = civil_from_days(m_days);
  return fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d);
}

std::optional<Timestamp> Timestamp::parse(std::string_view text) {
  auto date = Date::parse_iso(text.substr(0, 10));
  if (!date) return std::nullopt;
  if (text.size() == 10) return Timestamp{*date, std::nullopt};
  if (text.size() != 16 || text[10] != ' ' || text[13] != ':') return std::nullopt;
  auto h = parse_digits(text.substr(11, 2));
  auto m = parse_digits(text.substr(14, 2));
  if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
  return Timestamp{*date, *h * 60 + *m};
}

std::string Timestamp::text() const {
  if (!minute_of_day) return date.iso();
  return fmt::format("{} {:02}:{:02}", date.iso(), *minute_of_day / 60, *minute_of_day % 60);
}

}  // namespace rel
