// Names of channels and directions, and small queries over a contact.
#include "rel/core/contact.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace rel {
namespace {
constexpr std::array<std::string_view, via_count> via_names = {"meeting", "call",   "video",  "message",
                                                               "email",   "letter", "social", "other"};
}

std::string_view to_string(Via via) { return via_names[static_cast<size_t>(via)]; }

std::optional<Via> parse_via(std::string_view text) {
  for (size_t i = 0; i < via_names.size(); ++i)
    if (via_names[i] == text) return static_cast<Via>(i);
  return std::nullopt;
}

std::string_view to_string(By by) { return by == By::me ? "me" : "them"; }

std::optional<By> parse_by(std::string_view text) {
  if (text == "me") return By::me;
  if (text == "them") return By::them;
  return std::nullopt;
}

bool in_real_time(Via via) { return via == Via::meeting || via == Via::call || via == Via::video; }

namespace {
constexpr std::array<std::string_view, 4> status_names = {"active", "dormant", "archived", "deceased"};
}

std::string_view to_string(ContactStatus status) { return status_names[static_cast<size_t>(status)]; }

std::optional<ContactStatus> parse_status(std::string_view text) {
  for (size_t i = 0; i < status_names.size(); ++i)
    if (status_names[i] == text) return static_cast<ContactStatus>(i);
  return std::nullopt;
}

Date ImportantDate::next_on_or_after(Date from) const {
  // This year's or next year's (Feb 29 falls on Feb 28), so two years always hold it; past the calendar's
  // last year there is none, and the day after its end stands for "never" rather than a loop without end.
  for (int y = from.year(); y <= from.year() + 1; ++y) {
    int d = std::min(day, days_in_month(y, month));
    auto candidate = Date::from_ymd(y, month, d);
    if (candidate && *candidate >= from) return *candidate;
  }
  return Date::last() + 1;
}

std::string ImportantDate::text() const {
  if (year) return fmt::format("{:04}-{:02}-{:02}", *year, month, day);
  return fmt::format("--{:02}-{:02}", month, day);
}

bool Contact::has_tag(std::string_view tag) const { return std::find(tags.begin(), tags.end(), tag) != tags.end(); }

std::vector<const Interaction*> interactions_by_date(const Contact& contact) {
  std::vector<const Interaction*> sorted;
  sorted.reserve(contact.log.size());
  for (const auto& i : contact.log) sorted.push_back(&i);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->when < b->when; });
  return sorted;
}

const Interaction* last_interaction(const Contact& contact, Date today) {
  const Interaction* last = nullptr;
  for (const auto& i : contact.log)
    if (i.when.date <= today && (!last || last->when <= i.when)) last = &i;
  return last;
}

}  // namespace rel
