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
#include "rel/core/health.hpp"
#include "rel/core/urgency.hpp"

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

// ---- health ----------------------------------------------------------------------

// Scores in JSON carry one decimal: precise enough to sort by, short enough to read.
double rounded(double value);

// The score as people read it: a whole number.
std::string score_text(double score);

// The trend as printed: the difference of the rounded scores, so previous + trend == health.
double trend_points(const Health& health);

// A table cell for the trend: "↓12", "↑3", or "" when it rounds to no change.
std::string trend_cell(double trend);

// "↓12 in 30 days", "↑3 in 30 days", "steady over 30 days".
std::string trend_phrase(double trend, int days);

// A bar of `width` cells, full ones "█" and empty ones "░", for a 0–100 value.
std::string bar(double percent, int width = 10);

// Silence against cadence for a table cell: "62d/30d", "never/30d".
std::string silence_cell(const Health& health);

// Adds the health fields of the JSON contract: health, sinews {time, intensity,
// reciprocity, trust}, trend, previous, last, days_since, cadence_days, usual_gap_days.
void add_health_fields(nlohmann::json& record, const Health& health);

// Adds health fields and the who-to-call verdict: status, urgency, reasons.
void add_urgency_fields(nlohmann::json& record, const Urgency& urgency);

}  // namespace rel::cli
