// What the line-based editors of contact files (text_edit, merge) agree a line is.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "rel/core/error.hpp"

namespace rel::journal::line_text {

// Refuses a text that breaks a line other than with "\n" or "\r\n": a carriage return alone, or NEL,
// LINE SEPARATOR or PARAGRAPH SEPARATOR, which YAML 1.1 (libyaml) reads as line breaks too; and a
// byte order mark after the first byte, which libyaml reads as the start of a new stream. The
// line-based editors count lines at "\n" only, so they would edit the wrong line, or cut a value in
// two. `shown` names the file ("" for none).
inline void refuse_other_line_breaks(std::string_view text, std::string_view shown) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c != '\r' && c != 0xC2 && c != 0xE2 && c != 0xEF) continue;
    std::string_view name;
    if (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
      name = "a carriage return alone (not before a newline) breaks the line here";
    else if (text.substr(i, 2) == "\xC2\x85")
      name = "the character NEL (U+0085) breaks the line here";
    else if (text.substr(i, 3) == "\xE2\x80\xA8")
      name = "the character LINE SEPARATOR (U+2028) breaks the line here";
    else if (text.substr(i, 3) == "\xE2\x80\xA9")
      name = "the character PARAGRAPH SEPARATOR (U+2029) breaks the line here";
    else if (i > 0 && text.substr(i, 3) == "\xEF\xBB\xBF")
      name = "a byte order mark (U+FEFF) out of place, which YAML reads as a new start, is here";
    else
      continue;
    const auto before = text.substr(0, i);
    const auto line = std::count(before.begin(), before.end(), '\n') + 1;
    const auto start = before.rfind('\n');
    const auto column = i - (start == std::string_view::npos ? 0 : start + 1) + 1;
    const auto where =
        shown.empty() ? fmt::format("line {}, column {}", line, column) : fmt::format("{}:{}:{}", shown, line, column);
    throw Error(
        fmt::format("{}: {}, and rel edits a file only at its newlines: replace it by a newline (or remove "
                    "it) and run the command again; nothing was written",
                    where, name));
  }
}

// A line without its "\n" or "\r\n".
inline std::string_view without_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// Where a scalar's text starts on its line when its node starts at `column`: past a tag (`!t 'x'`).
inline size_t past_tag(std::string_view line, size_t column) {
  if (column >= line.size() || line[column] != '!') return column;
  const size_t blank = line.find_first_of(" \t", column);
  if (blank == std::string_view::npos) return line.size();
  const size_t next = line.find_first_not_of(" \t", blank);
  return next == std::string_view::npos ? line.size() : next;
}

// Whether the scalar starting at `column` of `line` is a block scalar that keeps its final line breaks
// (`|+`, `>+`, after a tag or not): the blank lines after its text are part of its value.
inline bool keeps_final_line_breaks(std::string_view line, size_t column) {
  const size_t at = past_tag(line, column);
  if (at >= line.size() || (line[at] != '|' && line[at] != '>')) return false;
  for (size_t i = at + 1; i < line.size() && ((line[i] >= '1' && line[i] <= '9') || line[i] == '+' || line[i] == '-');
       ++i)
    if (line[i] == '+') return true;
  return false;
}

// The line a quoted scalar (`'...'`, `"..."`) starting at `column` of line `first` ends on: one may span
// lines, and a line of it that starts with `#` is its text, not a comment (found by the text_edit fuzz
// target: `rel log` put its entry above such a line, inside the quotes). `first` when no quoted scalar
// starts there. `line_at(i)` is line i without its line end, for i < `count`.
template <typename LineAt>
int quoted_scalar_last_line(const LineAt& line_at, int count, int first, size_t column) {
  if (first >= count) return first;
  const std::string_view start = line_at(first);
  const size_t at = past_tag(start, column);
  if (at >= start.size() || (start[at] != '\'' && start[at] != '"')) return first;
  const char quote = start[at];
  size_t i = at + 1;
  for (int l = first; l < count; ++l, i = 0) {
    const std::string_view text = line_at(l);
    for (; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;  // an escaped character (or line break)
      } else if (text[i] == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;  // '' is a quote inside single quotes
          continue;
        }
        return l;
      }
    }
  }
  return count - 1;
}

// Where the text of a quoted or block scalar that starts at `column` of line `first` and ends a value
// ends, at or after `end` (the line after the value's last line of content, as the blank lines and
// comments before `limit` are set aside for what follows) and at most `limit`. Past the last line of a
// quoted scalar, which may look like a comment; and past the blank lines a block scalar that keeps its
// final line breaks holds (found by the text_edit fuzz target: a new key went between `name: |+` and
// its blank line, and the name became empty). Comment lines end such a scalar, and a last line of
// blanks without a line break is not part of it (with one it would be). The text edits and the merge
// driver place what they add, move or remove by it. `line_at(i)` is line i without its line end,
// `has_line_end(i)` whether it has one.
template <typename LineAt, typename HasLineEnd>
int scalar_text_end(const LineAt& line_at, const HasLineEnd& has_line_end, int first, size_t column, int end,
                    int limit) {
  if (first >= limit) return end;
  end = std::max(end, quoted_scalar_last_line(line_at, limit, first, column) + 1);
  if (!keeps_final_line_breaks(line_at(first), column)) return end;
  while (end < limit && has_line_end(end) && line_at(end).find_first_not_of(" \t") == std::string_view::npos) ++end;
  return end;
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
