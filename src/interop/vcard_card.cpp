// What each property of one vCard means for rel: reading a card's content lines into a Card.
#include "vcard_card.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "ascii.hpp"
#include "clean_text.hpp"
#include "rel/interop/card_date.hpp"
#include "rel/interop/charset.hpp"
#include "vcard_lines.hpp"
#include "vcard_values.hpp"

namespace rel::interop {
namespace {

using vcard::ContentLine;
using vcard::equals_folded;
using vcard::Version;

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equals_folded(text.substr(0, prefix.size()), prefix);
}

// Text from a parameter or a property name, which no CHARSET covers: as UTF-8 (Windows-1252 when
// it is not), on one line.
std::string parameter_text(std::string_view raw) {
  bool replaced = false;
  return one_line(to_utf8(raw, "", replaced).value_or(std::string()));
}

Version version_of(const std::vector<ContentLine>& properties) {
  for (const auto& p : properties) {
    if (p.name != "VERSION") continue;
    const auto v = trim_blanks(p.value);
    if (v == "2.1" || v == "2.0") return Version::v21;
    if (v == "4.0") return Version::v40;
    return Version::v30;
  }
  return Version::v30;  // the most common; a card without VERSION is not rare (Google, ownCloud)
}

std::string_view version_name(Version v) {
  switch (v) {
    case Version::v21: return "vCard 2.1";
    case Version::v30: return "vCard 3.0";
    case Version::v40: return "vCard 4.0";
  }
  return "vCard";
}

bool is_date_property(std::string_view name) {
  return name == "BDAY" || name == "ANNIVERSARY" || name == "DEATHDATE" || name == "X-ABDATE";
}

// vCard 4.0 gives alternatives of one property (languages, a date and its text) the same ALTID:
// one of each group is read, the first, or for a date the first that is a date.
std::vector<bool> chosen_alternatives(const std::vector<ContentLine>& properties) {
  std::vector<bool> chosen(properties.size(), true);
  std::map<std::pair<std::string, std::string>, size_t> first;
  for (size_t i = 0; i < properties.size(); ++i) {
    const auto& p = properties[i];
    const auto altid = p.param("ALTID");
    if (altid.empty()) continue;
    auto [it, is_new] = first.try_emplace({p.name, std::string(altid)}, i);
    if (is_new) continue;
    chosen[i] = false;
    if (is_date_property(p.name) && !parse_vcard_date(properties[it->second].value) && parse_vcard_date(p.value)) {
      chosen[it->second] = false;
      chosen[i] = true;
      it->second = i;
    }
  }
  return chosen;
}

// Reads the properties of one card into a Card.
class CardReader {
 public:
  CardReader(const std::vector<ContentLine>& properties, int line, std::vector<Diagnostic>& warnings)
      : m_properties(properties), m_version(version_of(properties)), m_warnings(warnings) {
    m_card.line = line;
    m_card.source = version_name(m_version);
    // Apple's labels name the other properties of their group (item1.X-ABLabel for item1.X-ABDATE).
    for (const auto& p : properties)
      if (p.name == "X-ABLABEL" && !p.group.empty())
        if (auto label = one_line(vcard::label_name(single(p))); !label.empty())
          m_labels.emplace(p.group, std::move(label));
  }

  Card read() {
    const auto chosen = chosen_alternatives(m_properties);
    for (size_t i = 0; i < m_properties.size(); ++i)
      if (chosen[i]) read_property(m_properties[i]);
    if (m_card.name.empty()) m_card.name = compose_name(m_card.n);
    if (m_card.title.empty()) m_card.title = m_role;
    if (m_card.addresses.empty()) m_card.addresses = m_labels_as_addresses;
    return std::move(m_card);
  }

 private:
  void warn(const ContentLine& p, std::string message) { m_warnings.push_back(at_line(p.line, std::move(message))); }

  // The value as UTF-8 (still escaped), or nothing, with a warning, when it cannot be read.
  std::optional<std::string> text(const ContentLine& p) {
    auto decoded = vcard::decode_value(p);
    if (decoded.bad_base64)
      warn(p, fmt::format("{} says it is base64 but is not: left out", p.name));
    else if (!decoded.text)
      warn(p, fmt::format("{} is in charset {}, which rel cannot read: left out", p.name, p.param("CHARSET")));
    else if (decoded.replaced)
      warn(p, fmt::format("{} has bytes that are not UTF-8 although its charset says UTF-8: shown as \uFFFD", p.name));
    return decoded.text;
  }

  std::string single(const ContentLine& p) {
    auto t = text(p);
    return t ? one_line(vcard::unescape(*t, m_version)) : std::string();
  }

  // A value that is a list: NICKNAME and CATEGORIES separate theirs with commas.
  std::vector<std::string> list(const ContentLine& p) {
    std::vector<std::string> values;
    auto t = text(p);
    if (!t) return values;
    for (auto part : vcard::split_unescaped(*t, ','))
      if (auto v = one_line(vcard::unescape(part, m_version)); !v.empty()) values.push_back(std::move(v));
    return values;
  }

  // The components of a structured value (N, ADR, ORG), each a list of values in 3.0 and 4.0 when
  // `split_values` (commas are literal in 2.1).
  std::vector<std::vector<std::string>> components(const ContentLine& p, bool split_values) {
    std::vector<std::vector<std::string>> out;
    auto t = text(p);
    if (!t) return out;
    for (auto component : vcard::split_unescaped(*t, ';')) {
      auto& values = out.emplace_back();
      if (split_values && m_version != Version::v21) {
        for (auto v : vcard::split_unescaped(component, ',')) values.push_back(vcard::unescape(v, m_version));
      } else {
        values.push_back(vcard::unescape(component, m_version));
      }
    }
    return out;
  }

  static std::string joined(const std::vector<std::vector<std::string>>& components, size_t i,
                            std::string_view separator) {
    std::string out;
    if (i >= components.size()) return out;
    for (const auto& v : components[i]) {
      auto clean = one_line(v);
      if (clean.empty()) continue;
      if (!out.empty()) out += separator;
      out += clean;
    }
    return out;
  }

  std::string label_of(const ContentLine& p, std::string_view fallback) const {
    auto it = m_labels.find(p.group);
    return it == m_labels.end() || p.group.empty() ? std::string(fallback) : it->second;
  }

  using Reader = void (CardReader::*)(const ContentLine&);

  void read_property(const ContentLine& p) {
    // What rel reads of a card, by property name; it has no use for the others.
    static constexpr std::array<std::pair<std::string_view, Reader>, 37> readers = {{
        {"FN", &CardReader::read_formatted_name},
        {"N", &CardReader::read_name},
        {"NICKNAME", &CardReader::read_nicknames},
        {"EMAIL", &CardReader::read_email},
        {"TEL", &CardReader::read_phone},
        {"BDAY", &CardReader::read_birthday},
        {"ANNIVERSARY", &CardReader::read_anniversary},
        {"X-ANNIVERSARY", &CardReader::read_anniversary},
        {"X-MS-ANNIVERSARY", &CardReader::read_anniversary},
        {"X-EVOLUTION-ANNIVERSARY", &CardReader::read_anniversary},
        {"X-ABDATE", &CardReader::read_labelled_date},
        {"ORG", &CardReader::read_org},
        {"TITLE", &CardReader::read_title},
        {"ROLE", &CardReader::read_role},
        {"NOTE", &CardReader::read_note},
        {"ADR", &CardReader::read_address},
        {"LABEL", &CardReader::read_address_label},
        {"URL", &CardReader::read_url},
        {"CATEGORIES", &CardReader::read_categories},
        {"UID", &CardReader::read_uid},
        {"KIND", &CardReader::read_kind},
        {"X-ABSHOWAS", &CardReader::read_show_as},
        {"PHOTO", &CardReader::count_media},
        {"LOGO", &CardReader::count_media},
        {"SOUND", &CardReader::count_media},
        {"KEY", &CardReader::count_media},
        {"X-ABRELATEDNAMES", &CardReader::read_related_name},
        {"RELATED", &CardReader::read_related},
        {"X-EVOLUTION-SPOUSE", &CardReader::read_spouse},
        {"X-MS-SPOUSE", &CardReader::read_spouse},
        {"X-SPOUSE", &CardReader::read_spouse},
        {"X-EVOLUTION-MANAGER", &CardReader::read_manager},
        {"X-MS-MANAGER", &CardReader::read_manager},
        {"X-MANAGER", &CardReader::read_manager},
        {"X-EVOLUTION-ASSISTANT", &CardReader::read_assistant},
        {"X-MS-ASSISTANT", &CardReader::read_assistant},
        {"X-ASSISTANT", &CardReader::read_assistant},
    }};
    for (const auto& [name, read] : readers) {
      if (name != p.name) continue;
      (this->*read)(p);
      return;
    }
    if (p.name.starts_with("X-FCENCODED-"))
      read_fullcontact(p);
    else if (p.name.empty())
      warn(p, "not a property (no name and ':'): skipped");
  }

  void read_formatted_name(const ContentLine& p) {
    if (m_card.name.empty()) m_card.name = single(p);
  }

  void read_nicknames(const ContentLine& p) {
    for (auto& v : list(p)) add_unique(m_card.nicknames, std::move(v));
  }

  void read_email(const ContentLine& p) {
    auto email = single(p);
    if (starts_with_folded(email, "mailto:")) email.erase(0, 7);
    add_unique(m_card.emails, std::move(email));
  }

  void read_phone(const ContentLine& p) { add_unique(m_card.phones, phone(p)); }
  void read_birthday(const ContentLine& p) { read_date(p, "birthday"); }
  void read_anniversary(const ContentLine& p) { read_date(p, "anniversary"); }
  void read_labelled_date(const ContentLine& p) { read_date(p, label_of(p, "other")); }

  void read_title(const ContentLine& p) {
    if (m_card.title.empty()) m_card.title = single(p);
  }

  void read_role(const ContentLine& p) {
    if (m_role.empty()) m_role = single(p);
  }

  void read_address(const ContentLine& p) { add_unique(m_card.addresses, address(p)); }

  void read_address_label(const ContentLine& p) {
    if (auto t = text(p)) add_unique(m_labels_as_addresses, address_line(vcard::unescape(*t, m_version)));
  }

  void read_url(const ContentLine& p) { add_unique(m_card.urls, single(p)); }

  void read_categories(const ContentLine& p) {
    for (auto& v : list(p)) add_unique(m_card.categories, std::move(v));
  }

  void read_uid(const ContentLine& p) {
    if (m_card.uid.empty()) m_card.uid = single(p);
  }

  void read_kind(const ContentLine& p) {
    if (auto kind = lower_ascii(single(p)); kind != "individual") m_card.kind = kind;
  }

  // Apple's company cards.
  void read_show_as(const ContentLine& p) {
    if (equals_folded(trim_blanks(p.value), "COMPANY")) m_card.kind = "org";
  }

  void read_related_name(const ContentLine& p) { add_related(m_card, label_of(p, "related"), single(p)); }
  void read_spouse(const ContentLine& p) { add_related(m_card, "spouse", single(p)); }
  void read_manager(const ContentLine& p) { add_related(m_card, "manager", single(p)); }
  void read_assistant(const ContentLine& p) { add_related(m_card, "assistant", single(p)); }

  void read_name(const ContentLine& p) {
    if (!m_card.n.empty()) return;
    auto c = components(p, true);
    m_card.n.family = joined(c, 0, " ");
    m_card.n.given = joined(c, 1, " ");
    m_card.n.additional = joined(c, 2, " ");
    m_card.n.prefix = joined(c, 3, " ");
    m_card.n.suffix = joined(c, 4, " ");
  }

  void read_org(const ContentLine& p) {
    if (!m_card.org.empty() || !m_card.department.empty()) return;
    auto c = components(p, false);
    m_card.org = joined(c, 0, " ");
    for (size_t i = 1; i < c.size(); ++i) {
      auto unit = joined(c, i, " ");
      if (unit.empty()) continue;
      if (!m_card.department.empty()) m_card.department += ", ";
      m_card.department += unit;
    }
  }

  void read_note(const ContentLine& p) {
    auto t = text(p);
    if (!t) return;
    auto note = multi_line(vcard::unescape(*t, m_version));
    if (note.empty()) return;
    m_card.note = m_card.note.empty() ? note : m_card.note + "\n" + note;
  }

  std::string address(const ContentLine& p) {
    std::string out;
    for (const auto& values : components(p, true)) {
      for (const auto& v : values) {
        auto line = address_line(v);
        if (line.empty()) continue;
        if (!out.empty()) out += ", ";
        out += line;
      }
    }
    return out;
  }

  std::string phone(const ContentLine& p) {
    auto value = single(p);
    if (!starts_with_folded(value, "tel:")) return value;
    // RFC 3966: tel:+1-418-656-9254;ext=102, other parameters are of no use to a person.
    std::string_view uri(value);
    uri.remove_prefix(4);
    auto parts = vcard::split_unescaped(uri, ';');
    std::string number;
    auto hex = [](char c) {
      return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
    };
    const auto digits = parts[0];
    for (size_t i = 0; i < digits.size(); ++i) {
      if (digits[i] == '%' && i + 2 < digits.size() && hex(digits[i + 1]) >= 0 && hex(digits[i + 2]) >= 0) {
        number += static_cast<char>(hex(digits[i + 1]) * 16 + hex(digits[i + 2]));
        i += 2;
      } else {
        number += digits[i];
      }
    }
    for (size_t i = 1; i < parts.size(); ++i)
      if (starts_with_folded(parts[i], "ext=")) number += " ext. " + std::string(parts[i].substr(4));
    return one_line(number);
  }

  void read_date(const ContentLine& p, std::string label) {
    auto value = single(p);
    if (value.empty() || value.find_first_not_of("0-") == std::string::npos) return;
    auto date = parse_vcard_date(value);
    // Some writers put a local form in BDAY ("14.03.1985", "1985-3-4"): read when it reads one way only.
    if (auto written = parse_written_date(value, DayMonthOrder::unknown);
        !date && written.trouble == WrittenDate::Trouble::none)
      date = written.date;
    if (!date) {
      m_card.undated.push_back({label, value});
      warn(p, fmt::format("{} \"{}\" is not a date rel reads: kept as text", label, value));
      return;
    }
    // Apple writes a birthday without a year as 1604-03-14 and says so in this parameter.
    const auto omit = trim_blanks(p.param("X-APPLE-OMIT-YEAR"));
    if (!omit.empty() && date->year && std::to_string(*date->year) == omit) date->year.reset();
    date->label = std::move(label);
    add_date(m_card, std::move(*date));
  }

  void read_related(const ContentLine& p) {
    // RELATED is a URI (urn:uuid:…, mailto:…) unless it says it is text: only a name is worth keeping.
    if (!equals_folded(p.param("VALUE"), "text")) return;
    std::string relation = "related";
    for (const auto& param : p.params) {
      if (param.name != "TYPE") continue;
      relation = lower_ascii(parameter_text(param.value.substr(0, param.value.find(','))));
      break;
    }
    if (relation.empty()) relation = "related";
    add_related(m_card, relation, single(p));
  }

  // FullContact hides its labelled dates and relations in hex-encoded property names:
  // X-FCENCODED-<hex of "X-FC-OtherDates:Anniversary">:2016-08-02.
  void read_fullcontact(const ContentLine& p) {
    std::string decoded;
    const std::string_view hex = std::string_view(p.name).substr(12);
    auto digit = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
    for (size_t i = 0; i + 1 < hex.size(); i += 2) {
      if (digit(hex[i]) < 0 || digit(hex[i + 1]) < 0) return;
      decoded += static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1]));
    }
    const auto colon = decoded.find(':');
    if (colon == std::string::npos) return;
    const auto kind = decoded.substr(0, colon);
    auto label = parameter_text(decoded.substr(colon + 1));
    if (label.empty()) return;
    // Its built-in labels are capitalised words; rel's are lower-case.
    static const std::array<std::string_view, 15> built_in = {
        "Anniversary", "Other",  "Mother", "Father", "Parent",  "Brother",   "Sister", "Child",
        "Friend",      "Spouse", "Fiance", "Fiancé", "Partner", "Assistant", "Manager"};
    if (std::find(built_in.begin(), built_in.end(), label) != built_in.end()) label = lower_ascii(label);
    if (kind == "X-FC-OtherDates")
      read_date(p, label);
    else if (kind == "X-FC-RelatedNames")
      add_related(m_card, label, single(p));
  }

  void count_media(const ContentLine& p) {
    if (trim_blanks(p.value).empty()) return;
    auto& skipped = m_card.skipped;
    if (p.name == "PHOTO")
      ++skipped.photos;
    else if (p.name == "LOGO")
      ++skipped.logos;
    else if (p.name == "SOUND")
      ++skipped.sounds;
    else
      ++skipped.keys;
  }

  const std::vector<ContentLine>& m_properties;
  Version m_version;
  std::vector<Diagnostic>& m_warnings;
  Card m_card;
  std::map<std::string, std::string> m_labels;  // group -> label
  std::string m_role;                           // the title when the card has no TITLE
  std::vector<std::string> m_labels_as_addresses;
};

}  // namespace

Card vcard::read_card(const std::vector<ContentLine>& properties, int line, std::vector<Diagnostic>& warnings) {
  return CardReader(properties, line, warnings).read();
}

}  // namespace rel::interop
