// What the line-based editors of contact files (text_edit, merge) agree a line is.
#pragma once

#include <string_view>

namespace rel::journal::line_text {

// A line without its "\n" or "\r\n".
inline std::string_view without_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// Blank, or a comment starting at or left of `column`: such lines belong to what follows them,
// so an edit or a merge of the item above leaves them in place.
inline bool is_filler(std::string_view line, int column) {
  auto first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return true;
  return line[first] == '#' && static_cast<int>(first) <= column;
}

}  // namespace rel::journal::line_text
