// Minimal, line-preserving edits of a YAML file's text: every byte rel does not
// need to change (comments, key order, quoting, blank lines) stays as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::journal {

// A key path: {"phone"} for a top-level key, {"details", "kids"} for a nested one.
using KeyPath = std::vector<std::string>;

// Appends one item (given as a list of key/value pairs, already in display order)
// to the block list under top-level `list_key` ("log", "promises"), creating the key
// at the end of the file when absent. Values are rendered with yaml-cpp's emitter so
// that any text round-trips.
std::string append_list_item(std::string_view text, const YamlNode& root, std::string_view list_key,
                             const std::vector<std::pair<std::string, std::string>>& item);

// The same for a list value (e.g. `with: [a, b]`) is written as a flow sequence.
struct ItemValue {
  std::string key;
  std::string scalar;                            // used when `list` is empty
  std::optional<std::vector<std::string>> list;  // a flow list of text
};
std::string append_list_item(std::string_view text, const YamlNode& root, std::string_view list_key,
                             const std::vector<ItemValue>& item);
// Several items at once, in order, as many calls of append_list_item would add them (one edit of
// the text: an import appends hundreds of log entries to one file).
std::string append_list_items(std::string_view text, const YamlNode& root, std::string_view list_key,
                              const std::vector<std::vector<ItemValue>>& items);

// Sets a scalar (or, with `list`, a flow list) at `path`, replacing only the value's
// lines, or adding the key (and its parent map) when absent.
std::string set_value(std::string_view text, const YamlNode& root, const KeyPath& path, const ItemValue& value);

// Removes `path` and its value's lines; throws rel::Error when the key is absent.
std::string unset_value(std::string_view text, const YamlNode& root, const KeyPath& path);

// Adds `key: value` as a new last line of item `index` of the block list `list_key`.
std::string add_key_to_item(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index,
                            const std::string& key, const std::string& value);

// Adds `values` to the list of text under top-level `key` (email, phone, aka, tags, uid), as the
// list is written: a block list gains `- value` lines, a flow list gains `, value` after its last
// item (also when it spans lines), and a single value becomes a flow list of itself, as written, and
// the new ones (`email: a@x   # work` -> `email: [a@x, b@y]   # work`). An absent or empty key is
// set: one value as a scalar with OneValue::scalar, else as a flow list.
enum class OneValue { scalar, list };
std::string append_list_values(std::string_view text, const YamlNode& root, std::string_view key,
                               const std::vector<std::string>& values, OneValue one = OneValue::list);

// Removes item `index` of the block list `list_key`: its lines from its `-` to its last line (blank lines
// and comments above it, which may speak of what follows, stay).
std::string remove_list_item(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index);

// Sets `value.key` in item `index` of the block list `list_key`, replacing only its value's lines (a
// one-line value keeps a trailing comment), or adding it as the item's last line.
std::string set_item_value(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index,
                           const ItemValue& value);

// Removes `key` and its value's lines from item `index` of the block list `list_key`.
std::string remove_item_key(std::string_view text, const YamlNode& root, std::string_view list_key, size_t index,
                            const std::string& key);

// Every `with:` of the log, changed as retarget_with (core/contact_merge.hpp) says: a name replaced in
// place, a removed one with its comma or its line, a list left empty removed with its key.
std::string retarget_with_text(std::string_view text, const YamlNode& root, std::string_view from, std::string_view to,
                               std::string_view self);

// In the top-level list of names `key` (tags, aka): `from` becomes `to`, or goes when `to` is there.
std::string rename_in_list(std::string_view text, const YamlNode& root, const std::string& key, const std::string& from,
                           const std::string& to);

// How an absent list key is written with its first item: `aka: [Ali]`, or `email: ali@example.com`.
enum class FirstItem { as_list, as_value };

// Adds `item` to the top-level list `key` as append_list_values does; an absent key is added (see
// FirstItem) after the entry of `after_key` when there is one, else where set_value adds keys.
std::string add_list_value(std::string_view text, const YamlNode& root, const std::string& key, const std::string& item,
                           FirstItem first = FirstItem::as_list, std::string_view after_key = {});

// Renames the key `from` of the map at `map_path` ({"cadence", "tags"}) to `to`, keeping its value and
// comment; does nothing when there is no such key or `to` is a key there already.
std::string rename_map_key(std::string_view text, const YamlNode& root, const KeyPath& map_path,
                           const std::string& from, const std::string& to);

// Whether a YAML 1.1 reader (PyYAML, and the tools built on it) would read `value`, written plain, as
// something other than that text: a boolean (yes, No, ON, y), a null (~, null), a number (0777, 01234,
// 0x1F, 1_000, 3.14, 1:30), a timestamp (2026-01-01), or a merge key.
bool yaml11_reads_otherwise(std::string_view value);

// Text as yaml-cpp would write it, quoted only when it must be for a YAML reader, 1.1 (PyYAML)
// included: `yes`, `0777` and `2026-01-01` are written "yes", "0777" and "2026-01-01". Dates rel
// writes as dates (an entry's date, a promise's due, dates:, since, snooze) stay plain.
std::string render_scalar(const std::string& value);

// Text of several lines without a final line break as a literal block ("|-" and the lines, each
// indented by two spaces, the last without its line break), which reads as the text it is; nothing
// when a literal block would not give the text back exactly (then it is written double-quoted).
// set_value writes such text this way.
std::optional<std::string> literal_block(const std::string& value);

}  // namespace rel::journal
