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

// Whether `line` is a document end marker, `...` (alone, or before blanks or a comment).
inline bool is_document_end(std::string_view line) {
  line = without_line_end(line);
  return line.starts_with("...") && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
}

// Where the document ends in `text`: the start of a `...` line that only blank lines, comments and
// more markers follow, else the end of the text. What an edit or a merge adds goes before it: after
// it, it would be outside the document (a second one, or an error).
inline size_t document_end(std::string_view text) {
  size_t end = text.size();
  size_t line_end = text.size();
  while (line_end > 0) {
    // The line is [start, line_end); its start is after the line break before its own.
    const size_t own_break = text[line_end - 1] == '\n' ? line_end - 1 : line_end;
    size_t start = own_break == 0 ? std::string_view::npos : text.rfind('\n', own_break - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    auto line = text.substr(start, line_end - start);
    if (is_document_end(line))
      end = start;
    else if (!is_filler(without_line_end(line), static_cast<int>(line.size())))
      break;
    line_end = start;
  }
  return end;
}

}  // namespace rel::journal::line_text
