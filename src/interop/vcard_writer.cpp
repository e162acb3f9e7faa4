// Writing cards as vCard 3.0 text (RFC 2426): escaping, 75-octet folding, Apple's labelled items.
#include "rel/interop/vcard_writer.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

namespace rel::interop {
namespace {

constexpr size_t max_line_octets = 75;

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ',': out += "\\,"; break;
      case ';': out += "\\;"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += ',';
    out += escape(v);
  }
  return out;
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Appends `line` folded: no physical line over 75 octets, each continuation starting with a space,
// and no fold inside a UTF-8 character (a reader joining bytes would cope, but not every reader does).
void append_folded(std::string& out, std::string_view line) {
  size_t limit = max_line_octets;
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && is_continuation_byte(line[cut])) --cut;
    out += line.substr(0, cut);
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = max_line_octets - 1;  // the leading space counts
  }
  out += line;
  out += "\r\n";
}

std::string date_value(const ImportantDate& date) {
  if (date.year) return fmt::format("{:04}-{:02}-{:02}", *date.year, date.month, date.day);
  return fmt::format("--{:02}{:02}", date.month, date.day);
}

// rel's names for Apple's built-in labels, written back in Apple's form so that its address book
// shows them in the user's language.
constexpr std::array<std::pair<std::string_view, std::string_view>, 13> apple_labels = {{
    {"anniversary", "_$!<Anniversary>!$_"},
    {"other", "_$!<Other>!$_"},
    {"spouse", "_$!<Spouse>!$_"},
    {"child", "_$!<Child>!$_"},
    {"mother", "_$!<Mother>!$_"},
    {"father", "_$!<Father>!$_"},
    {"parent", "_$!<Parent>!$_"},
    {"brother", "_$!<Brother>!$_"},
    {"sister", "_$!<Sister>!$_"},
    {"friend", "_$!<Friend>!$_"},
    {"manager", "_$!<Manager>!$_"},
    {"assistant", "_$!<Assistant>!$_"},
    {"partner", "_$!<Partner>!$_"},
}};

std::string label_value(std::string_view label) {
  for (auto [name, apple] : apple_labels)
    if (name == label) return std::string(apple);
  return escape(label);
}

class Writer {
 public:
  void line(std::string_view name, std::string_view value) { append_folded(m_out, fmt::format("{}:{}", name, value)); }

  // An Apple item: a property and its label, tied by a group name.
  void labelled(std::string_view name, std::string_view value, std::string_view label) {
    ++m_items;
    line(fmt::format("item{}.{}", m_items, name), value);
    line(fmt::format("item{}.X-ABLabel", m_items), label_value(label));
  }

  std::string take() { return std::move(m_out); }

 private:
  std::string m_out;
  int m_items = 0;
};

}  // namespace

std::string write_vcard(const Card& card) {
  Writer w;
  w.line("BEGIN", "VCARD");
  w.line("VERSION", "3.0");
  w.line("FN", escape(card.name.empty() ? compose_name(card.n) : card.name));
  const auto& n = card.n;
  w.line("N", fmt::format("{};{};{};{};{}", escape(n.family), escape(n.given), escape(n.additional), escape(n.prefix),
                          escape(n.suffix)));
  if (!card.nicknames.empty()) w.line("NICKNAME", escape_list(card.nicknames));
  for (const auto& email : card.emails) w.line("EMAIL;TYPE=INTERNET", escape(email));
  for (const auto& phone : card.phones) w.line("TEL", escape(phone));
  for (const auto& address : card.addresses) w.line("ADR", ";;" + escape(address) + ";;;;");
  for (const auto& date : card.dates) {
    if (date.label == "birthday")
      w.line("BDAY", date_value(date));
    else
      w.labelled("X-ABDATE", date_value(date), date.label);
  }
  if (!card.org.empty() || !card.department.empty())
    w.line("ORG", card.department.empty() ? escape(card.org) : escape(card.org) + ";" + escape(card.department));
  if (!card.title.empty()) w.line("TITLE", escape(card.title));
  for (const auto& url : card.urls) w.line("URL", escape(url));
  if (!card.categories.empty()) w.line("CATEGORIES", escape_list(card.categories));
  for (const auto& person : card.related) w.labelled("X-ABRELATEDNAMES", escape(person.value), person.key);
  if (card.kind == "org") w.line("X-ABShowAs", "COMPANY");
  if (!card.note.empty()) w.line("NOTE", escape(card.note));
  if (!card.uid.empty()) w.line("UID", escape(card.uid));
  w.line("END", "VCARD");
  return w.take();
}

std::string write_vcards(const std::vector<Card>& cards) {
  std::string out;
  for (const auto& card : cards) out += write_vcard(card);
  return out;
}

}  // namespace rel::interop
