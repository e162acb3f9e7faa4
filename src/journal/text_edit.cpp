// Line-range arithmetic over a YAML file's text, guided by the parsed tree's positions.
#include "rel/journal/text_edit.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "rel/core/error.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/line_text.hpp"

namespace rel::journal {
namespace {

// The file split into lines, remembering where each begins and whether it uses CRLF. A byte
// order mark is not part of the first line, as the parsed tree's columns do not count it, and
// stays in front of it.
class Lines {
 public:
  explicit Lines(std::string_view text) : m_text(text) {
    size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    m_text_start = start;
    while (start < text.size()) {
      m_starts.push_back(start);
      auto nl = text.find('\n', start);
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    m_crlf = text.find("\r\n") != std::string_view::npos;
  }

  int count() const { return static_cast<int>(m_starts.size()); }
  size_t offset(int line) const { return line < count() ? m_starts[line] : m_text.size(); }

  std::string_view line(int i) const {
    auto begin = m_starts[i];
    auto end = i + 1 < count() ? m_starts[i + 1] : m_text.size();
    return line_text::without_line_end(m_text.substr(begin, end - begin));
  }

  // Lines that carry no content: blank, or a comment starting at or left of `column`.
  bool is_filler(int i, int column) const { return line_text::is_filler(line(i), column); }

  // Replaces lines [begin, end) with `replacement` (whole lines, each ending in a newline).
  std::string replace(int begin, int end, std::string replacement) const {
    if (m_crlf) replacement = to_crlf(replacement);
    std::string out(m_text.substr(0, offset(begin)));
    if (out.size() > m_text_start && out.back() != '\n') out += m_crlf ? "\r\n" : "\n";
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

  std::string_view m_text;
  size_t m_text_start = 0;  // after a byte order mark
  std::vector<size_t> m_starts;
  bool m_crlf = false;
};

// Line span [begin, end) of entry `index` of a block map: from its key to the next
// key, less trailing blank lines and comments that belong to what follows.
std::pair<int, int> entry_span(const Lines& lines, const YamlNode& map, size_t index, int limit) {
  const auto& key = map.entries[index].first;
  int begin = key.line;
  int end = index + 1 < map.entries.size() ? map.entries[index + 1].first.line : limit;
  while (end > begin + 1 && lines.is_filler(end - 1, key.column)) --end;
  return {begin, end};
}

// Span of item `index` of a block sequence, likewise.
std::pair<int, int> item_span(const Lines& lines, const YamlNode& seq, size_t index, int limit) {
  int begin = seq.items[index].line;
  int end = index + 1 < seq.items.size() ? seq.items[index + 1].line : limit;
  while (end > begin + 1 && lines.is_filler(end - 1, seq.column)) --end;
  return {begin, end};
}

size_t find_index(const YamlNode& map, std::string_view key) {
  for (size_t i = 0; i < map.entries.size(); ++i)
    if (map.entries[i].first.value == key) return i;
  return map.entries.size();
}

bool is_empty_value(const YamlNode& node) {
  if (node.kind == YamlNode::Kind::null) return true;
  if (node.kind == YamlNode::Kind::scalar)
    return node.plain && (node.value.empty() || node.value == "~" || node.value == "null");
  if (node.flow) return node.items.empty() && node.entries.empty();
  return false;
}

std::string indent_lines(const std::string& block, int indent) {
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

void emit_value(YAML::Emitter& e, const ItemValue& v) {
  if (v.list) {
    e << YAML::Flow << YAML::BeginSeq;
    for (const auto& x : *v.list) e << x;
    e << YAML::EndSeq;
  } else if (v.scalar.find('\n') != std::string::npos) {
    // Multi-line text reads best as a literal block, but yaml-cpp writes only `|` (clip:
    // exactly one final newline), so any other ending goes double-quoted, which is exact.
    auto size = v.scalar.size();
    if (size >= 2 && v.scalar[size - 1] == '\n' && v.scalar[size - 2] != '\n' &&
        v.scalar.find_first_of("\r\t") == std::string::npos && v.scalar.find(" \n") == std::string::npos &&
        v.scalar.front() != ' ' && v.scalar.front() != '\n')
      e << YAML::Literal << v.scalar;
    else
      e << YAML::DoubleQuoted << v.scalar;
  } else {
    e << v.scalar;
  }
}

std::string render_item(const std::vector<ItemValue>& item, int key_offset) {
  YAML::Emitter e;
  e.SetIndent(static_cast<size_t>(std::clamp(key_offset, 2, 9)));
  e << YAML::BeginSeq << YAML::BeginMap;
  for (const auto& v : item) {
    e << YAML::Key << v.key << YAML::Value;
    emit_value(e, v);
  }
  e << YAML::EndMap << YAML::EndSeq;
  if (!e.good()) throw Error(fmt::format("cannot write entry: {}", e.GetLastError()));
  return std::string(e.c_str()) + "\n";
}

std::string render_key_value(const std::string& key, const ItemValue& value) {
  if (!value.list) {
    if (auto block = literal_block(value.scalar)) return render_scalar(key) + ": " + *block;
  }
  YAML::Emitter e;
  e << YAML::BeginMap << YAML::Key << key << YAML::Value;
  emit_value(e, value);
  e << YAML::EndMap;
  if (!e.good()) throw Error(fmt::format("cannot write {}: {}", key, e.GetLastError()));
  return std::string(e.c_str()) + "\n";
}

// Where a scalar starting at `column` of `line` ends, so a trailing comment survives.
size_t scalar_end(std::string_view line, size_t column) {
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

// Where a scalar inside a flow collection (`[a, "b"]`) ends on its line: a quoted one at its
// closing quote, a plain one before the `,`, `]`, `}` or ` #` that ends it.
size_t flow_scalar_end(std::string_view line, size_t column) {
  if (column < line.size() && (line[column] == '"' || line[column] == '\'')) return scalar_end(line, column);
  size_t end = line.size();
  for (size_t i = column; i < line.size(); ++i) {
    if (line[i] == ',' || line[i] == ']' || line[i] == '}' ||
        (line[i] == '#' && i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t'))) {
      end = i;
      break;
    }
  }
  while (end > column && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  return end;
}

// One value as an item of a flow list: quoted when a flow list needs it ("a, b", "[x]").
std::string render_flow_item(const std::string& value) {
  YAML::Emitter e;
  e << YAML::Flow << YAML::BeginSeq << value << YAML::EndSeq;
  std::string out = e.c_str();
  return out.substr(1, out.size() - 2);
}

std::string join_flow_items(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + render_flow_item(v);
  return out;
}

// The map that holds the last key of `path`, and the line where that map's lines end.
struct Parent {
  const YamlNode* map;
  int limit;
};

[[noreturn]] void unsupported(std::string_view what) {
  throw Error(
      fmt::format("{} is written in flow style ({{...}} or [...]); rel edits only block style, so "
                  "please edit it by hand",
                  what));
}

// The line of a key whose empty value (nothing, `~`, `[]`, `{}`) is about to become a block:
// the key and colon, then the line's comment if it had one.
std::string key_line_without_value(const Lines& lines, const YamlNode& key) {
  auto line = lines.line(key.line);
  auto colon = line.find(':', key.column + key.value.size());
  auto after = colon == std::string_view::npos ? std::string_view{} : line.substr(colon + 1);
  auto hash = after.find('#');
  std::string out(line.substr(0, colon == std::string_view::npos ? line.size() : colon + 1));
  if (hash != std::string_view::npos) {
    // With no value before the comment, the line stays exactly as it was.
    auto gap = after.substr(0, hash);
    out += gap.find_first_not_of(" \t") == std::string_view::npos ? gap : " ";
    out += after.substr(hash);
  }
  return out + '\n';
}

// Where a new top-level key goes: before a log (and the comment lines just above it), so
// the log stays last and appendable; else at the end of the file.
int new_top_level_line(const Lines& lines, const YamlNode& root) {
  int at = lines.count();
  auto log = find_index(root, "log");
  if (log == root.entries.size()) return at;
  at = root.entries[log].first.line;
  while (at > 0 && lines.is_filler(at - 1, 0) && lines.line(at - 1).starts_with("#")) --at;
  return at;
}

std::string join_path(const KeyPath& path) {
  std::string out;
  for (const auto& k : path) out += (out.empty() ? "" : ".") + k;
  return out;
}

}  // namespace

std::string render_scalar(const std::string& value) {
  YAML::Emitter e;
  e << value;
  return e.c_str();
}

std::string append_list_item(std::string_view text, const YamlNode& root, std::string_view list_key,
                             const std::vector<ItemValue>& item) {
  Lines lines(text);
  auto index = find_index(root, list_key);
  if (index == root.entries.size()) {
    // No list yet: start one at the end of the file.
    return lines.replace(lines.count(), lines.count(),
                         fmt::format("{}:\n", list_key) + indent_lines(render_item(item, 2), 2));
  }
  const auto& key = root.entries[index].first;
  const auto& list = root.entries[index].second;
  auto [begin, end] = entry_span(lines, root, index, lines.count());
  if (is_empty_value(list)) {
    // `log:`, `log: ~` or `log: []`: keep the key line's comment, put the list below it.
    return lines.replace(key.line, key.line + 1,
                         key_line_without_value(lines, key) + indent_lines(render_item(item, 2), key.column + 2));
  }
  if (list.kind != YamlNode::Kind::sequence) throw Error(fmt::format("\"{}\" is not a list", list_key));
  if (list.flow) unsupported(list_key);
  int indent = list.column;
  int key_offset = 2;
  if (!list.items.empty() && list.items.front().kind == YamlNode::Kind::map && !list.items.front().flow)
    key_offset = list.items.front().column - list.column;
  auto rendered = indent_lines(render_item(item, key_offset), indent);
  // A list that ends the file grows at the very end, so the old text stays a prefix.
  int at = index + 1 == root.entries.size() ? lines.count() : end;
  return lines.replace(at, at, rendered);
}

std::string append_list_item(std::string_view text, const YamlNode& root, std::string_view list_key,
                             const std::vector<std::pair<std::string, std::string>>& item) {
  std::vector<ItemValue> values;
  for (const auto& [k, v] : item) values.push_back({k, v, std::nullopt});
  return append_list_item(text, root, list_key, values);
}

std::string set_value(std::string_view text, const YamlNode& root, const KeyPath& path, const ItemValue& value) {
  Lines lines(text);
  const YamlNode* map = &root;
  int limit = lines.count();
  int child_indent = 0;
  if (path.size() == 2) {
    auto p = find_index(root, path[0]);
    if (p == root.entries.size()) {
      int at = new_top_level_line(lines, root);
      return lines.replace(at, at, fmt::format("{}:\n", path[0]) + indent_lines(render_key_value(path[1], value), 2));
    }
    const auto& parent_key = root.entries[p].first;
    const auto& parent = root.entries[p].second;
    auto [begin, end] = entry_span(lines, root, p, lines.count());
    if (is_empty_value(parent)) {
      return lines.replace(parent_key.line, parent_key.line + 1,
                           key_line_without_value(lines, parent_key) +
                               indent_lines(render_key_value(path[1], value), parent_key.column + 2));
    }
    if (parent.kind != YamlNode::Kind::map) throw Error(fmt::format("\"{}\" is not a map of keys", path[0]));
    if (parent.flow) unsupported(path[0]);
    map = &parent;
    limit = end;
    child_indent = parent.column;
  }
  const auto& key_name = path.back();
  auto index = find_index(*map, key_name);
  auto rendered = render_key_value(key_name, value);
  if (index == map->entries.size()) {
    int at = path.size() == 1 ? new_top_level_line(lines, root) : limit;
    return lines.replace(at, at, indent_lines(rendered, child_indent));
  }
  const auto& key = map->entries[index].first;
  const auto& old = map->entries[index].second;
  auto [begin, end] = entry_span(lines, *map, index, limit);
  if (old.kind == YamlNode::Kind::scalar && old.line == key.line && end == begin + 1 && !value.list &&
      value.scalar.find('\n') == std::string::npos) {
    // Replace just the value, keeping the key's spelling and any trailing comment.
    auto line = std::string(lines.line(key.line));
    auto stop = scalar_end(line, static_cast<size_t>(old.column));
    auto scalar = render_scalar(value.scalar);
    return lines.replace(begin, end, line.substr(0, old.column) + scalar + line.substr(stop) + "\n");
  }
  return lines.replace(begin, end, indent_lines(rendered, key.column));
}

std::string unset_value(std::string_view text, const YamlNode& root, const KeyPath& path) {
  Lines lines(text);
  const YamlNode* map = &root;
  int limit = lines.count();
  if (path.size() == 2) {
    auto p = find_index(root, path[0]);
    if (p == root.entries.size() || root.entries[p].second.kind != YamlNode::Kind::map)
      throw Error(fmt::format("no {} to remove", join_path(path)));
    if (root.entries[p].second.flow) unsupported(path[0]);
    map = &root.entries[p].second;
    limit = entry_span(lines, root, p, lines.count()).second;
  }
  auto index = find_index(*map, path.back());
  if (index == map->entries.size()) throw Error(fmt::format("no {} to remove", join_path(path)));
  auto [begin, end] = entry_span(lines, *map, index, limit);
  return lines.replace(begin, end, "");
}

std::string add_key_to_item(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index,
                            const std::string& key, const std::string& value) {
  Lines lines(text);
  auto at = find_index(root, list_key);
  if (at == root.entries.size()) throw Error(fmt::format("no {}", list_key));
  const auto& list = root.entries[at].second;
  if (list.kind != YamlNode::Kind::sequence || index >= list.items.size())
    throw Error(fmt::format("no item {} in {}", index + 1, list_key));
  if (list.flow || list.items[index].flow || list.items[index].kind != YamlNode::Kind::map)
    unsupported(fmt::format("item {} of {}", index + 1, list_key));
  auto limit = entry_span(lines, root, at, lines.count()).second;
  auto [begin, end] = item_span(lines, list, index, limit);
  (void)begin;
  auto rendered = render_key_value(key, {key, value, std::nullopt});
  return lines.replace(end, end, indent_lines(rendered, list.items[index].column));
}

std::optional<std::string> literal_block(const std::string& value) {
  if (value.find('\n') == std::string::npos || value.back() == '\n') return std::nullopt;
  // Anything a literal block would not give back exactly, or that a reader might trip on, stays
  // double-quoted: a leading blank or line break (it would set the indentation), blanks at a line's
  // end (editors drop them), tabs and CRs, control characters, a byte order mark, and the Unicode
  // line separators YAML 1.1 breaks lines at.
  if (value.front() == ' ' || value.front() == '\n' || value.back() == ' ') return std::nullopt;
  if (value.find_first_of("\r\t") != std::string::npos || value.find(" \n") != std::string::npos) return std::nullopt;
  if (!is_clean_text(value)) return std::nullopt;
  for (std::string_view bad : {"\xEF\xBB\xBF", "\xE2\x80\xA8", "\xE2\x80\xA9"})
    if (value.find(bad) != std::string::npos) return std::nullopt;
  std::string out = "|-\n";
  size_t start = 0;
  while (start <= value.size()) {
    auto nl = value.find('\n', start);
    auto piece = std::string_view(value).substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!piece.empty()) out += "  ";
    out += piece;
    out += '\n';
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  out.pop_back();  // the caller ends the last line, as it does a scalar's
  return out;
}

std::string append_list_values(std::string_view text, const YamlNode& root, std::string_view key,
                               const std::vector<std::string>& values, OneValue one) {
  if (values.empty()) return std::string(text);
  Lines lines(text);
  const std::string name(key);
  auto index = find_index(root, key);
  const bool as_scalar = one == OneValue::scalar && values.size() == 1;
  if (index == root.entries.size()) {
    if (as_scalar) return set_value(text, root, {name}, {name, values.front(), {}});
    return set_value(text, root, {name}, {name, "", values});
  }
  const auto& key_node = root.entries[index].first;
  const auto& list = root.entries[index].second;
  auto [begin, end] = entry_span(lines, root, index, lines.count());
  if (is_empty_value(list)) {
    // `email:`, `email: ~` or `aka: []`, with any comment after it kept in its place.
    auto line = lines.line(key_node.line);
    auto colon = line.find(':', static_cast<size_t>(key_node.column) + key_node.value.size());
    if (end != begin + 1 || colon == std::string_view::npos) return set_value(text, root, {name}, {name, "", values});
    auto after = line.substr(colon + 1);
    std::string comment;
    if (auto hash = after.find('#'); hash != std::string_view::npos) {
      auto gap = after.substr(0, hash);
      auto value_end = gap.find_last_not_of(" \t");
      comment = std::string(value_end == std::string_view::npos ? gap : gap.substr(value_end + 1)) +
                std::string(after.substr(hash));
    }
    std::string out(line.substr(0, colon + 1));
    out += ' ';
    if (as_scalar) {
      out += render_scalar(values.front());
    } else {
      out += '[';
      out += join_flow_items(values);
      out += ']';
    }
    out += comment;
    out += '\n';
    return lines.replace(begin, end, out);
  }
  if (list.kind == YamlNode::Kind::scalar) {
    // One value becomes a flow list of it, as written, and the new ones; a comment after it stays.
    if (list.line == key_node.line && end == begin + 1) {
      auto line = std::string(lines.line(list.line));
      auto stop = scalar_end(line, static_cast<size_t>(list.column));
      auto written = line.substr(static_cast<size_t>(list.column), stop - static_cast<size_t>(list.column));
      // A plain value may hold what a flow list reads as structure ("a,b"): then it is quoted.
      if (list.plain && written.find_first_of(",[]{}") != std::string::npos) written = render_flow_item(list.value);
      return lines.replace(begin, end,
                           line.substr(0, static_cast<size_t>(list.column)) + "[" + written + ", " +
                               join_flow_items(values) + "]" + line.substr(stop) + "\n");
    }
    // A value over several lines (a block scalar) is written again, as the first item of the list.
    std::vector<std::string> all = {list.value};
    all.insert(all.end(), values.begin(), values.end());
    return set_value(text, root, {name}, {name, "", all});
  }
  if (list.kind != YamlNode::Kind::sequence) throw Error(fmt::format("\"{}\" is not a list", key));
  for (const auto& item : list.items)
    if (item.kind != YamlNode::Kind::scalar) throw Error(fmt::format("\"{}\" is not a list of text", key));
  if (list.flow) {
    // After the last item, wherever the list's lines end: `[a, b]   # c` -> `[a, b, x]   # c`.
    const auto& last = list.items.back();
    auto line = std::string(lines.line(last.line));
    auto stop = flow_scalar_end(line, static_cast<size_t>(last.column));
    return lines.replace(last.line, last.line + 1,
                         line.substr(0, stop) + ", " + join_flow_items(values) + line.substr(stop) + "\n");
  }
  std::string added;
  for (const auto& v : values)
    added += std::string(static_cast<size_t>(list.column), ' ') + "- " + render_scalar(v) + "\n";
  return lines.replace(end, end, added);
}

}  // namespace rel::journal
