// Output pieces shared by show, list, upcoming and search, so their records agree.
#include "rel/cli/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

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

double rounded(double value) { return std::round(value * 10.0) / 10.0; }

std::string score_text(double score) { return std::to_string(std::lround(score)); }

double trend_points(const Health& health) { return rounded(rounded(health.score) - rounded(health.previous)); }

std::string trend_cell(double trend) {
  long points = std::lround(trend);
  if (points == 0) return "";
  return fmt::format("{}{}", points < 0 ? "↓" : "↑", std::labs(points));
}

std::string trend_phrase(double trend, int days) {
  auto cell = trend_cell(trend);
  if (cell.empty()) return fmt::format("steady over {} day{}", days, days == 1 ? "" : "s");
  return fmt::format("{} in {} day{}", cell, days, days == 1 ? "" : "s");
}

std::string bar(double percent, int width) {
  int full = static_cast<int>(std::lround(std::clamp(percent, 0.0, 100.0) * width / 100.0));
  std::string out;
  for (int i = 0; i < width; ++i) out += i < full ? "█" : "░";
  return out;
}

std::string silence_cell(const Health& health) {
  auto since = health.days_since ? fmt::format("{}d", *health.days_since) : std::string("never");
  return fmt::format("{}/{}d", since, health.cadence_days);
}

void add_health_fields(nlohmann::json& record, const Health& health) {
  record["health"] = rounded(health.score);
  record["sinews"] = {{"time", rounded(health.sinews.time)},
                      {"intensity", rounded(health.sinews.intensity)},
                      {"reciprocity", rounded(health.sinews.reciprocity)},
                      {"trust", rounded(health.sinews.trust)}};
  record["trend"] = trend_points(health);
  record["previous"] = rounded(health.previous);
  record["last"] = date_json(health.last);
  record["days_since"] = number_json(health.days_since);
  record["cadence_days"] = health.cadence_days;
  record["usual_gap_days"] = health.usual_gap_days ? nlohmann::json(rounded(*health.usual_gap_days)) : nullptr;
}

void add_urgency_fields(nlohmann::json& record, const Urgency& urgency) {
  add_health_fields(record, urgency.health);
  record["status"] = to_string(urgency.status);
  record["urgency"] = rounded(urgency.urgency);
  record["reasons"] = urgency.reasons;
}

}  // namespace rel::cli
