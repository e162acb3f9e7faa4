// Small pieces of output shared by the listing commands: the JSON base of a contact
// record, dates as JSON, and the wording of "how many days until".
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/date.hpp"

namespace rel::cli {

// The fields every contact record starts with: {"id": ..., "name": ...}.
nlohmann::json contact_record(const Contact& contact);

// "YYYY-MM-DD", or null when absent.
nlohmann::json date_json(const std::optional<Date>& date);

// A number, or null when absent.
nlohmann::json number_json(const std::optional<int>& number);

std::string join(const std::vector<std::string>& items, std::string_view separator);

// "today", "tomorrow", "in 4 days", "yesterday", "3 days ago".
std::string days_phrase(int days_until);

// How an open promise stands: "due today", "due tomorrow", "due in 4 days", "overdue 3d".
std::string due_phrase(int days_until);

// The next time an important date comes round, on or after today.
struct Occurrence {
  Date next;
  int days_until = 0;
  std::optional<int> years;  // the age or anniversary reached then, when the year is known
};
Occurrence next_occurrence(const ImportantDate& date, Date today);

// True when the label names someone's birthday ("birthday", "Maya's birthday"): they "turn" an age.
bool is_birthday(std::string_view label);

// What the occurrence is: "birthday (turns 42)", "wedding anniversary (14 years)", "name day".
std::string occurrence_what(const ImportantDate& date, const Occurrence& occurrence);

}  // namespace rel::cli
