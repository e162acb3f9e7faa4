// What the columns of a contacts CSV hold, told from their header names (Google, Outlook,
// LinkedIn, Thunderbird, and spreadsheets' own names for the same things).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rel::interop::csv {

enum class Role {
  ignore,
  full_name,
  given,
  middle,
  family,
  prefix,
  suffix,
  nickname,
  email,
  phone,
  date,        // `label` says which ("birthday", "anniversary")
  birth_year,  // Thunderbird's three birthday columns
  birth_month,
  birth_day,
  note,
  org,
  department,
  title,
  url,
  categories,
  address,            // one part of the address `group`, in column order ("Home City")
  address_formatted,  // the address `group` written whole (Google's "Address 1 - Formatted")
  event_label,        // Google's "Event 1 - Label" names the date in "Event 1 - Value" (`group` "1")
  event_value,
  relation_label,  // Google's "Relation 1 - Label" / "Relation 1 - Value"
  relation_value,
  related,       // a person, `label` their relation (Outlook's "Spouse", "Manager's Name")
  connected_on,  // LinkedIn's "Connected On"
};

struct Column {
  Role role = Role::ignore;
  std::string label;  // for `date` and `related`
  std::string group;  // for addresses and Google's numbered label/value pairs
};

// The flavours of contacts CSV, told from their headers.
enum class Dialect { spreadsheet, google, outlook, linkedin, thunderbird };

std::string_view dialect_name(Dialect dialect);  // "Google CSV", "CSV", ...

Dialect dialect_of(const std::vector<std::string>& header);

// The column a header names; "Title" is the honorific in Outlook (which has "Job Title") and the
// job in spreadsheets.
Column classify(std::string_view header, Dialect dialect);

// A header name lower-cased, trimmed, its runs of blanks one space.
std::string normalize_header(std::string_view header);

}  // namespace rel::interop::csv
