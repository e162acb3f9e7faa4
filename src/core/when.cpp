// Parses the WHEN grammar (ISO dates, today/yesterday/tomorrow, N units ago, in N units, weekdays) against a given
// today.
#include "rel/core/when.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "rel/core/error.hpp"
#include "rel/core/text.hpp"

namespace rel {
namespace {

constexpr std::string_view expected_forms =
    "expected YYYY-MM-DD, today, yesterday, tomorrow, N days ago, in N weeks, last week, a weekday or a day of a "
    "month (Nov 3, 3 November)";

// Larger counts cannot land inside years 1..9999 anyway, and capping keeps the arithmetic in int.
constexpr int max_count = 9'999'999;

enum class Unit { day, week, month, year };

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

[[noreturn]] void fail(std::string message) { throw UsageError(std::move(message)); }

[[noreturn]] void out_of_range(std::string_view text) { fail(fmt::format("date out of range \"{}\"", text)); }

// Words separated by blanks, with a count glued to its unit ("3d", "2weeks") split in two.
std::vector<std::string> tokenize(std::string_view lower) {
  std::vector<std::string> tokens;
  size_t pos = 0;
  while (pos < lower.size()) {
    if (is_space(lower[pos])) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < lower.size() && !is_space(lower[end])) ++end;
    std::string_view word = lower.substr(pos, end - pos);
    size_t digits = 0;
    while (digits < word.size() && is_digit(word[digits])) ++digits;
    if (digits > 0 && digits < word.size()) {
      tokens.emplace_back(word.substr(0, digits));
      tokens.emplace_back(word.substr(digits));
    } else {
      tokens.emplace_back(word);
    }
    pos = end;
  }
  return tokens;
}

struct WeekdayName {
  std::string_view name;
  Weekday day;
};

constexpr std::array<WeekdayName, 17> weekday_names{{
    {"monday", Weekday::monday},
    {"mon", Weekday::monday},
    {"tuesday", Weekday::tuesday},
    {"tue", Weekday::tuesday},
    {"tues", Weekday::tuesday},
    {"wednesday", Weekday::wednesday},
    {"wed", Weekday::wednesday},
    {"thursday", Weekday::thursday},
    {"thu", Weekday::thursday},
    {"thur", Weekday::thursday},
    {"thurs", Weekday::thursday},
    {"friday", Weekday::friday},
    {"fri", Weekday::friday},
    {"saturday", Weekday::saturday},
    {"sat", Weekday::saturday},
    {"sunday", Weekday::sunday},
    {"sun", Weekday::sunday},
}};

std::optional<Weekday> parse_weekday(std::string_view word) {
  for (const auto& [name, day] : weekday_names)
    if (word == name) return day;
  return std::nullopt;
}

std::optional<Unit> parse_unit(std::string_view word) {
  if (word == "d" || word == "day" || word == "days") return Unit::day;
  if (word == "w" || word == "week" || word == "weeks") return Unit::week;
  if (word == "m" || word == "month" || word == "months") return Unit::month;
  if (word == "y" || word == "year" || word == "years") return Unit::year;
  return std::nullopt;
}

bool is_count(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word)
    if (!is_digit(c)) return false;
  return true;
}

int parse_count(std::string_view word, std::string_view text) {
  size_t start = word.find_first_not_of('0');
  if (start == std::string_view::npos) return 0;
  word.remove_prefix(start);
  if (word.size() > 7) out_of_range(text);
  int value = 0;
  for (char c : word) value = value * 10 + (c - '0');
  if (value > max_count) out_of_range(text);
  return value;
}

Date checked(Date date, std::string_view text) {
  if (date.year() < 1 || date.year() > 9999) out_of_range(text);
  return date;
}

// Calendar months: the same day of the month, or the month's last day when it has fewer.
Date add_months(Date date, int months, std::string_view text) {
  const int index = date.year() * 12 + (date.month() - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  if (index < 0 || year < 1 || year > 9999) out_of_range(text);
  return *Date::from_ymd(year, month, std::min(date.day(), days_in_month(year, month)));
}

Date shift(Date today, int count, Unit unit, int sign, std::string_view text) {
  switch (unit) {
    case Unit::day: return checked(today + sign * count, text);
    case Unit::week: return checked(today + sign * count * 7, text);
    case Unit::month: return add_months(today, sign * count, text);
    case Unit::year: return add_months(today, sign * count * 12, text);
  }
  return today;
}

int days_back_to(Date today, Weekday day) {
  return (static_cast<int>(today.weekday()) - static_cast<int>(day) + 7) % 7;
}

int days_forward_to(Date today, Weekday day) {
  return (static_cast<int>(day) - static_cast<int>(today.weekday()) + 7) % 7;
}

// "YYYY-MM-DD" with an optional "HH:MM" (or "THH:MM"); strict, since a misread date is worse than an error.
Timestamp parse_iso_timestamp(std::string_view text) {
  const size_t date_end = std::min(text.find_first_of(" \tTt"), text.size());
  const std::string_view date_text = text.substr(0, date_end);
  const auto date = Date::parse_iso(date_text);
  if (!date) {
    const bool shaped = date_text.size() == 10 && date_text[4] == '-' && date_text[7] == '-';
    if (shaped) fail(fmt::format("invalid date \"{}\"", text));
    fail(fmt::format("invalid date \"{}\": expected YYYY-MM-DD", text));
  }
  if (date_end == text.size()) return Timestamp{*date, std::nullopt};

  const std::string_view time_text = trim(text.substr(date_end + 1));
  const size_t colon = time_text.find(':');
  const std::string_view hours = time_text.substr(0, colon);
  const std::string_view minutes = colon == std::string_view::npos ? "" : time_text.substr(colon + 1);
  const bool shaped =
      hours.size() >= 1 && hours.size() <= 2 && minutes.size() == 2 && is_count(hours) && is_count(minutes);
  const int h = shaped ? std::stoi(std::string(hours)) : -1;
  const int m = shaped ? std::stoi(std::string(minutes)) : -1;
  if (!shaped || h > 23 || m > 59) fail(fmt::format("invalid time \"{}\" in \"{}\": expected HH:MM", time_text, text));
  return Timestamp{*date, h * 60 + m};
}

// The closest keyword to a single mistyped word, so "fridya" can point at "friday".
std::optional<std::string_view> suggest_keyword(std::string_view word) {
  static constexpr std::array<std::string_view, 10> keywords{
      "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::optional<std::string_view> best;
  int best_distance = word.size() >= 6 ? 3 : 2;  // Accept at most 2 edits, or 1 for short words.
  for (std::string_view keyword : keywords) {
    const int distance = edit_distance(word, keyword);
    if (distance < best_distance) {
      best = keyword;
      best_distance = distance;
    }
  }
  return best;
}

// January is 1; "nov", "november" and "sept" are November and September.
std::optional<int> parse_month(std::string_view word) {
  static constexpr std::array<std::string_view, 12> names{"january",   "february", "march",    "april",
                                                          "may",       "june",     "july",     "august",
                                                          "september", "october",  "november", "december"};
  if (word.size() < 3) return std::nullopt;
  if (word == "sept") return 9;
  for (size_t m = 0; m < names.size(); ++m)
    if (names[m] == word || (word.size() == 3 && names[m].starts_with(word))) return static_cast<int>(m) + 1;
  return std::nullopt;
}

// "Nov 3" or "3 Nov": the most recent one (today included) leaning to the past, the next one leaning to
// the future, as a bare weekday is.
std::optional<Date> month_day(const std::vector<std::string>& tokens, Date today, Lean lean, std::string_view text) {
  if (tokens.size() != 2) return std::nullopt;
  auto month = parse_month(tokens[0]);
  const std::string* day_word = &tokens[1];
  if (!month) {
    month = parse_month(tokens[1]);
    day_word = &tokens[0];
  }
  if (!month || !is_count(*day_word) || day_word->size() > 2) return std::nullopt;
  const int day = std::stoi(*day_word);
  for (int year = today.year(), tries = 0; tries < 9; ++tries) {
    // Feb 29 comes back within eight years.
    if (auto date = Date::from_ymd(year, *month, day)) {
      if (lean == Lean::past && *date <= today) return date;
      if (lean == Lean::future && *date >= today) return date;
    } else if (day < 1 || day > 31 || !Date::from_ymd(2024, *month, day)) {
      fail(fmt::format("invalid date \"{}\": there is no day {} in that month", text, day));
    }
    year += lean == Lean::past ? -1 : 1;
  }
  return std::nullopt;
}

[[noreturn]] void not_understood(std::string_view text, const std::vector<std::string>& tokens) {
  // `--date 3 days ago` unquoted gives the option "3" and leaves the rest to other arguments.
  if (tokens.size() == 1 && (is_count(tokens[0]) || tokens[0] == "in" || tokens[0] == "last" || tokens[0] == "next"))
    fail(fmt::format(
        "cannot understand date \"{}\": a date of several words is one argument, in quotes (--date \"3 days ago\", "
        "--due \"in 2 weeks\")",
        text));
  if (tokens.size() == 1)
    if (auto keyword = suggest_keyword(tokens[0]))
      fail(fmt::format("cannot understand date \"{}\": did you mean \"{}\"?", text, *keyword));
  fail(fmt::format("cannot understand date \"{}\": {}", text, expected_forms));
}

[[noreturn]] void bad_unit(std::string_view text, std::string_view unit) {
  fail(fmt::format("cannot understand date \"{}\": unknown unit \"{}\", expected days, weeks, months or years", text,
                   unit));
}

}  // namespace

Timestamp parse_when(std::string_view text, Date today, Lean lean) {
  text = trim(text);  // Messages quote what was meant, without stray blanks.
  if (text.empty()) fail(fmt::format("empty date: {}", expected_forms));

  // Four digits and a hyphen can only be meant as an ISO date, so report it as one.
  if (text.size() >= 5 && is_count(text.substr(0, 4)) && text[4] == '-') return parse_iso_timestamp(text);

  const std::string lower = ascii_lower(text);
  const std::vector<std::string> tokens = tokenize(lower);
  const auto day_only = [](Date date) { return Timestamp{date, std::nullopt}; };

  if (tokens.size() == 1) {
    const std::string& word = tokens[0];
    if (word == "today") return day_only(today);
    if (word == "yesterday") return day_only(checked(today - 1, text));
    if (word == "tomorrow") return day_only(checked(today + 1, text));
    if (auto day = parse_weekday(word)) {
      if (lean == Lean::past) return day_only(checked(today - days_back_to(today, *day), text));
      return day_only(checked(today + days_forward_to(today, *day), text));
    }
  }

  if (tokens.size() == 2 && (tokens[0] == "last" || tokens[0] == "next") && tokens[1] == "week")
    return day_only(checked(tokens[0] == "last" ? today - 7 : today + 7, text));

  if (auto date = month_day(tokens, today, lean, text)) return day_only(*date);

  if (tokens.size() == 2 && (tokens[0] == "last" || tokens[0] == "next")) {
    const auto day = parse_weekday(tokens[1]);
    if (!day) fail(fmt::format("cannot understand date \"{}\": expected a weekday after \"{}\"", text, tokens[0]));
    if (tokens[0] == "last") {
      const int back = days_back_to(today, *day);
      return day_only(checked(today - (back == 0 ? 7 : back), text));
    }
    const int forward = days_forward_to(today, *day);
    return day_only(checked(today + (forward == 0 ? 7 : forward), text));
  }

  if (tokens.size() == 3 && is_count(tokens[0]) && tokens[2] == "ago") {
    const auto unit = parse_unit(tokens[1]);
    if (!unit) bad_unit(text, tokens[1]);
    return day_only(shift(today, parse_count(tokens[0], text), *unit, -1, text));
  }

  if (tokens.size() == 3 && tokens[0] == "in" && is_count(tokens[1])) {
    const auto unit = parse_unit(tokens[2]);
    if (!unit) bad_unit(text, tokens[2]);
    return day_only(shift(today, parse_count(tokens[1], text), *unit, +1, text));
  }

  not_understood(text, tokens);
}

void refuse_after(Date date, Date latest, std::string_view option, std::string_view latest_is, std::string_view why) {
  if (date > latest) fail(fmt::format("{} {} is after {} ({}): {}", option, date.iso(), latest_is, latest.iso(), why));
}

void refuse_before(Date date, Date earliest, std::string_view option, std::string_view earliest_is,
                   std::string_view why) {
  if (date < earliest)
    fail(fmt::format("{} {} is before {} ({}): {}", option, date.iso(), earliest_is, earliest.iso(), why));
}

}  // namespace rel
