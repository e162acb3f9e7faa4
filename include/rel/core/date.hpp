// Calendar dates as a day count, with ISO 8601 parsing and formatting.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace rel {

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

class Date {
 public:
  Date() = default;
  static std::optional<Date> from_ymd(int year, int month, int day);
  static Date from_days(int days_since_epoch) { return Date(days_since_epoch); }
  // The calendar's first and last days: years 1 to 9999, all that YYYY-MM-DD can write.
  static Date first();
  static Date last();
  // Accepts exactly YYYY-MM-DD.
  static std::optional<Date> parse_iso(std::string_view text);

  int days_since_epoch() const { return m_days; }
  int year() const;
  int month() const;
  int day() const;
  Weekday weekday() const;
  std::string iso() const;

  Date operator+(int days) const { return Date(m_days + days); }
  Date operator-(int days) const { return Date(m_days - days); }
  int operator-(Date other) const { return m_days - other.m_days; }
  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(int days) : m_days(days) {}
  int m_days = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// A point in time as written in a log entry: a date and, optionally, HH:MM.
struct Timestamp {
  Date date;
  std::optional<int> minute_of_day;
  // Accepts "YYYY-MM-DD" or "YYYY-MM-DD HH:MM".
  static std::optional<Timestamp> parse(std::string_view text);
  std::string text() const;
  auto operator<=>(const Timestamp&) const = default;
};

}  // namespace rel
