// Output pieces shared by show, list, upcoming and search, so their records agree.
#include "rel/cli/render.hpp"

#include <fmt/format.h>

#include "rel/core/text.hpp"

namespace rel::cli {

nlohmann::json contact_record(const Contact& contact) {
  nlohmann::json record;
  record["id"] = contact.id;
  record["name"] = contact.name;
  return record;
}

nlohmann::json date_json(const std::optional<Date>& date) { return date ? nlohmann::json(date->iso()) : nullptr; }

nlohmann::json number_json(const std::optional<int>& number) { return number ? nlohmann::json(*number) : nullptr; }

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string days_phrase(int days_until) {
  if (days_until == 0) return "today";
  if (days_until == 1) return "tomorrow";
  if (days_until == -1) return "yesterday";
  if (days_until > 0) return fmt::format("in {} days", days_until);
  return fmt::format("{} days ago", -days_until);
}

std::string due_phrase(int days_until) {
  if (days_until < 0) return fmt::format("overdue {}d", -days_until);
  if (days_until == 0) return "due today";
  if (days_until == 1) return "due tomorrow";
  return fmt::format("due in {} days", days_until);
}

Occurrence next_occurrence(const ImportantDate& date, Date today) {
  Occurrence occurrence;
  occurrence.next = date.next_on_or_after(today);
  if (date.year) {
    // A dated event still ahead (a wedding next June) first comes round on its own date.
    if (auto first = Date::from_ymd(*date.year, date.month, date.day); first && *first > occurrence.next)
      occurrence.next = *first;
    occurrence.years = occurrence.next.year() - *date.year;
  }
  occurrence.days_until = occurrence.next - today;
  return occurrence;
}

bool is_birthday(std::string_view label) { return fold(label).find("birthday") != std::string::npos; }

std::string occurrence_what(const ImportantDate& date, const Occurrence& occurrence) {
  if (!occurrence.years || *occurrence.years <= 0) return date.label;
  int years = *occurrence.years;
  if (is_birthday(date.label)) return fmt::format("{} (turns {})", date.label, years);
  return fmt::format("{} ({} year{})", date.label, years, years == 1 ? "" : "s");
}

}  // namespace rel::cli
