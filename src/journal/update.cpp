// The read-edit-verify-replace cycle behind every command that changes a contact file.
#include "rel/journal/update.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "lines.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/line_text.hpp"
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
  // Refused as the user's doing, not rel's: the file would be over the size every reader refuses.
  if (text.size() > max_file_bytes)
    throw Error(
        fmt::format("{} would be {} bytes, more than the {} MiB a contact file may have (is a note that "
                    "long meant for the journal?); nothing was written",
                    shown, text.size(), max_file_bytes / (1024 * 1024)));
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

// Where a symbolic link points, for messages.
std::string link_target(const fs::path& path) {
  std::error_code ec;
  auto target = fs::read_symlink(path, ec);
  return ec ? std::string("somewhere") : target.string();
}

// See commit(): the checks made before a file is written. The folders below the journal are looked at
// one by one (lstat), from the journal down to the file's own.
void check_writable(const PendingWrite& w) {
  // `id` has as many parts as the path has below the journal ("work/alice", or ".rel.yaml").
  const auto parts = static_cast<size_t>(std::count(w.id.begin(), w.id.end(), '/')) + 1;
  auto folder = w.path;
  for (size_t i = 0; i < parts; ++i) folder = folder.parent_path();
  const auto shown = w.id.ends_with(".yaml") ? w.id : w.id + ".yaml";
  std::string below;
  for (size_t start = 0, slash; (slash = w.id.find('/', start)) != std::string::npos; start = slash + 1) {
    if (!below.empty()) below += '/';
    below.append(w.id, start, slash - start);
    folder /= w.id.substr(start, slash - start);
    struct stat st {};
    if (::lstat(folder.c_str(), &st) != 0) return;  // a new folder, which the write creates
    if (S_ISLNK(st.st_mode))
      throw Error(
          fmt::format("{} is a symbolic link (to {}), and rel writes only inside the journal's own folders "
                      "(no listing would find {} there); nothing was written",
                      below, link_target(folder), shown));
    if (!S_ISDIR(st.st_mode)) throw Error(fmt::format("{} is not a folder; nothing was written", below));
  }
  struct stat st {};
  if (::lstat(w.path.c_str(), &st) != 0) return;  // a new file
  if (S_ISLNK(st.st_mode))
    throw Error(
        fmt::format("{} is a symbolic link (to {}): rel does not write through links, since replacing it "
                    "would put a copy of its target in its place; edit the file it points to yourself, or "
                    "replace the link by that file; nothing was written",
                    shown, link_target(w.path)));
  if (!S_ISREG(st.st_mode)) throw Error(fmt::format("{} is not a regular file; nothing was written", shown));
  if (w.create) return;  // the link(2) of a new file fails on it, saying so
  if ((st.st_mode & S_IWUSR) == 0)
    throw Error(
        fmt::format("{} is read-only, so rel leaves it as it is (`chmod u+w {}` lets rel write it); nothing "
                    "was written",
                    shown, w.path.string()));
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
  line_text::refuse_other_line_breaks(w.old_text, shown);
  auto decoded = decode_contact(tree, id, shown);
  if (!decoded.problems.empty()) throw Error(std::move(decoded.problems));
  w.before = std::move(decoded.contact);
  try {
    w.new_text = edit(w.old_text, tree, w.before);
  } catch (const lines::Refusal& refusal) {
    throw refusal.in(shown);
  }
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
  w.create = true;
  w.new_text = std::move(text);
  w.after = reparse_checked(w.new_text, id, id + ".yaml", expect);
  return w;
}

void commit(const std::vector<PendingWrite>& writes, const std::function<void(size_t done, size_t total)>& progress) {
  for (const auto& w : writes)
    if (w.action == PendingWrite::Action::write) check_writable(w);
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
    const auto replace = w.create ? util::Replace::never : util::Replace::allowed;
    if (writes.size() <= few)
      util::write_file_atomically(w.path, w.new_text, {replace});
    else
      files.push_back({w.path, w.new_text, replace});
  }
  util::write_files_atomically(files, progress);
}

}  // namespace rel::journal
