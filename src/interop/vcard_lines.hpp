// vCard content lines: the physical lines of a file unfolded into `group.NAME;params:value`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rel::interop::vcard {

struct Param {
  std::string name;   // upper-case; a bare vCard 2.1 parameter is named TYPE (or ENCODING, CHARSET when it is one)
  std::string value;  // as written, without surrounding double quotes
};

struct ContentLine {
  int line = 0;       // the physical line it starts on, from 1
  std::string group;  // upper-case ("ITEM1" of Apple's "item1.EMAIL"), empty when none
  std::string name;   // upper-case; empty for a line that is not a property (then `value` is the line)
  std::vector<Param> params;
  std::string value;  // still encoded and escaped as written, soft breaks and folds joined

  // The first value of a parameter, or "" when absent.
  std::string_view param(std::string_view name) const;
  bool is_quoted_printable() const;
  bool is_base64() const;
};

// The content lines of `text`, without blank lines. Unfolds lines continued by a space or a tab
// (also inside parameters and UTF-8 characters), joins quoted-printable soft breaks (a value line
// ending in "="), and the unindented base64 lines of vCard 2.1 up to their blank line. Lines may
// end in CRLF, LF, or CR CR LF.
std::vector<ContentLine> read_content_lines(std::string_view text);

// ASCII upper-case, for the case-insensitive names of vCard.
std::string upper(std::string_view text);

// Whether two names or values are equal but for ASCII case.
bool equals_folded(std::string_view a, std::string_view b);

}  // namespace rel::interop::vcard
