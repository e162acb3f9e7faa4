// Telling the kinds of import file apart: each opens in a way the others never do.
#include "rel/interop/format.hpp"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace rel::interop {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 5> names = {{
    {Format::vcard, "vcard"},
    {Format::csv, "csv"},
    {Format::ics, "ics"},
    {Format::mbox, "mbox"},
    {Format::maildir, "maildir"},
}};

// `head` without a byte order mark and leading blank lines.
std::string_view trimmed(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && (head.front() == '\r' || head.front() == '\n' || head.front() == ' ' || head.front() == '\t'))
    head.remove_prefix(1);
  return head;
}

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

std::string_view to_string(Format format) {
  for (const auto& [f, name] : names)
    if (f == format) return name;
  return "?";
}

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& [f, n] : names)
    if (n == name) return f;
  return std::nullopt;
}

std::optional<Format> detect_format(std::string_view head) {
  // mbox is told before trimming: its first line is "From " at the very start.
  if (head.starts_with("From ")) return Format::mbox;
  auto text = trimmed(head);
  if (starts_with_folded(text, "BEGIN:VCARD")) return Format::vcard;
  if (starts_with_folded(text, "BEGIN:VCALENDAR")) return Format::ics;
  // A CSV file is text whose first line has a separator; binary bytes rule it out.
  auto line_end = text.find('\n');
  auto first_line = text.substr(0, line_end);
  for (unsigned char c : text)
    if (c == 0) return std::nullopt;
  if (first_line.find(',') != std::string_view::npos || first_line.find(';') != std::string_view::npos ||
      first_line.find('\t') != std::string_view::npos)
    return Format::csv;
  // LinkedIn's Connections.csv opens with a "Notes:" preamble before its header.
  if (starts_with_folded(text, "NOTES:")) return Format::csv;
  return std::nullopt;
}

}  // namespace rel::interop
