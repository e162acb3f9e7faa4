// The names snapshot (`names` beside the index): written after a run that looked at every file with
// a watcher running, read by the next `show` or `log` instead of walking and reading the index.
#include "rel/watch/names_snapshot.hpp"

#include <algorithm>
#include <deque>
#include <memory>

#include "rel/cache/record_codec.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/journal_files.hpp"
#include "rel/watch/monitor.hpp"

namespace rel::watch {

using namespace journal;
using namespace util;
using namespace cache;
namespace {

using Reader = RecordReader;
using Writer = RecordWriter;

constexpr uint32_t format_version = 1;
constexpr char magic[8] = {'R', 'E', 'L', 'N', 'A', 'M', 'E', 'S'};

// Files changed since the snapshot are parsed on every run until this many have, when the snapshot is
// written again (a parse costs about as much as rewriting a tenth of a 10,000-contact snapshot).
constexpr size_t most_parsed_again = 4;

fs::path snapshot_path(const fs::path& folder) { return folder / "names"; }

// What the views of a JournalNames read from a snapshot point into.
struct Storage {
  std::unique_ptr<MappedFile> file;
  std::deque<Contact> parsed;    // files changed since the snapshot
  std::deque<std::string> keys;  // their folded keys
  std::deque<std::string> ids;
};

// A bad file of the snapshot: its id and problems.
struct BadFile {
  std::string_view id;
  std::vector<Diagnostic> problems;
};

struct Decoded {
  std::string_view token;
  std::vector<Candidate> contacts;
  std::vector<BadFile> bad;
};

std::optional<Decoded> decode(std::string_view bytes, const IndexKey& key) {
  try {
    auto checked = binary::file_payload(bytes, magic, format_version);
    if (!checked) return std::nullopt;
    Reader r(checked->bytes);
    if (r.view() != key.root || r.u64() != key.build) return std::nullopt;
    Decoded d;
    d.token = r.view();
    d.contacts.resize(r.count(12));
    for (auto& c : d.contacts) {
      c.id = r.view();
      c.name = r.view();
      c.folded = r.view();
    }
    d.bad.resize(r.count(8));
    for (auto& b : d.bad) {
      b.id = r.view();
      b.problems = r.problems();
    }
    if (!r.at_end()) return std::nullopt;
    return d;
  } catch (const binary::Corrupt&) {
    return std::nullopt;
  }
}

// The snapshot's records of files not changed since, and the records of those that were, in id order.
template <typename Record>
std::vector<Record> merged(std::vector<Record> kept, std::vector<Record> fresh,
                           const std::vector<std::string_view>& changed_ids) {
  std::erase_if(kept,
                [&](const Record& r) { return std::binary_search(changed_ids.begin(), changed_ids.end(), r.id); });
  const auto middle = static_cast<ptrdiff_t>(kept.size());
  kept.insert(kept.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
  std::inplace_merge(kept.begin(), kept.begin() + middle, kept.end(),
                     [](const Record& a, const Record& b) { return a.id < b.id; });
  return kept;
}

}  // namespace

std::string encode_names_snapshot(const IndexKey& key, std::string_view token, const JournalNames& names) {
  size_t estimate = key.root.size() + token.size() + 64;
  for (const auto& c : names.contacts) estimate += c.id.size() + c.name.size() + c.folded.size() + 12;
  auto out = binary::start_file(magic, format_version, estimate);
  Writer w(out);
  w.str(key.root);
  w.u64(key.build);
  w.str(token);
  w.u32(static_cast<uint32_t>(names.contacts.size()));
  for (const auto& c : names.contacts) {
    w.str(c.id);
    w.str(c.name);
    w.str(c.folded.empty() ? std::string_view(folded_keys(c.name, {c.aka.begin(), c.aka.end()})) : c.folded);
  }
  w.u32(static_cast<uint32_t>(names.bad_ids.size()));
  // The files' problems come after those of `.rel.yaml`, in the order of bad_ids.
  size_t next = names.problems.size();
  for (size_t count : names.problem_counts) next -= count;
  for (size_t i = 0; i < names.bad_ids.size(); ++i) {
    w.str(names.bad_ids[i]);
    const auto first = names.problems.begin() + static_cast<ptrdiff_t>(next);
    w.problems({first, first + static_cast<ptrdiff_t>(names.problem_counts[i])});
    next += names.problem_counts[i];
  }
  binary::finish_file(out);
  return out;
}

void write_names_snapshot(const fs::path& root, std::string_view token, const JournalNames& names) {
  if (auto folder = index_folder(root))
    write_derived_file(snapshot_path(*folder), encode_names_snapshot(index_key(root), token, names));
}

std::optional<JournalNames> names_from_snapshot(const fs::path& root) {
  if (monitor_use() == MonitorUse::off) return std::nullopt;
  const auto folder = index_folder(root);
  if (!folder) return std::nullopt;
  auto storage = std::make_shared<Storage>();
  storage->file = std::make_unique<MappedFile>(snapshot_path(*folder));
  auto decoded = decode(storage->file->bytes(), index_key(root));
  if (!decoded) return std::nullopt;
  auto answer = ask_monitor(root, decoded->token);
  if (!answer || !answer->changed || answer->changed->size() > most_parsed_for_names) return std::nullopt;
  auto changed = restamp(root, *answer->changed);
  if (!changed) return std::nullopt;

  JournalNames names;
  names.settings = load_settings(root, names.problems);
  // The files changed since, parsed, in id order.
  std::vector<Candidate> fresh;
  std::vector<BadFile> fresh_bad;
  for (const auto& file : *changed) {
    if (!file.stamp) continue;  // removed
    const auto& id = storage->ids.emplace_back(file.id);
    try {
      const auto& c = storage->parsed.emplace_back(load_contact(root, id));
      fresh.push_back({c.id, c.name, {}, storage->keys.emplace_back(folded_keys(c.name, c.aka))});
    } catch (const Error& e) {
      fresh_bad.push_back({id, e.problems()});
    }
  }
  std::vector<std::string_view> changed_ids;
  for (const auto& file : *changed) changed_ids.push_back(file.id);
  for (auto& bad : merged(std::move(decoded->bad), std::move(fresh_bad), changed_ids)) {
    names.bad_ids.emplace_back(bad.id);
    names.problem_counts.push_back(bad.problems.size());
    names.problems.insert(names.problems.end(), bad.problems.begin(), bad.problems.end());
  }
  names.contacts = merged(std::move(decoded->contacts), std::move(fresh), changed_ids);
  const size_t parsed = storage->ids.size();
  names.storage = std::move(storage);
  if (parsed >= most_parsed_again) write_names_snapshot(root, answer->token, names);
  return names;
}

}  // namespace rel::watch
