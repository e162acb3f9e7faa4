// Loading the journal through its derived index: only the files changed since are parsed.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rel/cache/index.hpp"
#include "rel/core/resolve.hpp"
#include "rel/journal/journal.hpp"

namespace rel::cache {

namespace fs = std::filesystem;
using journal::Journal;

enum class Cache { ignore, use };

struct LoadOptions {
  // Cache::use reads the derived index (see index.hpp) to skip unchanged files, and refreshes it.
  Cache cache = Cache::ignore;
  // Detail::listing leaves out what listings never print (see index.hpp) when contacts come from the
  // index; files parsed afresh are whole.
  Detail detail = Detail::full;
  // Called on the calling thread while files are parsed (done, total), and once more when all are.
  std::function<void(size_t done, size_t total)> progress;
};

// As above; the files that must be parsed are parsed on every core, and the result is the same
// whatever the state of the index.
Journal load_journal(const fs::path& root, const LoadOptions& options);

// What WHO resolution needs of a journal, read from derived files without parsing any contact file
// but the few changed since.
struct JournalNames {
  Settings settings;                 // as Journal::settings
  std::vector<Candidate> contacts;   // valid contacts (id, name, folded keys), sorted by id
  std::vector<std::string> bad_ids;  // as Journal::bad_ids
  // As Journal::problems: those of `.rel.yaml`, then those of each bad file in the order of bad_ids,
  // as many as `problem_counts` (one per bad file) says.
  std::vector<Diagnostic> problems;
  std::vector<size_t> problem_counts;
  std::shared_ptr<const void> storage;  // what the views of `contacts` point into
};

// The names from the names snapshot and the watcher's changes (see names_snapshot.hpp), else from the
// index after a walk; nothing when neither is fresh enough (no index, many files changed): then load
// the journal.
std::optional<JournalNames> load_journal_names(const fs::path& root);

}  // namespace rel::cache
