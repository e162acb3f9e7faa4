// The line arithmetic the text editors of src/journal share (private to this folder): a file as lines,
// the line spans of map entries and list items as the parsed tree places them, and the few rules of
// where new lines go.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "rel/core/error.hpp"
#include "rel/journal/line_text.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::journal::lines {

// A shape of file the edits do not extend, refused before anything is written. Its text says where
// ("line 3, column 5: ..."); prepare_edit, which knows the file, names it instead (FILE:3:5: ...).
class Refusal : public Error {
 public:
  Refusal(const YamlNode* at, const std::string& message)
      : Error(at ? fmt::format("line {}, column {}: {}", at->line + 1, at->column + 1, message) : message),
        m_line(at ? at->line + 1 : 0),
        m_column(at ? at->column + 1 : 0),
        m_message(message) {}

  // The same refusal, naming `file`.
  Error in(std::string_view file) const { return Error(Location{std::string(file), m_line, m_column}, m_message); }

 private:
  int m_line;
  int m_column;
  std::string m_message;
};

[[noreturn]] inline void unsupported(std::string_view what) {
  throw Refusal(nullptr, fmt::format("{} is written in flow style ({{...}} or [...]); rel edits only block style, "
                                     "so please edit it by hand",
                                     what));
}

// Refuses a file whose layout the edits cannot extend. One flow map (`{name: A}`): a line added below
// it would be a second document. A key written after `? ` (an explicit key: `? name`, then `: value`):
// edits take the indentation of what they add from a map's column, which is the `?`'s, and a new
// top-level key went two columns right of the file's keys, under the last value. No contact needs
// either (both found by the text_edit fuzz target).
inline void refuse_unextendable_layout(const YamlNode& root) {
  if (root.flow) unsupported("the whole file");
  if (const auto* key = first_explicit_key(root))
    throw Refusal(key,
                  "a key is written after '?' (an explicit key), and rel edits only keys written 'key: value': "
                  "please edit it by hand");
}

// The file split into lines, remembering where each begins and whether it uses CRLF. A byte
// order mark is not part of the first line, as the parsed tree's columns do not count it, and
// stays in front of it.
class Lines {
 public:
  // With the file's tree, an addition after a last line without a line break keeps the value of a
  // block scalar there (see chomp_final_block_scalar).
  // A file of a layout the edits cannot extend is refused (see refuse_unextendable_layout).
  explicit Lines(std::string_view text, const YamlNode* root = nullptr)
      : m_text(text), m_end(line_text::document_end(text)), m_root(root) {
    line_text::refuse_other_line_breaks(text, "");
    if (root) refuse_unextendable_layout(*root);
    size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    m_text_start = start;
    while (start < m_end) {
      m_starts.push_back(start);
      auto nl = text.find('\n', start);
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    m_crlf = text.find("\r\n") != std::string_view::npos;
  }

  // The lines of the document: a `...` end marker and what follows it are not among them, and stay
  // after whatever is added at the end (see line_text::document_end).
  int count() const { return static_cast<int>(m_starts.size()); }
  size_t offset(int line) const { return line < count() ? m_starts[line] : m_end; }

  std::string_view line(int i) const {
    auto begin = m_starts[i];
    auto end = i + 1 < count() ? m_starts[i + 1] : m_end;
    return line_text::without_line_end(m_text.substr(begin, end - begin));
  }

  // Whether line `i` ends in a line break (all but possibly the last one do).
  bool has_line_end(int i) const { return i + 1 < count() || m_text.substr(0, m_end).ends_with('\n'); }

  // Lines that carry no content: blank, or a comment starting at or left of `column`.
  bool is_filler(int i, int column) const { return line_text::is_filler(line(i), column); }

  // Line `i` holding `content` instead of its own, with its own line end: in a file of mixed line
  // ends a line the edit rewrites keeps it (found by the text_edit fuzz target), and a last line
  // without one stays without.
  std::string rewrite(int i, std::string_view content) const {
    std::string out(m_text.substr(0, m_starts[i]));
    out += content;
    out += m_text.substr(m_starts[i] + line(i).size());
    return out;
  }

  // Replaces lines [begin, end) with `replacement` (whole lines, each ending in a newline).
  std::string replace(int begin, int end, std::string replacement) const {
    if (m_crlf) replacement = to_crlf(replacement);
    std::string out(m_text.substr(0, offset(begin)));
    if (out.size() > m_text_start && out.back() != '\n') {
      chomp_final_block_scalar(out);
      out += m_crlf ? "\r\n" : "\n";
    }
    out += replacement;
    out += m_text.substr(offset(end));
    return out;
  }

 private:
  static std::string to_crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
      if (c == '\n') out += '\r';
      out += c;
    }
    return out;
  }

  // A file whose last line has no line break and ends a block scalar (`note: |` and its lines, as
  // editors that add no final newline save it): that value has no final newline, and would gain one
  // with the line break an addition after it needs (under the default "clip" chomping, or "keep").
  // Its header then says "strip" (`|-`), which keeps the value as it was: one line changes instead of
  // the value. `out` is the text up to the end of that line.
  void chomp_final_block_scalar(std::string& out) const {
    if (!m_root) return;
    const YamlNode* last = &last_node(*m_root);
    if (last->kind != YamlNode::Kind::scalar || last->plain || last->value.empty() || last->value.back() == '\n' ||
        last->line >= count())
      return;
    const size_t at = offset(last->line) + static_cast<size_t>(last->column);
    if (at >= out.size() || (out[at] != '|' && out[at] != '>')) return;
    size_t end = at + 1;
    std::string indentation;
    for (; end < out.size() && ((out[end] >= '1' && out[end] <= '9') || out[end] == '+' || out[end] == '-'); ++end)
      if (out[end] != '+' && out[end] != '-') indentation += out[end];
    out.replace(at + 1, end - at - 1, indentation + "-");
  }

  std::string_view m_text;
  size_t m_end = 0;  // where the document ends: the text's end, or a `...` line
  const YamlNode* m_root = nullptr;
  size_t m_text_start = 0;  // after a byte order mark
  std::vector<size_t> m_starts;
  bool m_crlf = false;
};

// Where the text of `value` ends, at or after `end` and at most `limit`: past the lines its last
// scalar holds that look like what follows it (see line_text::scalar_text_end).
inline int past_value_text(const Lines& lines, const YamlNode& value, int end, int limit) {
  const auto& last = last_node(value);
  if (last.kind != YamlNode::Kind::scalar || last.plain) return end;
  return line_text::scalar_text_end([&lines](int i) { return lines.line(i); },
                                    [&lines](int i) { return lines.has_line_end(i); }, last.line,
                                    static_cast<size_t>(last.column), end, std::min(limit, lines.count()));
}

// Line span [begin, end) of entry `index` of a block map: from its key to the next
// key, less trailing blank lines and comments that belong to what follows.
inline std::pair<int, int> entry_span(const Lines& lines, const YamlNode& map, size_t index, int limit) {
  const auto& key = map.entries[index].first;
  int begin = key.line;
  const int next = index + 1 < map.entries.size() ? map.entries[index + 1].first.line : limit;
  int end = next;
  while (end > begin + 1 && lines.is_filler(end - 1, key.column)) --end;
  return {begin, past_value_text(lines, map.entries[index].second, end, next)};
}

// Span of item `index` of a block sequence, likewise.
inline std::pair<int, int> item_span(const Lines& lines, const YamlNode& seq, size_t index, int limit) {
  int begin = seq.items[index].line;
  const int next = index + 1 < seq.items.size() ? seq.items[index + 1].line : limit;
  int end = next;
  while (end > begin + 1 && lines.is_filler(end - 1, seq.column)) --end;
  return {begin, past_value_text(lines, seq.items[index], end, next)};
}

inline size_t find_index(const YamlNode& map, std::string_view key) {
  for (size_t i = 0; i < map.entries.size(); ++i)
    if (map.entries[i].first.value == key) return i;
  return map.entries.size();
}

inline bool is_empty_value(const YamlNode& node) {
  if (node.kind == YamlNode::Kind::null) return true;
  if (node.kind == YamlNode::Kind::scalar)
    return node.plain && (node.value.empty() || node.value == "~" || node.value == "null");
  if (node.flow) return node.items.empty() && node.entries.empty();
  return false;
}

inline std::string indent_lines(const std::string& block, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  std::string out;
  size_t start = 0;
  while (start < block.size()) {
    auto nl = block.find('\n', start);
    auto piece = block.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    out += piece.empty() ? "" : pad;
    out += piece;
    out += '\n';
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

// Where a scalar starting at `column` of `line` ends, so a trailing comment survives.
inline size_t scalar_end(std::string_view line, size_t column) {
  if (column >= line.size()) return line.size();
  size_t end = line.size();
  if (line[column] == '"') {
    for (size_t i = column + 1; i < line.size(); ++i) {
      if (line[i] == '\\')
        ++i;
      else if (line[i] == '"') {
        end = i + 1;
        break;
      }
    }
  } else if (line[column] == '\'') {
    for (size_t i = column + 1; i < line.size(); ++i) {
      if (line[i] == '\'' && i + 1 < line.size() && line[i + 1] == '\'')
        ++i;
      else if (line[i] == '\'') {
        end = i + 1;
        break;
      }
    }
  } else {
    for (size_t i = column; i < line.size(); ++i)
      if (line[i] == '#' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
        end = i;
        break;
      }
  }
  while (end > column && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  return end;
}

// The line of a key whose empty value (nothing, `~`, `[]`, `{}`) is about to become a block:
// the key and colon, then the line's comment if it had one (without its line end).
inline std::string key_line_without_value(const Lines& lines, const YamlNode& key) {
  auto line = lines.line(key.line);
  auto colon = line.find(':', key.column + key.value.size());
  auto after = colon == std::string_view::npos ? std::string_view{} : line.substr(colon + 1);
  // Nothing but blanks after the colon: the line stays exactly as it was (found by the text_edit fuzz
  // target: `log:  ` lost its two blanks, a change to a line the edit had no need to touch).
  if (colon != std::string_view::npos && after.find_first_not_of(" \t") == std::string_view::npos)
    return std::string(line);
  auto hash = after.find('#');
  std::string out(line.substr(0, colon == std::string_view::npos ? line.size() : colon + 1));
  if (hash != std::string_view::npos) {
    // With no value before the comment, the line stays exactly as it was.
    auto gap = after.substr(0, hash);
    out += gap.find_first_not_of(" \t") == std::string_view::npos ? gap : " ";
    out += after.substr(hash);
  }
  return out;
}

// Where lines indented deeper than `indent` are added at line `at`: below the blank lines that follow
// it when one of them holds more blanks than `indent`. A block scalar the new lines end with (a note
// of several lines) would read such a line as its own text; a line of blanks up to its indentation is
// only the blank line it is (found by the text_edit fuzz target).
inline int below_deep_blank_lines(const Lines& lines, int at, int indent) {
  int end = at;
  bool deep = false;
  for (; end < lines.count(); ++end) {
    const auto line = lines.line(end);
    if (line.find_first_not_of(" \t") != std::string_view::npos) break;
    deep = deep || static_cast<int>(line.size()) > indent;
  }
  return deep ? end : at;
}

// The column of the file's top-level keys: 0, but for a file indented as a whole (` name: A`),
// whose new keys must line up with its own or start another document (found by the text_edit fuzz
// target).
inline int top_level_column(const YamlNode& root) {
  return root.entries.empty() ? 0 : root.entries.front().first.column;
}

// The line `key:` of a new top-level entry, at the column of the file's keys.
inline std::string new_top_level_key(const YamlNode& root, std::string_view key) {
  return fmt::format("{:{}}{}:\n", "", top_level_column(root), key);
}

// The end of the file's content: where lines are added at the end, above a comment the file ends with
// (`# TODO: ask about the new job`) and the blank lines before it, which stay last (but for blank lines
// a block scalar would read: see below_deep_blank_lines); the very end when only blank lines follow,
// so that the old text stays a prefix. But a last line of blanks without a line break after a block
// scalar that keeps its final line breaks stays last when it is no part of the value (which is empty or
// ends in a line break): with a line break it would be. (When it is, its text is the value's end, kept as it is
// by chomp_final_block_scalar.)
inline int end_of_content(const Lines& lines, const YamlNode& root) {
  if (root.entries.empty()) return lines.count();
  int end = entry_span(lines, root, root.entries.size() - 1, lines.count()).second;
  for (int i = end; i < lines.count(); ++i)
    if (lines.line(i).find_first_not_of(" \t\r") != std::string_view::npos)
      return below_deep_blank_lines(lines, end, top_level_column(root));
  const int last = lines.count() - 1;
  const auto& scalar = last_node(root);
  if (end == last && !lines.has_line_end(last) && scalar.kind == YamlNode::Kind::scalar && !scalar.plain &&
      scalar.line < lines.count() &&
      line_text::keeps_final_line_breaks(lines.line(scalar.line), static_cast<size_t>(scalar.column)) &&
      (scalar.value.empty() || scalar.value.ends_with('\n')))
    return last;
  return lines.count();
}

// Where a new top-level key goes: before a log (and the comment lines just above it), so
// the log stays last and appendable; else at the end of the file.
inline int new_top_level_line(const Lines& lines, const YamlNode& root) {
  int at = end_of_content(lines, root);
  auto log = find_index(root, "log");
  if (log == root.entries.size()) return at;
  at = root.entries[log].first.line;
  while (at > 0 && lines.is_filler(at - 1, 0) && lines.line(at - 1).starts_with("#")) --at;
  return at;
}

// The line of item `index`'s `-`, which may sit on a line above the item's first key.
inline int dash_line(const Lines& lines, const YamlNode& seq, size_t index) {
  int line = seq.items[index].line;
  int floor = index == 0 ? seq.line : seq.items[index - 1].line + 1;
  for (int l = line; l >= floor && l >= 0; --l) {
    auto text = lines.line(l);
    auto first = text.find_first_not_of(' ');
    if (first != std::string_view::npos && static_cast<int>(first) == seq.column && text[first] == '-') return l;
  }
  return line;
}

// Lines [begin, end) of item `index` of a block sequence: from its `-` to its last line of content
// (blank lines and comments after it belong to what follows). `limit` is where the list's lines end.
inline std::pair<int, int> item_extent(const Lines& lines, const YamlNode& seq, size_t index, int limit) {
  int begin = dash_line(lines, seq, index);
  const int next = index + 1 < seq.items.size() ? dash_line(lines, seq, index + 1) : limit;
  int end = next;
  while (end > begin + 1 && lines.is_filler(end - 1, seq.column)) --end;
  return {begin, past_value_text(lines, seq.items[index], end, next)};
}

// The block list under top-level `list_key` and the line where its entry ends; throws unless there is
// an item `index` that is a block map.
struct ListItem {
  const YamlNode* key = nullptr;  // the list's key
  const YamlNode* seq = nullptr;
  const YamlNode* item = nullptr;
  int limit = 0;  // where the list's entry ends
  int begin = 0;  // the item's lines
  int end = 0;
};

inline ListItem list_item(const Lines& lines, const YamlNode& root, std::string_view list_key, size_t index) {
  auto at = find_index(root, list_key);
  if (at == root.entries.size()) throw Error(fmt::format("no {}", list_key));
  const auto& list = root.entries[at].second;
  if (list.kind != YamlNode::Kind::sequence || index >= list.items.size())
    throw Error(fmt::format("no item {} in {}", index + 1, list_key));
  if (list.flow || list.items[index].flow || list.items[index].kind != YamlNode::Kind::map)
    unsupported(fmt::format("item {} of {}", index + 1, list_key));
  ListItem out;
  out.key = &root.entries[at].first;
  out.seq = &list;
  out.item = &list.items[index];
  out.limit = entry_span(lines, root, at, lines.count()).second;
  std::tie(out.begin, out.end) = item_extent(lines, list, index, out.limit);
  return out;
}

// Where a plain scalar inside a flow collection ends (`,`, `]`, `}` or a comment), or a quoted one.
inline size_t flow_scalar_end(std::string_view line, size_t column) {
  if (column < line.size() && (line[column] == '"' || line[column] == '\'')) return scalar_end(line, column);
  size_t end = line.size();
  for (size_t i = column; i < line.size(); ++i)
    if (line[i] == ',' || line[i] == ']' || line[i] == '}' ||
        (line[i] == '#' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t'))) {
      end = i;
      break;
    }
  while (end > column && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  return end;
}

// How the empty value `value` of `key` is written when the edits cannot fill it in place, leaving it to
// the user (both found by the text_edit fuzz target): "on a line of its own", `null`, `~`, `[]` or `{}`
// below the key (a missing value is placed where the next token starts, and is not one of these), which
// the new lines went below; "over several lines", `{` or `[` with its closing bracket on a line below
// (`details: {`, blank lines, `}`), whose `{` the key line lost while the `}` stayed below the new lines.
inline std::optional<std::string_view> unfillable_empty_value(const Lines& lines, const YamlNode& key,
                                                              const YamlNode& value) {
  if (value.line >= lines.count()) return std::nullopt;
  const auto line = lines.line(value.line);
  if (value.line > key.line) {
    const auto rest = line.substr(static_cast<size_t>(value.column));
    auto alone = [&](std::string_view word) {
      return rest.starts_with(word) && (rest.size() == word.size() || rest[word.size()] == ' ' ||
                                        rest[word.size()] == '\t' || rest[word.size()] == '#');
    };
    for (std::string_view word : {"null", "Null", "NULL", "~", "[]", "{}"})
      if (alone(word)) return "on a line of its own";
  }
  if (value.flow) {
    const auto inside = line.find_first_not_of(" \t", static_cast<size_t>(value.column) + 1);
    const char closing = value.kind == YamlNode::Kind::map ? '}' : ']';
    if (inside == std::string_view::npos || line[inside] != closing) return "over several lines";
  }
  return std::nullopt;
}

// Fills the empty value of top-level entry `index` (`log:`, `log: ~`, `details: []`) with `block`,
// lines indented under its key: the key line loses its value and keeps its comment. Comment lines
// indented under the key stay right under it, above the block: after a block scalar that ends the
// block (a note of several lines) they would read as its text (found by the text_edit fuzz target).
inline std::string fill_empty_value(const Lines& lines, const YamlNode& root, size_t index, const std::string& block) {
  const auto& key = root.entries[index].first;
  const auto& value = root.entries[index].second;
  if (const auto how = unfillable_empty_value(lines, key, value))
    throw Refusal(&value, fmt::format("the empty value of {} is written {}; write `{}:` alone on its line (or edit "
                                      "the file with rel edit) and run the command again",
                                      key.value, *how, key.value));
  const int end = below_deep_blank_lines(lines, entry_span(lines, root, index, lines.count()).second, key.column);
  const auto key_line = key_line_without_value(lines, key);
  // A key line that stays as it is is not written again; one that changes keeps its line end.
  if (key_line == lines.line(key.line)) return lines.replace(end, end, block);
  return Lines(lines.rewrite(key.line, key_line), &root).replace(end, end, block);
}

}  // namespace rel::journal::lines
