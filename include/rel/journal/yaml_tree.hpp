// A YAML document as a small tree that remembers where each node starts.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rel/core/error.hpp"

namespace rel::journal {

struct YamlEntry;

struct YamlNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  std::string value;   // scalar text
  bool plain = false;  // an unquoted scalar (so `2024-01-02` may be a date, `~` null)
  bool flow = false;   // a `[..]` or `{..}` collection
  int line = 0;        // 0-based, as yaml-cpp counts
  int column = 0;
  std::vector<YamlNode> items;     // sequence
  std::vector<YamlEntry> entries;  // map, in file order

  const YamlNode* find(std::string_view key) const;
  bool is_scalar() const { return kind == Kind::scalar; }
};

// A key and its value. Not a std::pair: a pair of a type still being defined is not allowed in a
// vector member (clang refuses it); its members keep the pair's names, which every reader uses.
struct YamlEntry {
  YamlNode first;   // the key
  YamlNode second;  // the value
};

// The node whose text ends `value`'s: its last entry's or item's, down to a scalar or an empty value.
inline const YamlNode& last_node(const YamlNode& value) {
  const YamlNode* last = &value;
  while (!last->entries.empty() || !last->items.empty())
    last = last->entries.empty() ? &last->items.back() : &last->entries.back().second;
  return *last;
}

// The first key (in file order) written after `? ` in a block map (an explicit key: `? name`, then
// `: value`), or null. A block map's column is that of its first key, or of the `?` before it, and
// every key of a block map stands at that column but for one written after `?`.
const YamlNode* first_explicit_key(const YamlNode& root);

// Files larger than this are refused before parsing: a contact is a few KiB.
inline constexpr size_t max_file_bytes = 4 * 1024 * 1024;

// Parses one YAML document. Throws rel::Error at FILE:LINE:COL (1-based) for
// syntax errors, several documents, aliases and anchors, duplicated keys,
// non-scalar keys, nesting deeper than a contact ever needs, and oversized input.
YamlNode parse_yaml(std::string_view text, const std::string& file);

// The two readings parse_yaml chooses between (after its size check), for tests that hold one
// to the other. libyaml's is fast and returns nothing wherever yaml-cpp is to read the file
// instead (any fault, UTF-16, a YAML 1.1-only line break, a byte order mark past the start), with
// its own syntax fault in `fault` when that is why (for a file yaml-cpp is to read, a fault libyaml
// finds once the characters the two read apart are made text for both); yaml-cpp's throws as parse_yaml does. A file
// either one finds a syntax fault in is refused by parse_yaml (in yaml-cpp's words when both do).
std::optional<YamlNode> read_with_libyaml(std::string_view text, const std::string& file,
                                          std::optional<Diagnostic>* fault = nullptr);
YamlNode read_with_yaml_cpp(std::string_view text, const std::string& file);

}  // namespace rel::journal
