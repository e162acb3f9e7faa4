// Turning the raw values of vCard properties into clean UTF-8 text.
#include "vcard_values.hpp"

#include <algorithm>
#include <array>

#include "ascii.hpp"
#include "rel/interop/charset.hpp"

namespace rel::interop::vcard {
DecodedValue decode_value(const ContentLine& property) {
  DecodedValue decoded;
  std::string bytes;
  if (property.is_quoted_printable()) {
    bytes = decode_quoted_printable(property.value);
  } else if (property.is_base64()) {
    auto b = decode_base64(property.value);
    if (!b) {
      decoded.bad_base64 = true;
      return decoded;
    }
    bytes = std::move(*b);
  } else {
    bytes = property.value;
  }
  decoded.text = to_utf8(bytes, property.param("CHARSET"), decoded.replaced);
  return decoded;
}

std::vector<std::string_view> split_unescaped(std::string_view value, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\') {
      ++i;
    } else if (value[i] == separator) {
      parts.push_back(value.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(value.substr(start));
  return parts;
}

std::string unescape(std::string_view value, Version version) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      out += value[i];
      continue;
    }
    const char next = value[i + 1];
    if (version == Version::v21) {
      if (next == ';' || next == ',' || next == '\\') {
        out += next;
        ++i;
      } else {
        out += '\\';
      }
      continue;
    }
    out += (next == 'n' || next == 'N') ? '\n' : next;
    ++i;
  }
  return out;
}

std::string label_name(std::string_view label) {
  label = trim(label);
  if (label.starts_with("_$!<") && label.ends_with(">!$_")) {
    // Apple's built-in labels are CamelCase words: "AssistantPhone" -> "assistant phone", "HomeFAX" -> "home fax".
    std::string out;
    char previous = 0;
    for (char c : label.substr(4, label.size() - 8)) {
      const bool capital = c >= 'A' && c <= 'Z';
      if (capital && previous >= 'a' && previous <= 'z') out += ' ';
      out += capital ? static_cast<char>(c - 'A' + 'a') : c;
      previous = c;
    }
    return out;
  }
  // Google's built-in labels are constants ("DOMESTIC_PARTNER" is "domestic partner"); a label the
  // user typed in capitals stays as typed.
  static constexpr std::array<std::string_view, 24> google_constants = {
      "ANNIVERSARY",   "ASSISTANT", "BLOG",      "BROTHER",     "CHILD",    "DOMESTIC_PARTNER", "FATHER", "FRIEND",
      "GRAND_CENTRAL", "HOME",      "HOME_PAGE", "MAIN",        "MANAGER",  "MOBILE",           "MOTHER", "OTHER",
      "PARENT",        "PARTNER",   "PROFILE",   "REFERRED_BY", "RELATIVE", "SISTER",           "SPOUSE", "WORK"};
  if (std::find(google_constants.begin(), google_constants.end(), label) == google_constants.end())
    return std::string(label);
  std::string out;
  for (char c : label) out += c == '_' ? ' ' : static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace rel::interop::vcard
