// The model of one person's file: who they are, what to remember, what happened.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/date.hpp"

namespace rel {

enum class Via { meeting, call, video, message, email, letter, social, other };
inline constexpr int via_count = 8;
enum class By { me, them };

// active: due for silence like anyone; dormant: at rest on purpose (never due for silence, its dates and
// promises still surface; logging wakes it); archived: out of every listing but show and search;
// deceased: as archived, and its dates are never announced.
enum class ContactStatus { active, dormant, archived, deceased };

std::string_view to_string(Via via);
std::optional<Via> parse_via(std::string_view text);
std::string_view to_string(By by);
std::optional<By> parse_by(std::string_view text);
std::string_view to_string(ContactStatus status);
std::optional<ContactStatus> parse_status(std::string_view text);

// Meetings, calls and video happen with both people there: they are answered by being held.
bool in_real_time(Via via);

struct Interaction {
  Timestamp when;
  Via via = Via::other;
  By by = By::me;
  std::vector<std::string> with;  // ids of other contacts present
  std::string note;
  std::string ref;  // the source item an import made this from ("ics:UID"), so a re-import skips it
  bool operator==(const Interaction&) const = default;
};

struct Promise {
  std::string what;
  std::optional<Date> made;
  std::optional<Date> due;
  std::optional<Date> done;  // absent while open
  By by = By::me;            // `them` for what they promised you
  bool open() const { return !done.has_value(); }
  bool operator==(const Promise&) const = default;
};

// An important date; without a year ("--03-14" or "03-14") it still recurs yearly.
struct ImportantDate {
  std::string label;
  int month = 1;
  int day = 1;
  std::optional<int> year;
  // The next occurrence on or after `from` (Feb 29 falls on Feb 28 in other years).
  Date next_on_or_after(Date from) const;
  std::string text() const;
  bool operator==(const ImportantDate&) const = default;
};

// A free-form key and its value as text (details, unknown top-level keys).
struct Field {
  std::string key;
  std::string value;
  bool operator==(const Field&) const = default;
};

struct Contact {
  std::string id;  // path relative to the journal without ".yaml"
  std::string name;
  std::vector<std::string> aka;
  std::vector<std::string> tags;
  std::optional<int> cadence_days;
  std::optional<Date> since;
  std::vector<std::string> emails;  // `email:`, one value or a list
  std::vector<std::string> phones;  // `phone:`, likewise
  std::optional<std::string> org;
  std::optional<std::string> title;
  ContactStatus status = ContactStatus::active;
  std::optional<Date> snooze;    // not due before this day
  std::vector<std::string> uid;  // identities in other systems (vCard UID), for re-imports
  std::vector<ImportantDate> dates;
  std::vector<Field> details;
  std::vector<Promise> promises;
  std::vector<Interaction> log;  // in file order; use `interactions_by_date`
  std::vector<Field> extra;      // unknown top-level keys, kept and shown

  bool has_tag(std::string_view tag) const;
  // Archived and deceased people are out of the morning list, upcoming and the report.
  bool retired() const { return status == ContactStatus::archived || status == ContactStatus::deceased; }
  bool operator==(const Contact&) const = default;
};

// Whether `tags` holds `tag`, folded as every match is (`Family` finds `family`, `cafe` finds `café`):
// how --tag filters. has_tag is the exact spelling, for edits.
bool tagged(const std::vector<std::string>& tags, std::string_view tag);

// The contact's interactions in date order (stable for equal dates).
std::vector<const Interaction*> interactions_by_date(const Contact& contact);

// The latest interaction on or before `today`, if any.
const Interaction* last_interaction(const Contact& contact, Date today);

}  // namespace rel
