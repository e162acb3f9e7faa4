// The values of vCard properties as text: transfer encoding and charset undone, escapes read,
// structured values split, labels named.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vcard_lines.hpp"

namespace rel::interop::vcard {

enum class Version { v21, v30, v40 };

// The bytes of a value as UTF-8: quoted-printable or base64 undone, then the CHARSET read.
struct DecodedValue {
  std::optional<std::string> text;  // nothing when the charset cannot be read
  bool replaced = false;            // bytes labelled UTF-8 were not, and were replaced by U+FFFD
  bool bad_base64 = false;
};
DecodedValue decode_value(const ContentLine& property);

// Splits a value at each `separator` that no backslash escapes; escapes are left for `unescape`.
std::vector<std::string_view> split_unescaped(std::string_view value, char separator);

// Escapes read: in 3.0 and 4.0 "\n" "\N" are a line break and "\x" is x ("\\" "\," "\;", and the
// "\:" Google writes in URLs); vCard 2.1 knows only "\;" (and "\," "\\" some phones write).
std::string unescape(std::string_view value, Version version);

// An address-book label as rel names it: Apple's built-in "_$!<HomePage>!$_" is "home page",
// Google's built-in "REFERRED_BY" is "referred by"; a label the user typed is kept as written.
std::string label_name(std::string_view label);

}  // namespace rel::interop::vcard
