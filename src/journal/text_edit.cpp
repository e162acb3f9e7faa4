// Line-range arithmetic over a YAML file's text, guided by the parsed tree's positions.
#include "rel/journal/text_edit.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>

#include "lines.hpp"
#include "rel/core/contact_merge.hpp"
#include "rel/core/error.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/line_text.hpp"

namespace rel::journal {
namespace {

using namespace lines;

// How a text may stand in the file, by the characters it holds.
enum class Escapes {
  none,       // every character may be written as it is (plain, quoted or a literal block)
  some,       // a control character, or one that YAML 1.1 reads as a line break or skips (NEL, BOM):
              // double-quoted, where yaml-cpp escapes them
  non_ascii,  // DEL, LINE or PARAGRAPH SEPARATOR, which yaml-cpp writes as they are even when
              // double-quoted (and libyaml then refuses, or breaks the line): every non-ASCII escaped
};

// The text a value or key will be written from, which must be UTF-8 (a journal file is), refused
// here with where it goes wrong: yaml-cpp would write U+FFFD in place of a bad byte, or the byte
// itself, which no reader accepts. `what` names it ("the note").
Escapes check_text(std::string_view text, std::string_view what) {
  if (auto at = invalid_utf8_at(text)) {
    auto before = text.substr(0, *at);
    auto line = before.rfind('\n');
    if (line != std::string_view::npos) before.remove_prefix(line + 1);
    if (before.size() > 30) {
      before.remove_prefix(before.size() - 30);
      while (!before.empty() && (static_cast<unsigned char>(before.front()) & 0xC0) == 0x80) before.remove_prefix(1);
    }
    throw Error(fmt::format(
        "{} is not UTF-8 text (a byte 0x{:02X}{}), and rel's files are UTF-8: convert it first, e.g. with `iconv -f "
        "latin1 -t utf-8`",
        what, static_cast<unsigned char>(text[*at]),
        before.empty() ? std::string(" at its start") : fmt::format(" after \"{}\"", before)));
  }
  auto escapes = Escapes::none;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    if (c == 0x7F || (c == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9))) return Escapes::non_ascii;
    if (c == 0xEF && next == 0xBF && (third == 0xBE || third == 0xBF))
      throw Error(
          fmt::format("{} holds U+FFFE or U+FFFF, which are not characters; a YAML file cannot hold them", what));
    if ((c < 0x20 && c != '\t' && c != '\n') || (c == 0xC2 && next >= 0x80 && next <= 0x9F) ||
        (c == 0xEF && next == 0xBB && third == 0xBF))
      escapes = Escapes::some;
  }
  return escapes;
}

// What a value written is: text, or a date rel writes as one (plain, a YAML 1.1 timestamp on purpose).
enum class Meaning { text, date };

// The keys whose values rel writes as dates: an entry's date, a promise's made, due and done, since
// and snooze (and every key under dates:, which set_value knows by its path).
Meaning meaning_of_key(std::string_view key) {
  return key == "date" || key == "made" || key == "due" || key == "done" || key == "since" || key == "snooze"
             ? Meaning::date
             : Meaning::text;
}

Meaning meaning_of_path(const KeyPath& path) {
  if (path.size() == 2) return path[0] == "dates" ? Meaning::date : Meaning::text;
  return meaning_of_key(path.back());
}

// Text is quoted where a YAML 1.1 reader would read it plain as something else (yes, 0777, 2026-01-01).
void emit_text(YAML::Emitter& e, const std::string& text, std::string_view what, Meaning meaning = Meaning::text) {
  switch (check_text(text, what)) {
    case Escapes::none:
      if (meaning == Meaning::text && yaml11_reads_otherwise(text))
        e << YAML::DoubleQuoted << text;
      else
        e << text;
      break;
    case Escapes::some: e << YAML::DoubleQuoted << text; break;
    case Escapes::non_ascii: e << YAML::EscapeNonAscii << YAML::DoubleQuoted << text; break;
  }
}

// Text of several lines in a list item is written as a literal block (literal_block), which yaml-cpp
// cannot write (only `|`): the emitter gets a placeholder that expand_blocks replaces with the block.
struct Blocks {
  std::vector<std::string> texts;  // literal_block's "|-\n  line..."
  std::string placeholder(size_t n) const { return fmt::format("rel-literal-block-{}-e3b0c442", n); }
};

void emit_value(YAML::Emitter& e, const ItemValue& v, Meaning meaning, Blocks* blocks = nullptr) {
  const auto what = fmt::format("the {}", v.key);
  if (v.list) {
    e << YAML::Flow << YAML::BeginSeq;
    for (const auto& x : *v.list) emit_text(e, x, what, meaning);
    e << YAML::EndSeq;
  } else if (auto block = blocks ? literal_block(v.scalar) : std::nullopt) {
    e << blocks->placeholder(blocks->texts.size());
    blocks->texts.push_back(*block);
  } else if (v.scalar.find('\n') != std::string::npos) {
    // Multi-line text reads best as a literal block, but yaml-cpp writes only `|` (clip:
    // exactly one final newline), so any other ending goes double-quoted, which is exact; so
    // does text with characters a block cannot hold.
    auto size = v.scalar.size();
    if (check_text(v.scalar, what) == Escapes::none && size >= 2 && v.scalar[size - 1] == '\n' &&
        v.scalar[size - 2] != '\n' && v.scalar.find_first_of("\r\t") == std::string::npos &&
        v.scalar.find(" \n") == std::string::npos && v.scalar.front() != ' ' && v.scalar.front() != '\n')
      e << YAML::Literal << v.scalar;
    else
      emit_text(e << YAML::DoubleQuoted, v.scalar, what);
  } else {
    emit_text(e, v.scalar, what, meaning);
  }
}

// The emitter's text with each placeholder replaced by its literal block, indented two past its key.
std::string expand_blocks(std::string rendered, const Blocks& blocks) {
  for (size_t n = 0; n < blocks.texts.size(); ++n) {
    auto at = rendered.find(blocks.placeholder(n));
    if (at == std::string::npos) throw Error("cannot write a block of text");
    auto line_start = rendered.rfind('\n', at);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    std::string pad(rendered.find_first_not_of(" -", line_start) - line_start, ' ');
    std::string block;
    const auto& text = blocks.texts[n];
    for (size_t i = 0; i < text.size(); ++i) {
      block += text[i];
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') block += pad;
    }
    rendered.replace(at, blocks.placeholder(n).size(), block);
  }
  return rendered;
}

std::string render_item(const std::vector<ItemValue>& item, int key_offset) {
  YAML::Emitter e;
  Blocks blocks;
  e.SetIndent(static_cast<size_t>(std::clamp(key_offset, 2, 9)));
  e << YAML::BeginSeq << YAML::BeginMap;
  for (const auto& v : item) {
    e << YAML::Key;
    emit_text(e, v.key, "the key");
    e << YAML::Value;
    emit_value(e, v, meaning_of_key(v.key), &blocks);
  }
  e << YAML::EndMap << YAML::EndSeq;
  if (!e.good()) throw Error(fmt::format("cannot write entry: {}", e.GetLastError()));
  return expand_blocks(e.c_str(), blocks) + "\n";
}

std::string render_key_value(const std::string& key, const ItemValue& value, Meaning meaning) {
  if (!value.list) {
    if (auto block = literal_block(value.scalar)) return render_scalar(key) + ": " + *block;
  }
  YAML::Emitter e;
  e << YAML::BeginMap << YAML::Key;
  emit_text(e, key, "the key");
  e << YAML::Value;
  emit_value(e, value, meaning);
  e << YAML::EndMap;
  if (!e.good()) throw Error(fmt::format("cannot write {}: {}", key, e.GetLastError()));
  // A `|` block ends in its own line break; another would be a blank line after it.
  std::string out = e.c_str();
  return out.ends_with('\n') ? out : out + "\n";
}

// The map that holds the last key of `path`, and the line where that map's lines end.
struct Parent {
  const YamlNode* map;
  int limit;
};

// A block list of scalars set to `wanted` item by item: the lines of the items kept stay as they are
// (with their comments: `- friend   # since uni`), the items dropped go with their lines, and new ones are
// added after the last. Nothing when that would not give `wanted` in its order (the caller writes the list
// anew) or an item is not a scalar on its own `-` line.
std::optional<std::string> edit_block_list(const Lines& lines, const YamlNode& list, int limit,
                                           const std::vector<std::string>& wanted, Meaning meaning) {
  if (list.items.empty() || wanted.empty()) return std::nullopt;
  std::vector<bool> keep(list.items.size());
  std::vector<std::string> kept;
  for (size_t i = 0; i < list.items.size(); ++i) {
    const auto& item = list.items[i];
    if (item.kind != YamlNode::Kind::scalar || item.flow) return std::nullopt;
    auto dash = lines.line(item.line).substr(0, static_cast<size_t>(item.column));
    if (dash.find_first_not_of(" -") != std::string_view::npos || dash.find('-') == std::string_view::npos)
      return std::nullopt;
    keep[i] = std::find(wanted.begin(), wanted.end(), item.value) != wanted.end();
    if (keep[i]) kept.push_back(item.value);
  }
  // The kept ones, in their order, then the new ones: else not an edit of this list.
  std::vector<std::string> result = kept;
  for (const auto& w : wanted)
    if (std::find(kept.begin(), kept.end(), w) == kept.end()) result.push_back(w);
  if (result != wanted) return std::nullopt;

  const auto& last = list.items.back();
  auto prefix = std::string(lines.line(last.line).substr(0, static_cast<size_t>(last.column)));
  std::string added;
  for (size_t n = kept.size(); n < wanted.size(); ++n) {
    YAML::Emitter e;
    emit_text(e, wanted[n], "the value", meaning);
    added += prefix + e.c_str() + "\n";
  }
  int after_last = item_extent(lines, list, list.items.size() - 1, limit).second;
  std::string text = lines.replace(after_last, after_last, added);
  for (size_t i = list.items.size(); i-- > 0;) {
    if (keep[i]) continue;
    Lines now(text);
    auto [begin, end] = item_extent(now, list, i, limit);
    text = now.replace(begin, end, "");
  }
  return text;
}

// Sets `key_name` in the block `map`, whose lines end at `limit`: a one-line scalar is replaced in place
// (keeping the key's spelling and a trailing comment), any other value's lines are replaced, and an
// absent key is added as a new line at `new_at`, indented by `new_indent`.
std::string set_in_map(const Lines& lines, const YamlNode& map, int limit, int new_at, int new_indent,
                       const std::string& key_name, const ItemValue& value, Meaning meaning) {
  auto index = find_index(map, key_name);
  auto rendered = render_key_value(key_name, value, meaning);
  if (index == map.entries.size()) {
    const int at = below_deep_blank_lines(lines, new_at, new_indent);
    return lines.replace(at, at, indent_lines(rendered, new_indent));
  }
  const auto& key = map.entries[index].first;
  const auto& old = map.entries[index].second;
  auto [begin, end] = entry_span(lines, map, index, limit);
  if (old.kind == YamlNode::Kind::scalar && old.line == key.line && end == begin + 1 && !value.list &&
      value.scalar.find('\n') == std::string::npos) {
    auto line = std::string(lines.line(key.line));
    auto stop = scalar_end(line, static_cast<size_t>(old.column));
    YAML::Emitter one;
    emit_text(one, value.scalar, "the value", meaning);
    auto scalar = std::string(one.c_str());
    return lines.rewrite(begin, line.substr(0, old.column) + scalar + line.substr(stop));
  }
  if (old.kind == YamlNode::Kind::sequence && !old.flow && value.list)
    if (auto edited = edit_block_list(lines, old, end, *value.list, meaning)) return *edited;
  if (const int below = below_deep_blank_lines(lines, end, key.column); below > end) {
    // Blank lines a block scalar would read as its text follow: the entry moves below them.
    const auto added = lines.replace(below, below, indent_lines(rendered, key.column));
    return Lines(added).replace(begin, end, "");
  }
  return lines.replace(begin, end, indent_lines(rendered, key.column));
}

// A scalar as yaml-cpp writes it inside a flow collection (`[a, "b, c"]`).
std::string render_flow_scalar(const std::string& value) {
  YAML::Emitter e;
  e << YAML::Flow << YAML::BeginSeq;
  emit_text(e, value, "the name");
  e << YAML::EndSeq;
  if (!e.good()) throw Error(fmt::format("cannot write \"{}\": {}", value, e.GetLastError()));
  std::string out = e.c_str();
  return out.substr(1, out.size() - 2);
}

std::string join_flow_items(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ", ") + render_flow_scalar(v);
  return out;
}

// Replaces columns [begin, end) of line `line` with `with`.
std::string replace_in_line(std::string_view text, int line, size_t begin, size_t end, const std::string& with) {
  Lines lines(text);
  auto content = std::string(lines.line(line));
  return lines.rewrite(line, content.substr(0, begin) + with + content.substr(end));
}

// The texts of a list of names as decode reads them: a single scalar is a list of one.
std::vector<std::string> names_of(const YamlNode& list) {
  if (list.kind == YamlNode::Kind::scalar) return {list.value};
  std::vector<std::string> out;
  if (list.kind == YamlNode::Kind::sequence)
    for (const auto& item : list.items) out.push_back(item.value);
  return out;
}

// Carries out `actions` (one per name, see retarget_with) on the list `list` of names: a block list,
// a one-line flow list or a single scalar. Nothing when every name goes (the caller removes the key).
std::optional<std::string> change_names(std::string text, const YamlNode& list, const std::vector<WithAction>& actions,
                                        const std::string& to) {
  if (std::all_of(actions.begin(), actions.end(), [](WithAction a) { return a == WithAction::remove; }))
    return std::nullopt;
  if (list.kind == YamlNode::Kind::scalar) {
    if (actions.front() != WithAction::replace) return text;
    auto line = Lines(text).line(list.line);
    return replace_in_line(text, list.line, list.column, scalar_end(line, list.column), render_scalar(to));
  }
  // From the last name to the first, so that the places of the ones before stay as the tree says.
  for (size_t n = actions.size(); n-- > 0;) {
    if (actions[n] == WithAction::keep) continue;
    const auto& item = list.items[n];
    if (item.kind != YamlNode::Kind::scalar) unsupported("a list of names with a nested value");
    Lines lines(text);
    auto line = lines.line(item.line);
    auto column = static_cast<size_t>(item.column);
    if (!list.flow) {
      auto dash = line.substr(0, column);
      if (dash.find_first_not_of(" -") != std::string_view::npos || dash.find('-') == std::string_view::npos)
        unsupported("a list item not on its own line");
      if (actions[n] == WithAction::remove)
        text = lines.replace(item.line, item.line + 1, "");
      else
        text = replace_in_line(text, item.line, column, scalar_end(line, column), render_scalar(to));
      continue;
    }
    auto end = flow_scalar_end(line, column);
    if (actions[n] == WithAction::replace) {
      text = replace_in_line(text, item.line, column, end, render_flow_scalar(to));
      continue;
    }
    // A removed name takes its comma with it: the one after it, else the one before it.
    auto after = line.find_first_not_of(" \t", end);
    if (after != std::string_view::npos && line[after] == ',') {
      auto next = line.find_first_not_of(" \t", after + 1);
      text = replace_in_line(text, item.line, column, next == std::string_view::npos ? line.size() : next, "");
      continue;
    }
    auto before = column == 0 ? std::string_view::npos : line.find_last_not_of(" \t", column - 1);
    if (before == std::string_view::npos || line[before] != ',') unsupported("a flow list written over several lines");
    text = replace_in_line(text, item.line, before, end, "");
  }
  return text;
}

std::string join_path(const KeyPath& path) {
  std::string out;
  for (const auto& k : path) out += (out.empty() ? "" : ".") + k;
  return out;
}

}  // namespace

bool yaml11_reads_otherwise(std::string_view value) {
  // PyYAML's implicit resolvers (YAML 1.1), widened where a YAML 1.2 reader or a spreadsheet would also
  // take the text for a number: any case of the booleans, y and n included; digits with a leading zero
  // (a phone number read as octal loses its zeros and its value); exponents without a sign.
  static const std::regex other(
      "(?:"
      "[yY](?:[eE][sS])?|[nN][oO]?|[tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|[oO][nN]|[oO][fF][fF]"  // bool
      "|~|null|Null|NULL"                                                                        // null
      "|[-+]?0b[0-1_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*"                                   // int
      "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"                                       // base 60
      "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"   // float
      "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
      "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
      "(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?"  // timestamp
      "|<<|="
      ")");
  if (value.empty() || value.size() > 64) return false;
  return value.find_first_of("0123456789yYnNtTfFoO~<=.") != std::string_view::npos &&
         std::regex_match(value.begin(), value.end(), other) && value != ".";
}

std::string render_scalar(const std::string& value) {
  YAML::Emitter e;
  emit_text(e, value, "the value");
  return e.c_str();
}

std::string append_list_items(std::string_view text, const YamlNode& root, std::string_view list_key,
                              const std::vector<std::vector<ItemValue>>& items) {
  if (items.empty()) return std::string(text);
  // The items one after the other, as each would be written alone.
  auto render_all = [&](int key_offset) {
    std::string out;
    for (const auto& item : items) out += render_item(item, key_offset);
    return out;
  };
  Lines lines(text, &root);
  auto index = find_index(root, list_key);
  if (index == root.entries.size()) {
    // No list yet: start one at the end of the file (above a comment it ends with).
    int at = end_of_content(lines, root);
    return lines.replace(at, at,
                         new_top_level_key(root, list_key) + indent_lines(render_all(2), top_level_column(root) + 2));
  }
  const auto& key = root.entries[index].first;
  const auto& list = root.entries[index].second;
  auto [begin, end] = entry_span(lines, root, index, lines.count());
  if (is_empty_value(list)) return fill_empty_value(lines, root, index, indent_lines(render_all(2), key.column + 2));
  if (list.kind != YamlNode::Kind::sequence) throw Error(fmt::format("\"{}\" is not a list", list_key));
  if (list.flow) unsupported(list_key);
  int indent = list.column;
  int key_offset = 2;
  if (!list.items.empty() && list.items.front().kind == YamlNode::Kind::map && !list.items.front().flow)
    key_offset = list.items.front().column - list.column;
  auto rendered = indent_lines(render_all(key_offset), indent);
  // A list that ends the file grows at the end, so the old text stays a prefix; above a comment the
  // file ends with, which stays last (comments belong to the lines they follow: one indented under
  // the last item is part of its span, and stays with it).
  const int at =
      index + 1 == root.entries.size() ? end_of_content(lines, root) : below_deep_blank_lines(lines, end, indent);
  return lines.replace(at, at, rendered);
}

std::string append_list_item(std::string_view text, const YamlNode& root, std::string_view list_key,
                             const std::vector<ItemValue>& item) {
  return append_list_items(text, root, list_key, {item});
}

std::string append_list_item(std::string_view text, const YamlNode& root, std::string_view list_key,
                             const std::vector<std::pair<std::string, std::string>>& item) {
  std::vector<ItemValue> values;
  for (const auto& [k, v] : item) values.push_back({k, v, std::nullopt});
  return append_list_item(text, root, list_key, values);
}

std::string set_value(std::string_view text, const YamlNode& root, const KeyPath& path, const ItemValue& value) {
  Lines lines(text, &root);
  const YamlNode* map = &root;
  int limit = lines.count();
  int child_indent = top_level_column(root);
  if (path.size() == 2) {
    auto p = find_index(root, path[0]);
    if (p == root.entries.size()) {
      int at = new_top_level_line(lines, root);
      return lines.replace(
          at, at,
          new_top_level_key(root, path[0]) +
              indent_lines(render_key_value(path[1], value, meaning_of_path(path)), top_level_column(root) + 2));
    }
    const auto& parent_key = root.entries[p].first;
    const auto& parent = root.entries[p].second;
    auto [begin, end] = entry_span(lines, root, p, lines.count());
    if (is_empty_value(parent))
      return fill_empty_value(
          lines, root, p, indent_lines(render_key_value(path[1], value, meaning_of_path(path)), parent_key.column + 2));
    if (parent.kind != YamlNode::Kind::map) throw Error(fmt::format("\"{}\" is not a map of keys", path[0]));
    if (parent.flow) unsupported(path[0]);
    map = &parent;
    limit = end;
    child_indent = parent.column;
  }
  int at = path.size() == 1 ? new_top_level_line(lines, root) : limit;
  return set_in_map(lines, *map, limit, at, child_indent, path.back(), value, meaning_of_path(path));
}

std::string unset_value(std::string_view text, const YamlNode& root, const KeyPath& path) {
  Lines lines(text, &root);
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
  Lines lines(text, &root);
  auto item = list_item(lines, root, list_key, index);
  auto rendered = render_key_value(key, {key, value, std::nullopt}, meaning_of_key(key));
  return lines.replace(item.end, item.end, indent_lines(rendered, item.item->column));
}

std::string remove_list_item(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index) {
  Lines lines(text, &root);
  auto at = find_index(root, list_key);
  if (at == root.entries.size()) throw Error(fmt::format("no {}", list_key));
  const auto& list = root.entries[at].second;
  if (list.kind != YamlNode::Kind::sequence || index >= list.items.size())
    throw Error(fmt::format("no item {} in {}", index + 1, list_key));
  if (list.flow) unsupported(list_key);
  auto limit = entry_span(lines, root, at, lines.count()).second;
  auto [begin, end] = item_extent(lines, list, index, limit);
  return lines.replace(begin, end, "");
}

std::string set_item_value(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index,
                           const ItemValue& value) {
  Lines lines(text, &root);
  auto item = list_item(lines, root, list_key, index);
  return set_in_map(lines, *item.item, item.end, item.end, item.item->column, value.key, value,
                    meaning_of_key(value.key));
}

std::string remove_item_key(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index,
                            const std::string& key) {
  Lines lines(text, &root);
  auto item = list_item(lines, root, list_key, index);
  auto at = find_index(*item.item, key);
  if (at == item.item->entries.size()) throw Error(fmt::format("no {} in item {} of {}", key, index + 1, list_key));
  if (item.item->entries.size() == 1) throw Error(fmt::format("{} is all item {} of {} has", key, index + 1, list_key));
  auto [begin, end] = entry_span(lines, *item.item, at, item.end);
  if (at == 0 && item.item->entries[0].first.line == item.begin && at + 1 < item.item->entries.size()) {
    // The key shares its line with the `-`: the next key takes its place on that line.
    auto next = item.item->entries[at + 1].first;
    auto dash = std::string(lines.line(begin).substr(0, item.item->entries[at].first.column));
    auto rest = std::string(lines.line(next.line).substr(next.column));
    return lines.replace(begin, next.line + 1, dash + rest + "\n");
  }
  return lines.replace(begin, end, "");
}

std::string retarget_with_text(std::string_view text, const YamlNode& root, std::string_view from, std::string_view to,
                               std::string_view self) {
  std::string out(text);
  const auto* log = root.kind == YamlNode::Kind::map ? root.find("log") : nullptr;
  if (!log || log->kind != YamlNode::Kind::sequence) return out;
  // From the last entry to the first: an edit changes only its own entry's lines, so every entry
  // before it is still where the one reading of the text placed it (a fresh reading per entry made
  // this quadratic in the length of the log).
  for (size_t n = log->items.size(); n-- > 0;) {
    const auto& entry = log->items[n];
    const auto* with = entry.kind == YamlNode::Kind::map ? entry.find("with") : nullptr;
    if (!with) continue;
    auto actions = retarget_with(names_of(*with), from, to, self);
    if (std::all_of(actions.begin(), actions.end(), [](WithAction a) { return a == WithAction::keep; })) continue;
    auto changed = change_names(out, *with, actions, std::string(to));
    out = changed ? *changed : remove_item_key(out, root, "log", n, "with");
  }
  return out;
}

std::string rename_in_list(std::string_view text, const YamlNode& root, const std::string& key, const std::string& from,
                           const std::string& to) {
  const auto* list = root.find(key);
  if (!list) return std::string(text);
  auto actions = retarget_with(names_of(*list), from, to, {});
  auto changed = change_names(std::string(text), *list, actions, to);
  return changed ? *changed : unset_value(text, root, {key});
}

std::string add_list_value(std::string_view text, const YamlNode& root, const std::string& key, const std::string& item,
                           FirstItem first, std::string_view after_key) {
  const auto one = first == FirstItem::as_value ? OneValue::scalar : OneValue::list;
  auto after = find_index(root, after_key);
  if (find_index(root, key) < root.entries.size() || after_key.empty() || after == root.entries.size())
    return append_list_values(text, root, key, {item}, one);
  // An absent key goes right after `after_key`'s entry.
  Lines lines(text, &root);
  ItemValue alone{key, item, std::nullopt};
  if (one == OneValue::list) alone = {key, "", std::vector<std::string>{item}};
  const int at = entry_span(lines, root, after, lines.count()).second;
  return lines.replace(at, at, render_key_value(key, alone, Meaning::text));
}

std::string rename_map_key(std::string_view text, const YamlNode& root, const KeyPath& map_path,
                           const std::string& from, const std::string& to) {
  const YamlNode* map = &root;
  for (const auto& k : map_path) {
    map = map->kind == YamlNode::Kind::map ? map->find(k) : nullptr;
    if (!map) return std::string(text);
  }
  if (map->kind != YamlNode::Kind::map) return std::string(text);
  auto index = find_index(*map, from);
  if (index == map->entries.size() || find_index(*map, to) != map->entries.size()) return std::string(text);
  const auto& key = map->entries[index].first;
  Lines lines(text, &root);
  auto line = lines.line(key.line);
  size_t end = key.column + key.value.size();
  if (!key.plain || line.substr(key.column, key.value.size()) != key.value) end = scalar_end(line, key.column);
  if (line.substr(end).find(':') == std::string_view::npos) unsupported("a key over several lines");
  return replace_in_line(text, key.line, key.column, end, map->flow ? render_flow_scalar(to) : render_scalar(to));
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
  Lines lines(text, &root);
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
      if (list.plain && written.find_first_of(",[]{}") != std::string::npos) written = render_flow_scalar(list.value);
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
    return lines.rewrite(last.line, line.substr(0, stop) + ", " + join_flow_items(values) + line.substr(stop));
  }
  std::string added;
  for (const auto& v : values)
    added += std::string(static_cast<size_t>(list.column), ' ') + "- " + render_scalar(v) + "\n";
  return lines.replace(end, end, added);
}

}  // namespace rel::journal
