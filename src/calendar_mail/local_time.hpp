// Seconds since 1970 UTC and the process's local time zone (TZ), for readers that give local times.
#pragma once

#include <cstdint>
#include <ctime>

#include "rel/core/date.hpp"

namespace rel::interop {

// The local date and time, to the minute, of a moment.
inline Timestamp local_timestamp(std::int64_t utc) {
  auto seconds = static_cast<std::time_t>(utc);
  std::tm tm{};
  localtime_r(&seconds, &tm);
  auto date = Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday).value_or(Date{});
  return Timestamp{date, tm.tm_hour * 60 + tm.tm_min};
}

// The moment a local wall-clock time names (mktime's choice for a time that summer time makes
// happen twice or skips).
inline std::int64_t local_moment(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

}  // namespace rel::interop
