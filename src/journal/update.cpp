// The read-edit-verify-replace cycle behind every command that changes a contact file.
#include "rel/journal/update.hpp"

#include <fmt/format.h>

#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/util/atomic_file.hpp"

namespace rel::journal {
namespace {

Contact reparse_checked(const std::string& text, const std::string& id, const std::string& shown,
                        const Contact& expected) {
  Contact after;
  try {
    after = parse_contact(text, id, shown);
  } catch (const Error& e) {
    throw Error(
        fmt::format("internal error: the edited {} would not parse ({}); nothing was written", shown, e.what()));
  }
  if (!(after == expected))
    throw Error(
        fmt::format("internal error: the edited {} would not read back as intended; nothing was written", shown));
  return after;
}

}  // namespace

PendingWrite prepare_edit(const fs::path& root, const std::string& id, const TextEdit& edit, const ModelEdit& expect) {
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
  w.after = reparse_checked(w.new_text, id, shown, expected);
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
