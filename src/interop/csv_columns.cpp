// Telling what a contacts CSV's columns hold from their headers: one table of names per meaning.
#include "csv_columns.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

namespace rel::interop::csv {
namespace {

struct Name {
  std::string_view header;  // normalized
  Role role;
  std::string_view label = {};
};

// Every header a column of one meaning goes by: the exports' own and what people name
// spreadsheet columns. Numbered Google columns ("E-mail 1 - Value") are told apart below.
constexpr std::array names = {
    Name{"name", Role::full_name},
    Name{"full name", Role::full_name},
    Name{"display name", Role::full_name},
    Name{"contact", Role::full_name},
    Name{"contact name", Role::full_name},
    Name{"first name", Role::given},
    Name{"firstname", Role::given},
    Name{"first", Role::given},
    Name{"given name", Role::given},
    Name{"forename", Role::given},
    Name{"middle name", Role::middle},
    Name{"additional name", Role::middle},
    Name{"last name", Role::family},
    Name{"lastname", Role::family},
    Name{"last", Role::family},
    Name{"surname", Role::family},
    Name{"family name", Role::family},
    Name{"name prefix", Role::prefix},
    Name{"prefix", Role::prefix},
    Name{"name suffix", Role::suffix},
    Name{"suffix", Role::suffix},
    Name{"nickname", Role::nickname},
    Name{"nick name", Role::nickname},
    Name{"email", Role::email},
    Name{"e-mail", Role::email},
    Name{"emails", Role::email},
    Name{"mail", Role::email},
    Name{"email address", Role::email},
    Name{"e-mail address", Role::email},
    Name{"e-mail 2 address", Role::email},
    Name{"e-mail 3 address", Role::email},
    Name{"primary email", Role::email},
    Name{"secondary email", Role::email},
    Name{"work email", Role::email},
    Name{"home email", Role::email},
    Name{"personal email", Role::email},
    Name{"other email", Role::email},
    Name{"phone", Role::phone},
    Name{"phones", Role::phone},
    Name{"phone number", Role::phone},
    Name{"telephone", Role::phone},
    Name{"tel", Role::phone},
    Name{"mobile", Role::phone},
    Name{"mobile phone", Role::phone},
    Name{"mobile number", Role::phone},
    Name{"cell", Role::phone},
    Name{"cell phone", Role::phone},
    Name{"work phone", Role::phone},
    Name{"home phone", Role::phone},
    Name{"home phone 2", Role::phone},
    Name{"business phone", Role::phone},
    Name{"business phone 2", Role::phone},
    Name{"other phone", Role::phone},
    Name{"primary phone", Role::phone},
    Name{"company main phone", Role::phone},
    Name{"car phone", Role::phone},
    Name{"callback", Role::phone},
    Name{"radio phone", Role::phone},
    Name{"assistant's phone", Role::phone},
    Name{"isdn", Role::phone},
    Name{"tty/tdd phone", Role::phone},
    Name{"telex", Role::phone},
    Name{"pager", Role::phone},
    Name{"pager number", Role::phone},
    Name{"fax", Role::phone},
    Name{"fax number", Role::phone},
    Name{"business fax", Role::phone},
    Name{"home fax", Role::phone},
    Name{"other fax", Role::phone},
    Name{"birthday", Role::date, "birthday"},
    Name{"birth date", Role::date, "birthday"},
    Name{"birthdate", Role::date, "birthday"},
    Name{"date of birth", Role::date, "birthday"},
    Name{"dob", Role::date, "birthday"},
    Name{"bday", Role::date, "birthday"},
    Name{"anniversary", Role::date, "anniversary"},
    Name{"wedding anniversary", Role::date, "wedding anniversary"},
    Name{"birth year", Role::birth_year},
    Name{"birth month", Role::birth_month},
    Name{"birth day", Role::birth_day},
    Name{"notes", Role::note},
    Name{"note", Role::note},
    Name{"comments", Role::note},
    Name{"comment", Role::note},
    Name{"remarks", Role::note},
    Name{"company", Role::org},
    Name{"company name", Role::org},
    Name{"organization", Role::org},
    Name{"organisation", Role::org},
    Name{"organization name", Role::org},
    Name{"org", Role::org},
    Name{"employer", Role::org},
    Name{"department", Role::department},
    Name{"organization department", Role::department},
    Name{"job title", Role::title},
    Name{"organization title", Role::title},
    Name{"position", Role::title},
    Name{"role", Role::title},
    Name{"title", Role::title},
    Name{"website", Role::url},
    Name{"web site", Role::url},
    Name{"web page", Role::url},
    Name{"web page 1", Role::url},
    Name{"web page 2", Role::url},
    Name{"personal web page", Role::url},
    Name{"homepage", Role::url},
    Name{"home page", Role::url},
    Name{"url", Role::url},
    Name{"profile url", Role::url},
    Name{"linkedin", Role::url},
    Name{"categories", Role::categories},
    Name{"category", Role::categories},
    Name{"tags", Role::categories},
    Name{"tag", Role::categories},
    Name{"labels", Role::categories},
    Name{"groups", Role::categories},
    Name{"group", Role::categories},
    Name{"group membership", Role::categories},
    Name{"spouse", Role::related, "spouse"},
    Name{"partner", Role::related, "partner"},
    Name{"children", Role::related, "children"},
    Name{"manager's name", Role::related, "manager"},
    Name{"assistant's name", Role::related, "assistant"},
    Name{"referred by", Role::related, "referred by"},
    Name{"connected on", Role::connected_on},
};

// Address parts: a group prefix ("home", "business", "work", "other", or none) and a part.
constexpr std::array<std::string_view, 4> address_groups = {"home ", "business ", "work ", "other "};
constexpr std::array<std::string_view, 20> address_parts = {
    "address",        "address 2", "street",      "street 2", "street 3",       "street address",
    "city",           "town",      "state",       "region",   "province",       "zip",
    "zipcode",        "zip code",  "postal code", "postcode", "country/region", "country",
    "address po box", "po box"};

bool is_address_part(std::string_view part) {
  return std::find(address_parts.begin(), address_parts.end(), part) != address_parts.end();
}

// Google's numbered columns: "e-mail 1 - value" -> {"e-mail", "1", "value"}.
struct Numbered {
  std::string_view kind;
  std::string_view number;
  std::string_view field;
};

std::optional<Numbered> numbered(std::string_view header) {
  const auto dash = header.find(" - ");
  if (dash == std::string_view::npos) return std::nullopt;
  auto left = header.substr(0, dash);
  const auto space = left.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const auto number = left.substr(space + 1);
  if (number.empty() || !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return Numbered{left.substr(0, space), number, header.substr(dash + 3)};
}

Column google_numbered(const Numbered& n) {
  const auto kind = n.kind;
  const auto field = n.field;
  const std::string group(n.number);
  if (kind == "e-mail" && field == "value") return {Role::email, "", group};
  if (kind == "phone" && field == "value") return {Role::phone, "", group};
  if (kind == "website" && field == "value") return {Role::url, "", group};
  if (kind == "event" && (field == "label" || field == "type")) return {Role::event_label, "", group};
  if (kind == "event" && field == "value") return {Role::event_value, "", group};
  if (kind == "relation" && (field == "label" || field == "type")) return {Role::relation_label, "", group};
  if (kind == "relation" && field == "value") return {Role::relation_value, "", group};
  if (kind == "address" && field == "formatted") return {Role::address_formatted, "", "google " + group};
  if (kind == "address" && (field == "street" || field == "extended address" || field == "po box" || field == "city" ||
                            field == "region" || field == "postal code" || field == "country"))
    return {Role::address, "", "google " + group};
  if (kind == "organization" && field == "name") return {Role::org, "", group};
  if (kind == "organization" && field == "title") return {Role::title, "", group};
  if (kind == "organization" && field == "department") return {Role::department, "", group};
  return {};
}

}  // namespace

std::string normalize_header(std::string_view header) {
  std::string out;
  bool space = false;
  for (char c : header) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_') {
      space = true;
      continue;
    }
    if (c == '"') continue;
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string_view dialect_name(Dialect dialect) {
  switch (dialect) {
    case Dialect::spreadsheet: return "CSV";
    case Dialect::google: return "Google CSV";
    case Dialect::outlook: return "Outlook CSV";
    case Dialect::linkedin: return "LinkedIn CSV";
    case Dialect::thunderbird: return "Thunderbird CSV";
  }
  return "CSV";
}

Dialect dialect_of(const std::vector<std::string>& header) {
  std::vector<std::string> names;
  names.reserve(header.size());
  for (const auto& h : header) names.push_back(normalize_header(h));
  auto has = [&](std::string_view name) { return std::find(names.begin(), names.end(), name) != names.end(); };
  if (has("connected on")) return Dialect::linkedin;
  if (has("primary email")) return Dialect::thunderbird;
  if (has("e-mail address") || has("e-mail 2 address")) return Dialect::outlook;
  for (const auto& name : names)
    if (auto n = numbered(name); n && (n->kind == "e-mail" || n->kind == "phone")) return Dialect::google;
  return Dialect::spreadsheet;
}

Column classify(std::string_view header, Dialect dialect) {
  const auto name = normalize_header(header);
  if (name == "title" && dialect == Dialect::outlook) return {Role::prefix, "", ""};
  for (const auto& n : names)
    if (n.header == name) return {n.role, std::string(n.label), ""};
  if (auto n = numbered(name)) return google_numbered(*n);
  for (auto group : address_groups)
    if (name.starts_with(group) && is_address_part(std::string_view(name).substr(group.size())))
      return {Role::address, "", std::string(group.substr(0, group.size() - 1))};
  if (is_address_part(name)) return {Role::address, "", ""};
  return {};
}

}  // namespace rel::interop::csv
