// ASCII case and blanks, as the protocols of foreign formats define them (not the locale's).
#pragma once

#include <string>
#include <string_view>

namespace rel::interop {

inline std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool starts_with_folded(std::string_view text, std::string_view lower_prefix) {
  return text.size() >= lower_prefix.size() && lower_ascii(text.substr(0, lower_prefix.size())) == lower_prefix;
}

// `text` without spaces, tabs and line breaks at either end.
inline std::string_view trim(std::string_view text) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// `text` without spaces and tabs at either end (a vCard line's blanks; its line breaks are syntax).
inline std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace rel::interop
