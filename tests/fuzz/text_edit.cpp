// Fuzz target: text edits (append a log item, set, unset) on any file that parses as a contact give
// a file that parses, equals the intended model, and keeps every line outside the edit byte for byte.
#include "rel/journal/text_edit.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "fuzz_target.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/list_items.hpp"
#include "rel/journal/yaml_tree.hpp"

using namespace rel;
using journal::YamlNode;

namespace {

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// The lines of `before` the edit replaced: [first, last) once the lines both texts begin and end
// with are set aside.
std::pair<size_t, size_t> changed_lines(std::string_view before, std::string_view after) {
  const auto old_lines = lines_of(before);
  const auto new_lines = lines_of(after);
  size_t prefix = 0;
  while (prefix < old_lines.size() && prefix < new_lines.size() && old_lines[prefix] == new_lines[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < old_lines.size() - prefix && suffix < new_lines.size() - prefix &&
         old_lines[old_lines.size() - 1 - suffix] == new_lines[new_lines.size() - 1 - suffix])
    ++suffix;
  return {prefix, old_lines.size() - suffix};
}

Contact parse_checked(const std::string& text) {
  try {
    return journal::parse_contact(text, "fuzz", "fuzz.yaml");
  } catch (const Error& e) {
    REL_FUZZ_CHECK(!"the edited text does not parse");
  }
  return {};
}

// The line and column of the header of a block scalar that ends a file without a final line break
// (`note: |` and its lines): once lines follow it, its header says "strip" (`|-`) to keep its value.
std::pair<int, size_t> final_block_scalar(const YamlNode& root, std::string_view text) {
  if (text.empty() || text.back() == '\n') return {-1, 0};
  const YamlNode* last = &root;
  while (!last->entries.empty() || !last->items.empty())
    last = last->entries.empty() ? &last->items.back() : &last->entries.back().second;
  if (last->kind != YamlNode::Kind::scalar || last->plain) return {-1, 0};
  return {last->line, static_cast<size_t>(last->column)};
}

// A line without the chomping indicators (`+`, `-`) of a block scalar header at `column`.
std::string without_chomping(std::string_view line, size_t column) {
  std::string out(line);
  if (column >= out.size() || (out[column] != '|' && out[column] != '>')) return out;
  for (size_t i = column + 1;
       i < out.size() && (std::isdigit(static_cast<unsigned char>(out[i])) || out[i] == '+' || out[i] == '-');)
    if (out[i] == '+' || out[i] == '-')
      out.erase(i, 1);
    else
      ++i;
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const int op = data[0] % 3;
  const std::string text(fuzz::text_of(data + 1, size - 1));
  YamlNode tree;
  Contact before;
  try {
    tree = journal::parse_yaml(text, "fuzz.yaml");
    before = journal::parse_contact(text, "fuzz", "fuzz.yaml");
  } catch (const Error&) {
    return 0;  // only files that parse are edited
  }
  Contact expected = before;
  std::string after;
  try {
    if (op == 0) {
      Interaction entry;
      entry.when = *Timestamp::parse("2026-11-20 09:30");
      entry.via = Via::call;
      entry.note = "fuzz: a note\nover two lines # not a comment";
      after = journal::append_list_item(text, tree, "log", journal::log_item(entry));
      expected.log.push_back(entry);
    } else if (op == 1) {
      const std::string value = "[a value]: with # signs";
      after = journal::set_value(text, tree, {"details", "fuzz key"}, {"fuzz key", value, std::nullopt});
      auto it = std::find_if(expected.details.begin(), expected.details.end(),
                             [](const Field& f) { return f.key == "fuzz key"; });
      if (it != expected.details.end())
        it->value = value;
      else
        expected.details.push_back({"fuzz key", value});
    } else {
      if (before.details.empty()) return 0;
      const auto key = before.details.front().key;
      after = journal::unset_value(text, tree, {"details", key});
      expected.details.erase(expected.details.begin());
    }
  } catch (const Error&) {
    return 0;  // a refusal (a shape of file the edit does not handle) writes nothing: allowed
  }
  REL_FUZZ_CHECK(parse_checked(after) == expected);
  if (op == 0) {
    // Only lines added: every old line is in the new text, in order, as it was; but the last line
    // may gain the newline it lacked, the key line of a log that was an empty value written on it
    // (`log: null  # c`) loses that value, keeping its key and its line end, and the header of a
    // block scalar that ended the file without a line break may change its chomping.
    int empty_log_line = -1;
    size_t key_end = 0;
    for (const auto& [key, value] : tree.entries)
      if (key.value == "log" && value.kind != YamlNode::Kind::scalar && value.items.empty() && value.entries.empty() &&
          value.line == key.line)
        empty_log_line = key.line, key_end = static_cast<size_t>(key.column) + key.value.size();
    const auto header = final_block_scalar(tree, text);
    const int header_line = header.first;
    // The tree's columns do not count a byte order mark in front of the first line.
    const size_t header_column = header.second + (header_line == 0 && text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    const auto old_lines = lines_of(text);
    const auto new_lines = lines_of(after);
    auto line_end = [](std::string_view line) {
      return line.ends_with("\r\n") ? "\r\n" : line.ends_with("\n") ? "\n" : "";
    };
    size_t j = 0;
    for (size_t i = 0; i < old_lines.size(); ++i) {
      const auto old_line = old_lines[i];
      // The old line as it was, or with the line end it lacked.
      auto kept = [](const std::string& line, const std::string& old) {
        return line == old || (!old.ends_with('\n') && (line == old + "\n" || line == old + "\r\n"));
      };
      auto same = [&](std::string_view line) {
        if (static_cast<int>(i) == empty_log_line)
          return line.substr(0, key_end) == old_line.substr(0, key_end) &&
                 (std::string_view(line_end(line)) == line_end(old_line) || old_line.back() != '\n');
        if (static_cast<int>(i) == header_line)
          return kept(without_chomping(line, header_column), without_chomping(old_line, header_column));
        return kept(std::string(line), std::string(old_line));
      };
      while (j < new_lines.size() && !same(new_lines[j])) ++j;
      REL_FUZZ_CHECK(j < new_lines.size());
      ++j;
    }
  } else {
    // Only the lines of `details` (from its key to the next top-level key) change.
    const auto [first, last] = changed_lines(text, after);
    const auto* details = tree.find("details");
    if (details) {
      int details_line = -1;
      int next_line = static_cast<int>(lines_of(text).size()) + 1;
      for (size_t i = 0; i < tree.entries.size(); ++i) {
        if (tree.entries[i].first.value != "details") continue;
        details_line = tree.entries[i].first.line;
        if (i + 1 < tree.entries.size()) next_line = tree.entries[i + 1].first.line;
      }
      if (first < last) {
        REL_FUZZ_CHECK(static_cast<int>(first) >= details_line);
        REL_FUZZ_CHECK(static_cast<int>(last) <= next_line);
      }
    }
  }
  return 0;
}
