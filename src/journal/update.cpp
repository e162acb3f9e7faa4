// The read-edit-verify-replace cycle behind every command that changes a contact file.
#include "rel/journal/update.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/util/atomic_file.hpp"

namespace rel::journal {
namespace {

// Details, dates and unknown keys in one order, for Compare::any_key_order.
Contact keys_sorted(Contact c) {
  auto by_key = [](const Field& a, const Field& b) { return a.key < b.key; };
  std::stable_sort(c.details.begin(), c.details.end(), by_key);
  std::stable_sort(c.extra.begin(), c.extra.end(), by_key);
  std::stable_sort(c.dates.begin(), c.dates.end(), [](auto& a, auto& b) { return a.label < b.label; });
  return c;
}

Contact reparse_checked(const std::string& text, const std::string& id, const std::string& shown,
                        const Contact& expected, Compare compare = Compare::exact) {
  Contact after;
  try {
    after = parse_contact(text, id, shown);
  } catch (const Error& e) {
    throw Error(
        fmt::format("internal error: the edited {} would not parse ({}); nothing was written", shown, e.what()));
  }
  bool same = compare == Compare::exact ? after == expected : keys_sorted(after) == keys_sorted(expected);
  if (!same)
    throw Error(
        fmt::format("internal error: the edited {} would not read back as intended; nothing was written", shown));
  return after;
}

}  // namespace

PendingWrite prepare_edit(const fs::path& root, const std::string& id, const TextEdit& edit, const ModelEdit& expect,
                          Compare compare) {
  PendingWrite w;
  w.id = id;
  w.path = contact_path(root, id);
  auto shown = id + ".yaml";
  w.old_text = read_text_file(w.path, shown);
  auto tree = parse_yaml(w.old_text, shown);
  auto decoded = decode_contact(tree, id, shown);
  if (!decoded.problems.empty()) throw Error(std::move(decoded.problems));
  w.before = std::move(decoded.contact);
  w.new_text = edit(w.old_text, tree, w.before);
  Contact expected = w.before;
  expect(expected);
  w.after = reparse_checked(w.new_text, id, shown, expected, compare);
  return w;
}

PendingWrite prepare_remove(const fs::path& root, const std::string& id) {
  PendingWrite w;
  w.action = PendingWrite::Action::remove;
  w.id = id;
  w.path = contact_path(root, id);
  auto shown = id + ".yaml";
  w.old_text = read_text_file(w.path, shown);
  try {
    w.before = parse_contact(w.old_text, id, shown);
  } catch (const Error&) {
    w.before.id = id;  // a broken file can be removed too
  }
  return w;
}

PendingWrite prepare_new(const fs::path& root, const std::string& id, std::string text, const Contact& expect) {
  PendingWrite w;
  w.id = id;
  w.path = contact_path(root, id);
  std::error_code ec;
  if (fs::exists(w.path, ec)) throw Error(fmt::format("{}.yaml already exists", id));
  w.new_text = std::move(text);
  w.after = reparse_checked(w.new_text, id, id + ".yaml", expect);
  return w;
}

void commit(const std::vector<PendingWrite>& writes, const std::function<void(size_t done, size_t total)>& progress) {
  // Past a few files (an import), one flush of the file system for them all costs less than one per file.
  constexpr size_t few = 8;
  std::vector<util::FileWrite> files;
  for (const auto& w : writes) {
    std::error_code ec;
    if (w.action == PendingWrite::Action::remove) {
      util::remove_file_durably(w.path);
      continue;
    }
    fs::create_directories(w.path.parent_path(), ec);
    auto replace = w.old_text.empty() ? util::Replace::never : util::Replace::allowed;
    if (writes.size() <= few)
      util::write_file_atomically(w.path, w.new_text, {replace});
    else
      files.push_back({w.path, w.new_text, replace});
  }
  util::write_files_atomically(files, progress);
}

}  // namespace rel::journal
