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

// The trend as printed: the difference of the rounded scores, so previous + trend == health;
// nothing before there are trend_days of history.
std::optional<double> trend_points(const Health& health);

// A table cell for the trend: "↓12", "↑3", or "" when it rounds to no change or there is none.
std::string trend_cell(double trend);
std::string trend_cell(std::optional<double> trend);

// "↓12 in 30 days", "↑3 in 30 days", "steady over 30 days", "no trend yet" (no history).
std::string trend_phrase(std::optional<double> trend, int days);

// A bar of `width` cells, full ones "█" and empty ones "░", for a 0–100 value.
std::string bar(double percent, int width = 10);

// Silence against cadence for a table cell: "62d/30d", "never/30d".
std::string silence_cell(const Health& health);

// Adds the health fields of the JSON contract: health, sinews {time, intensity,
// reciprocity, trust}, trend, previous, last, days_since, cadence_days, usual_gap_days.
void add_health_fields(nlohmann::json& record, const Health& health);

// Adds health fields and the who-to-call verdict: status, urgency, act_today, reasons, and the
// contact's own contact_status and snooze.
void add_urgency_fields(nlohmann::json& record, const Urgency& urgency);

// ---- colour ----------------------------------------------------------------------

// The reasons joined with "; ", each painted by what it asks for when `colour`: red for what is
// already late (a promise overdue), yellow for what is due today (a date, a promise), and for a chase.
std::string reasons_cell(const Urgency& urgency, bool colour);

// The name, bold when something can be lost today and red when the silence is urgent.
std::string name_cell(const Urgency& urgency, bool colour);

// The trend cell, red when the fall is a reason of its own ("health down").
std::string trend_cell(const Urgency& urgency, bool colour);

}  // namespace rel::cli
