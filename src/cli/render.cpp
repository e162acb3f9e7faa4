// Output pieces shared by show, list, upcoming and search, so their records agree.
#include "rel/cli/render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "rel/cli/output.hpp"
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

std::optional<double> trend_points(const Health& health) {
  if (!health.previous) return std::nullopt;
  return rounded(rounded(health.score) - rounded(*health.previous));
}

std::string trend_cell(double trend) {
  long points = std::lround(trend);
  if (points == 0) return "";
  return fmt::format("{}{}", points < 0 ? "↓" : "↑", std::labs(points));
}

std::string trend_cell(std::optional<double> trend) { return trend ? trend_cell(*trend) : std::string(); }

std::string trend_phrase(std::optional<double> trend, int days) {
  if (!trend) return "no trend yet";
  auto cell = trend_cell(*trend);
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
  auto trend = trend_points(health);
  record["trend"] = trend ? nlohmann::json(*trend) : nullptr;
  record["previous"] = health.previous ? nlohmann::json(rounded(*health.previous)) : nullptr;
  record["last"] = date_json(health.last);
  record["days_since"] = number_json(health.days_since);
  record["cadence_days"] = health.cadence_days;
  record["usual_gap_days"] = health.usual_gap_days ? nlohmann::json(rounded(*health.usual_gap_days)) : nullptr;
}

void add_urgency_fields(nlohmann::json& record, const Urgency& urgency) {
  add_health_fields(record, urgency.health);
  record["status"] = to_string(urgency.status);
  record["urgency"] = rounded(urgency.urgency);
  record["act_today"] = urgency.act_today;
  record["reasons"] = urgency.reason_texts();
  record["contact_status"] = to_string(urgency.contact_status);
  record["snooze"] = date_json(urgency.snooze);
}

namespace {

std::string_view style_of(Cause cause) {
  switch (cause) {
    case Cause::promise_overdue:
    case Cause::falling: return "31";
    case Cause::date_today:
    case Cause::promise_due:
    case Cause::chase: return "33";
    case Cause::resting: return "2";
    default: return "";
  }
}

}  // namespace

std::string reasons_cell(const Urgency& urgency, bool colour) {
  std::string out;
  for (const auto& reason : urgency.reasons) {
    if (!out.empty()) out += "; ";
    auto style = style_of(reason.cause);
    out += style.empty() ? reason.text : paint(reason.text, style, colour);
  }
  return out;
}

std::string name_cell(const Urgency& urgency, bool colour) {
  bool urgent = urgency.status == Status::urgent;
  if (urgency.act_today) return paint(urgency.name, urgent ? "1;31" : "1", colour);
  return urgent ? paint(urgency.name, "31", colour) : urgency.name;
}

std::string trend_cell(const Urgency& urgency, bool colour) {
  auto cell = trend_cell(trend_points(urgency.health));
  bool alarm = std::any_of(urgency.reasons.begin(), urgency.reasons.end(),
                           [](const Reason& r) { return r.cause == Cause::falling; });
  return alarm ? paint(cell, "31", colour) : cell;
}

}  // namespace rel::cli
