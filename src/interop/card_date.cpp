// Reading the dates address books write (vCard's ISO forms, CSV exports' local forms) without inventing a year.
#include "rel/interop/card_date.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "ascii.hpp"
#include "rel/core/date.hpp"

namespace rel::interop {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The value of a run of digits, capped (far beyond any year, month or day) rather than overflowing.
int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = std::min(n * 10 + (c - '0'), 100'000'000);
  return n;
}

// The date when it exists; February 29 is valid without a year (it recurs in leap years).
std::optional<ImportantDate> make_date(std::optional<int> year, int month, int day) {
  if (year && *year == 0) year.reset();
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > days_in_month(year.value_or(2000), month)) return std::nullopt;
  ImportantDate d;
  d.month = month;
  d.day = day;
  d.year = year;
  return d;
}

constexpr std::array<std::string_view, 12> month_names = {"january",   "february", "march",    "april",
                                                          "may",       "june",     "july",     "august",
                                                          "september", "october",  "november", "december"};

// 1-12 for an English month name or its three-letter (or longer) abbreviation, "Sept." too.
int month_of(std::string_view word) {
  std::string w;
  for (char c : word)
    if (c != '.') w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.size() < 3) return 0;
  if (w == "sept") return 9;
  for (size_t i = 0; i < month_names.size(); ++i)
    if (month_names[i].starts_with(w)) return static_cast<int>(i) + 1;
  return 0;
}

std::vector<std::string_view> split_any(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && separators.find(s[i]) == std::string_view::npos) continue;
    if (i > start) parts.push_back(s.substr(start, i - start));
    start = i + 1;
  }
  return parts;
}

using Trouble = WrittenDate::Trouble;

WrittenDate found(const std::optional<ImportantDate>& date, Trouble trouble_if_none = Trouble::not_a_date) {
  if (!date) return {std::nullopt, trouble_if_none};
  return {date, Trouble::none};
}

// "3/14/1985", "14.3.1985", "2024/03/12": numbers separated by '/', '.' or '-'.
WrittenDate numeric_date(const std::vector<std::string_view>& parts, char separator, DayMonthOrder order) {
  if (parts.size() < 2 || parts.size() > 3) return {std::nullopt, Trouble::not_a_date};
  for (auto p : parts)
    if (!all_digits(p) || p.size() > 4) return {std::nullopt, Trouble::not_a_date};
  if (parts[0].size() == 4) {  // year first: 2024/03/12
    if (parts.size() != 3) return {std::nullopt, Trouble::not_a_date};
    return found(make_date(number(parts[0]), number(parts[1]), number(parts[2])));
  }
  const int a = number(parts[0]);
  const int b = number(parts[1]);
  std::optional<int> year;
  bool two_digit_year = false;
  if (parts.size() == 3) {
    if (parts[2].size() == 4)
      year = number(parts[2]);
    else if (parts[2].size() == 2)
      two_digit_year = true;
    else
      return {std::nullopt, Trouble::not_a_date};
  }
  if (a == 0 && b == 0) return {std::nullopt, Trouble::empty};  // Outlook's 0/0/00
  // Dots are the day-first countries' separator (14.03.1985); slashes are read both ways.
  if (separator == '.') order = DayMonthOrder::day_first;
  if (a > 12 && b <= 12)
    order = DayMonthOrder::day_first;
  else if (b > 12 && a <= 12)
    order = DayMonthOrder::month_first;
  else if (a != b && order == DayMonthOrder::unknown)
    return {std::nullopt, Trouble::ambiguous};
  const int month = order == DayMonthOrder::day_first ? b : a;
  const int day = order == DayMonthOrder::day_first ? a : b;
  auto date = make_date(year, month, day);
  if (date && two_digit_year) return {date, Trouble::two_digit_year};
  return found(date);
}

// "14 March 1985", "March 14, 1985", "12 Mar 2024", "Mar 14".
WrittenDate worded_date(const std::vector<std::string_view>& parts) {
  if (parts.size() < 2 || parts.size() > 3) return {std::nullopt, Trouble::not_a_date};
  int month = 0;
  size_t month_at = 0;
  for (size_t i = 0; i < parts.size() && month == 0; ++i)
    if ((month = month_of(parts[i])) != 0) month_at = i;
  if (month == 0) return {std::nullopt, Trouble::not_a_date};
  std::optional<int> day;
  std::optional<int> year;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i == month_at) continue;
    auto p = parts[i];
    for (auto suffix : {"st", "nd", "rd", "th"})
      if (p.size() > 2 && p.ends_with(suffix)) p.remove_suffix(2);
    if (!all_digits(p)) return {std::nullopt, Trouble::not_a_date};
    if (p.size() == 4 && !year)
      year = number(p);
    else if (p.size() <= 2 && !day)
      day = number(p);
    else
      return {std::nullopt, Trouble::not_a_date};
  }
  if (!day) return {std::nullopt, Trouble::not_a_date};
  return found(make_date(year, month, *day));
}

}  // namespace

std::optional<ImportantDate> parse_vcard_date(std::string_view text) {
  text = trim(text);
  if (auto t = text.find_first_of("Tt"); t != std::string_view::npos) text = text.substr(0, t);
  if (text.starts_with("--")) {
    auto rest = text.substr(2);
    if (rest.size() == 4 && all_digits(rest))
      return make_date(std::nullopt, number(rest.substr(0, 2)), number(rest.substr(2)));
    if (rest.size() == 5 && rest[2] == '-' && all_digits(rest.substr(0, 2)) && all_digits(rest.substr(3)))
      return make_date(std::nullopt, number(rest.substr(0, 2)), number(rest.substr(3)));
    return std::nullopt;
  }
  if (text.size() == 8 && all_digits(text))
    return make_date(number(text.substr(0, 4)), number(text.substr(4, 2)), number(text.substr(6)));
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5, 2)) && all_digits(text.substr(8)))
    return make_date(number(text.substr(0, 4)), number(text.substr(5, 2)), number(text.substr(8)));
  return std::nullopt;
}

WrittenDate parse_written_date(std::string_view text, DayMonthOrder order) {
  text = trim(text);
  if (text.empty()) return {std::nullopt, Trouble::empty};
  if (auto d = parse_vcard_date(text)) return {d, Trouble::none};
  if (text.find_first_not_of("0/.- ") == std::string_view::npos) return {std::nullopt, Trouble::empty};
  // Spreadsheets append a midnight time to dates ("3/14/1985 0:00:00", "1985-03-14 00:00").
  if (auto space = text.find(' '); space != std::string_view::npos && text.find(':') != std::string_view::npos &&
                                   text.find_first_of("0123456789") == 0) {
    auto date_part = text.substr(0, space);
    if (date_part.find_first_of("/.-") != std::string_view::npos) text = date_part;
  }
  if (auto d = parse_vcard_date(text)) return {d, Trouble::none};
  for (char separator : {'/', '.', '-'}) {
    if (text.find(separator) == std::string_view::npos) continue;
    auto parts = split_any(text, std::string_view(&separator, 1));
    bool numeric = true;
    for (auto p : parts) numeric = numeric && all_digits(trim(p));
    if (numeric) {
      for (auto& p : parts) p = trim(p);
      return numeric_date(parts, separator, order);
    }
  }
  return worded_date(split_any(text, " ,-/"));
}

DayMonthOrder slash_order_of(const std::vector<std::string_view>& texts) {
  bool day_first = false;
  bool month_first = false;
  for (auto text : texts) {
    auto parts = split_any(trim(text), "/");
    if (parts.size() != 3 || !all_digits(parts[0]) || !all_digits(parts[1]) || parts[0].size() > 2 ||
        parts[1].size() > 2)
      continue;
    const int a = number(parts[0]);
    const int b = number(parts[1]);
    if (a > 12 && b <= 12) day_first = true;
    if (b > 12 && a <= 12) month_first = true;
  }
  if (day_first == month_first) return DayMonthOrder::unknown;
  return day_first ? DayMonthOrder::day_first : DayMonthOrder::month_first;
}

}  // namespace rel::interop
