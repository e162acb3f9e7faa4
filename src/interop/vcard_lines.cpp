// Unfolding vCard files into content lines, the way real address books write them (RFC 2425/6350,
// vCard 2.1's quoted-printable soft breaks and unindented base64).
#include "vcard_lines.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "ascii.hpp"

namespace rel::interop::vcard {
namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

bool is_name_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool is_base64_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}

// The physical lines, without their line ends. A file with no LF at all is split at CR (classic Mac OS).
std::vector<std::string_view> physical_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  const char separator = text.find('\n') == std::string_view::npos ? '\r' : '\n';
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// Properties whose name at the start of a line ends a quoted-printable value even after a soft
// break: broken writers end a value with "=" and go on with the next property (seen in KDE bug
// data), and a soft break must never swallow END:VCARD.
bool starts_known_property(std::string_view line) {
  static constexpr std::array<std::string_view, 27> names = {
      "BEGIN", "END",   "VERSION",  "FN",         "ORG",  "TEL", "EMAIL",  "ADR",         "LABEL",
      "NOTE",  "TITLE", "ROLE",     "URL",        "BDAY", "UID", "REV",    "PHOTO",       "LOGO",
      "SOUND", "KEY",   "NICKNAME", "CATEGORIES", "GEO",  "TZ",  "PRODID", "ANNIVERSARY", "IMPP"};
  size_t i = 0;
  while (i < line.size() && is_name_char(line[i])) ++i;
  if (i < line.size() && line[i] == '.') {  // a group
    line.remove_prefix(i + 1);
    i = 0;
    while (i < line.size() && is_name_char(line[i])) ++i;
  }
  if (i == 0 || i >= line.size() || (line[i] != ':' && line[i] != ';')) return false;
  const auto name = line.substr(0, i);
  if (name.size() > 2 && (name[0] == 'X' || name[0] == 'x') && name[1] == '-') return true;
  for (auto known : names)
    if (equals_folded(name, known)) return true;
  return false;
}

// Where the value starts: the first ':' outside double quotes (parameter values may hold ':').
std::optional<size_t> find_value_colon(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"')
      quoted = !quoted;
    else if (line[i] == ':' && !quoted)
      return i;
  }
  return std::nullopt;
}

// The name of a bare vCard 2.1 parameter ("WORK", "QUOTED-PRINTABLE", "UTF-8").
std::string bare_param_name(std::string_view value) {
  static constexpr std::array<std::string_view, 5> encodings = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"};
  for (auto e : encodings)
    if (equals_folded(value, e)) return "ENCODING";
  if (equals_folded(value, "UTF-8")) return "CHARSET";
  return "TYPE";
}

std::vector<Param> parse_params(std::string_view text) {
  std::vector<Param> params;
  size_t start = 0;
  bool quoted = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] == '"') quoted = !quoted;
    if (i < text.size() && (text[i] != ';' || quoted)) continue;
    auto item = trim_blanks(text.substr(start, i - start));
    start = i + 1;
    if (item.empty()) continue;
    Param p;
    auto eq = item.find('=');
    if (eq == std::string_view::npos) {
      p.name = bare_param_name(item);
      p.value = item;
    } else {
      p.name = upper(trim_blanks(item.substr(0, eq)));
      p.value = trim_blanks(item.substr(eq + 1));
    }
    std::string unquoted;
    for (char c : p.value)
      if (c != '"') unquoted += c;
    p.value = std::move(unquoted);
    params.push_back(std::move(p));
  }
  return params;
}

ContentLine parse_content_line(std::string text, int line) {
  ContentLine cl;
  cl.line = line;
  auto colon = find_value_colon(text);
  if (!colon) {
    cl.value = std::move(text);
    return cl;
  }
  std::string_view head(text.data(), *colon);
  auto semicolon = head.find(';');
  auto name = trim_blanks(head.substr(0, semicolon));
  if (auto dot = name.find('.'); dot != std::string_view::npos) {
    cl.group = upper(name.substr(0, dot));
    name.remove_prefix(dot + 1);
  }
  bool valid = !name.empty();
  for (char c : name) valid = valid && is_name_char(c);
  if (!valid) {
    cl.group.clear();
    cl.value = std::move(text);
    return cl;
  }
  cl.name = upper(name);
  if (semicolon != std::string_view::npos) cl.params = parse_params(head.substr(semicolon + 1));
  cl.value = text.substr(*colon + 1);
  return cl;
}

// What the head of a line being unfolded says about how its value continues.
struct Head {
  bool complete = false;  // the ':' before the value has been seen
  size_t value_start = 0;
  bool quoted_printable = false;
  bool base64 = false;
};

Head read_head(std::string_view logical) {
  Head head;
  auto colon = find_value_colon(logical);
  if (!colon) return head;
  head.complete = true;
  head.value_start = *colon + 1;
  const auto name_and_params = logical.substr(0, *colon);
  const auto semicolon = name_and_params.find(';');
  if (semicolon == std::string_view::npos) return head;
  for (const auto& p : parse_params(name_and_params.substr(semicolon + 1))) {
    if (p.name != "ENCODING") continue;
    head.quoted_printable = equals_folded(p.value, "QUOTED-PRINTABLE");
    head.base64 = equals_folded(p.value, "BASE64") || equals_folded(p.value, "B");
  }
  return head;
}

}  // namespace

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool equals_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  auto up = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
  for (size_t i = 0; i < a.size(); ++i)
    if (up(a[i]) != up(b[i])) return false;
  return true;
}

std::string_view ContentLine::param(std::string_view wanted) const {
  for (const auto& p : params)
    if (p.name == wanted) return p.value;
  return {};
}

bool ContentLine::is_quoted_printable() const { return equals_folded(param("ENCODING"), "QUOTED-PRINTABLE"); }

bool ContentLine::is_base64() const {
  auto e = param("ENCODING");
  return equals_folded(e, "BASE64") || equals_folded(e, "B");
}

std::vector<ContentLine> read_content_lines(std::string_view text) {
  const auto lines = physical_lines(text);
  std::vector<ContentLine> out;
  for (size_t i = 0; i < lines.size();) {
    const int number = static_cast<int>(i) + 1;
    if (is_blank(lines[i])) {
      ++i;
      continue;
    }
    std::string logical(lines[i]);
    ++i;
    Head head = read_head(logical);
    // Whether the segment just added ends in a quoted-printable soft break.
    auto soft_break = [&](std::string_view segment) {
      return head.complete && head.quoted_printable && logical.size() > head.value_start && segment.ends_with('=');
    };
    bool pending_soft_break = soft_break(logical);
    while (i < lines.size()) {
      const auto next = lines[i];
      if (pending_soft_break && !starts_known_property(next)) {
        logical.pop_back();  // the '=' of the soft break
        logical += next;
        pending_soft_break = soft_break(next);
        ++i;
        continue;
      }
      if (!next.empty() && (next.front() == ' ' || next.front() == '\t')) {
        logical += next.substr(1);
        // A head still without its ':' after a few kilobytes is no property: stop looking (and rescanning).
        if (!head.complete && logical.size() < 4096) head = read_head(logical);
        pending_soft_break = soft_break(next);
        ++i;
        continue;
      }
      // vCard 2.1 base64 runs on unindented lines until a blank line; no such line has a ':'.
      if (head.complete && head.base64 && !next.empty() &&
          std::all_of(next.begin(), next.end(), [](char c) { return is_base64_char(c); })) {
        logical += next;
        ++i;
        continue;
      }
      break;
    }
    out.push_back(parse_content_line(std::move(logical), number));
  }
  return out;
}

}  // namespace rel::interop::vcard
