// Loading the journal through its derived index: a full index and a delta, the files changed since parsed.
#include "rel/cache/cached_load.hpp"

#include <algorithm>
#include <deque>
#include <exception>
#include <memory>
#include <system_error>
#include <thread>
#include <variant>

#include "rel/core/parallel.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/clock.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/journal_files.hpp"
#include "rel/watch/names_snapshot.hpp"

namespace rel::cache {

using namespace journal;
using namespace watch;
using util::coarse_now_ns;
using util::MappedFile;
using util::write_derived_file;

namespace {

// The index of one journal as found on disk: a full index and, optionally, a small delta written
// after it (changed files only), so that one edited file does not cost rewriting the whole index.
class OpenIndex {
 public:
  // Only the table is checked as a whole; each body is checked by its own checksum when decoded, on
  // whichever core decodes it. A load maps the whole index at once (it decodes every body), WHO
  // resolution only the pages it touches.
  OpenIndex(const fs::path& folder, const IndexKey& key, MappedFile::Populate populate = MappedFile::Populate::all)
      : m_base_file(std::make_unique<MappedFile>(folder / "index", populate)),
        m_delta_file(std::make_unique<MappedFile>(folder / "index.delta")) {
    base = decode_index_table(m_base_file->bytes(), key, Verify::table);
    if (base && base->base_checksum == 0) delta = decode_index_table(m_delta_file->bytes(), key);
    if (delta && delta->base_checksum != base->checksum) delta.reset();
    if (base && base->base_checksum != 0) base.reset();
  }
  std::optional<IndexTable> base;
  std::optional<IndexTable> delta;

 private:
  std::unique_ptr<MappedFile> m_base_file;
  std::unique_ptr<MappedFile> m_delta_file;
};

// Walks a sorted table alongside the sorted files: the entry of `file` if it has the same stamp.
class Cursor {
 public:
  explicit Cursor(const std::optional<IndexTable>* table) : m_table(table && *table ? &**table : nullptr) {}
  const IndexEntry* find(const ContactFile& file) {
    if (!m_table) return nullptr;
    const auto& entries = m_table->entries;
    while (m_next < entries.size() && entries[m_next].id < file.id) ++m_next;
    if (m_next < entries.size() && entries[m_next].id == file.id && entries[m_next].stamp == file.stamp)
      return &entries[m_next++];
    return nullptr;
  }

 private:
  const IndexTable* m_table;
  size_t m_next = 0;
};

enum class Origin { parsed, base, delta };

LoadedFile parse_file(const fs::path& root, const ContactFile& file) {
  LoadedFile loaded;
  loaded.id = file.id;
  loaded.stamp = file.stamp;
  try {
    loaded.contact = load_contact(root, file.id);
  } catch (const Error& e) {
    loaded.problems = e.problems();
  }
  return loaded;
}

// Writes what this load learnt: a delta over the full index while it stays small, else a new full index.
// `entries` are the records the results not parsed came from: under Detail::listing those results are
// lean, so what is written again is decoded afresh from them, whole.
void refresh_index(const fs::path& folder, const IndexKey& key, const OpenIndex& index,
                   const std::vector<LoadedFile>& results, const std::vector<Origin>& origins,
                   const std::vector<const IndexEntry*>& entries, Detail detail, int64_t scan_start) {
  auto cacheable = [&](const LoadedFile& f) { return f.stamp.ctime_ns < scan_start; };
  std::deque<LoadedFile> whole;  // re-decoded records, alive until written (a deque never moves them)
  bool lost = false;
  auto record = [&](size_t i) -> const LoadedFile* {
    if (detail == Detail::full || origins[i] == Origin::parsed || !results[i].contact) return &results[i];
    auto loaded = decode_index_entry(*entries[i], Detail::full);
    if (!loaded) {
      lost = true;
      return nullptr;
    }
    return &whole.emplace_back(std::move(*loaded));
  };
  size_t parsed = 0;
  size_t from_base = 0;
  std::vector<size_t> delta;
  for (size_t i = 0; i < results.size(); ++i) {
    if (origins[i] == Origin::base) {
      ++from_base;
    } else if (cacheable(results[i])) {
      delta.push_back(i);
      if (origins[i] == Origin::parsed) ++parsed;
    }
  }
  if (index.base && parsed == 0) return;  // nothing new to remember
  std::vector<const LoadedFile*> records;
  if (index.base) {
    size_t unused = index.base->entries.size() - from_base;
    bool small = delta.size() <= 64 + results.size() / 32 && unused <= 64 + results.size() / 8;
    if (small) {
      for (size_t i : delta) records.push_back(record(i));
      if (!lost) write_derived_file(folder / "index.delta", encode_index(key, records, index.base->checksum));
      return;
    }
  }
  records.reserve(results.size());
  for (size_t i = 0; i < results.size(); ++i)
    if (cacheable(results[i])) records.push_back(record(i));
  if (lost) return;  // a record that decoded a moment ago cannot fail now; never write half an index
  write_derived_file(folder / "index", encode_index(key, records));
  std::error_code ec;
  fs::remove(folder / "index.delta", ec);
}

}  // namespace

Journal load_journal(const fs::path& root, const LoadOptions& options) {
  Journal journal;
  journal.root = root;
  const int64_t scan_start = coarse_now_ns();
  const auto files = options.cache == Cache::use ? journal_files(root).files : scan_contact_files(root);
  journal.settings = load_settings(root, journal.problems);

  std::optional<fs::path> folder;
  std::optional<IndexKey> key;
  std::unique_ptr<OpenIndex> index;
  if (options.cache == Cache::use && (folder = index_folder(root))) {
    key = index_key(root);
    index = std::make_unique<OpenIndex>(*folder, *key);
  }

  // Which files the index knows in their current version: those are decoded, the others parsed.
  std::vector<const IndexEntry*> entries(files.size(), nullptr);
  std::vector<Origin> origins(files.size(), Origin::parsed);
  if (index) {
    Cursor base(&index->base);
    Cursor delta(&index->delta);
    for (size_t i = 0; i < files.size(); ++i) {
      if ((entries[i] = delta.find(files[i]))) {
        origins[i] = Origin::delta;
      } else if ((entries[i] = base.find(files[i]))) {
        origins[i] = Origin::base;
      }
    }
  }
  std::vector<LoadedFile> results(files.size());
  for_each_in_parallel(
      files.size(),
      [&](size_t i) {
        if (entries[i]) {
          if (auto loaded = decode_index_entry(*entries[i], options.detail)) {
            results[i] = std::move(*loaded);
            return;
          }
          origins[i] = Origin::parsed;  // a corrupt record: parse the file, and rewrite the index
        }
        results[i] = parse_file(root, files[i]);
      },
      options.progress);
  if (index) refresh_index(*folder, *key, *index, results, origins, entries, options.detail, scan_start);
  index.reset();

  journal.contacts.reserve(results.size());
  for (auto& result : results) {
    if (result.contact) {
      journal.contacts.push_back(std::move(*result.contact));
    } else {
      journal.problems.insert(journal.problems.end(), result.problems.begin(), result.problems.end());
      journal.bad_ids.push_back(std::move(result.id));
    }
  }
  return journal;
}

std::optional<JournalNames> load_journal_names(const fs::path& root) {
  if (auto names = names_from_snapshot(root)) return names;
  auto folder = index_folder(root);
  if (!folder) return std::nullopt;
  const int64_t scan_start = coarse_now_ns();
  // What the names' views point into: the walk's ids, the index's table, the files parsed here.
  struct Storage {
    JournalFiles walk;
    std::unique_ptr<OpenIndex> index;
    std::deque<LoadedFile> parsed;
    std::deque<std::string> keys;
  };
  auto storage = std::make_shared<Storage>();
  // The walk (most of the time) runs on its own thread while this one reads the index's table and the
  // settings, which need nothing from it.
  std::exception_ptr walk_failed;
  auto walk = [&] {
    try {
      storage->walk = journal_files(root);
    } catch (...) {
      walk_failed = std::current_exception();
    }
  };
  std::optional<std::jthread> walker;
  try {
    walker.emplace(walk);
  } catch (const std::system_error&) {
    walk();  // no thread to be had: one after the other
  }
  const auto key = index_key(root);
  storage->index = std::make_unique<OpenIndex>(*folder, key, MappedFile::Populate::lazy);
  const auto& index = *storage->index;
  JournalNames names;
  names.settings = load_settings(root, names.problems);
  walker.reset();  // joins
  if (walk_failed) std::rethrow_exception(walk_failed);
  if (!index.base) return std::nullopt;
  const auto& files = storage->walk.files;
  names.contacts.reserve(files.size());
  // The few files changed since the index (the one `rel log` just wrote, say) are parsed here and
  // remembered in the delta; many changes are left to a full load, which rewrites the index.
  // In id order, what the delta holds next: the old delta's records still current, and files parsed here.
  std::vector<std::variant<const IndexEntry*, const LoadedFile*>> delta;
  size_t parsed = 0;
  Cursor base(&index.base);
  Cursor delta_cursor(&index.delta);
  for (const auto& file : files) {
    // The entry of the file as it is now (same stamp), from the delta if it has one.
    const IndexEntry* entry = delta_cursor.find(file);
    const bool in_delta = entry != nullptr;
    if (!in_delta) entry = base.find(file);
    if (entry && !entry->bad) {
      names.contacts.push_back({file.id, entry->name, entry->aka, entry->folded});
      if (in_delta) delta.emplace_back(entry);
      continue;
    }
    std::optional<LoadedFile> loaded;
    if (entry) loaded = decode_index_entry(*entry);
    if (loaded && in_delta) delta.emplace_back(entry);
    bool parsed_here = false;
    if (!loaded) {
      if (++parsed > most_parsed_for_names) return std::nullopt;
      loaded = parse_file(root, file);
      parsed_here = true;
    }
    const auto& kept = storage->parsed.emplace_back(std::move(*loaded));
    if (kept.contact) {
      const auto& c = *kept.contact;
      names.contacts.push_back(
          {file.id, c.name, {c.aka.begin(), c.aka.end()}, storage->keys.emplace_back(folded_keys(c.name, c.aka))});
    } else {
      names.problems.insert(names.problems.end(), kept.problems.begin(), kept.problems.end());
      names.problem_counts.push_back(kept.problems.size());
      names.bad_ids.push_back(file.id);
    }
    if (parsed_here && kept.stamp.ctime_ns < scan_start) delta.emplace_back(&kept);
  }
  if (parsed > 0 && delta.size() <= 64 + files.size() / 32) {  // else the next full load rewrites the index
    std::deque<LoadedFile> decoded;
    std::vector<const LoadedFile*> records;
    bool whole = true;
    for (auto& record : delta) {
      if (auto* loaded = std::get_if<const LoadedFile*>(&record)) {
        records.push_back(*loaded);
      } else if (auto again = decode_index_entry(*std::get<const IndexEntry*>(record))) {
        records.push_back(&decoded.emplace_back(std::move(*again)));
      } else {
        whole = false;  // a record of the old delta is corrupt: leave the delta to a full load
        break;
      }
    }
    if (whole) write_derived_file(*folder / "index.delta", encode_index(key, records, index.base->checksum));
  }
  // With a watcher running, the next run takes these names and the watcher's changes since.
  if (storage->walk.token) write_names_snapshot(root, *storage->walk.token, names);
  names.storage = std::move(storage);
  return names;
}

}  // namespace rel::cache
