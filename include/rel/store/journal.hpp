// The journal on disk: where it is, which files are contacts, and loading them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/core/resolve.hpp"
#include "rel/core/settings.hpp"
#include "rel/store/index.hpp"

namespace rel::store {

namespace fs = std::filesystem;

// `--dir`, else $REL_DIR, else ${XDG_DATA_HOME:-$HOME/.local/share}/rel.
fs::path locate_journal(const std::optional<std::string>& dir_option);

// The settings file at the journal's root.
inline constexpr const char* settings_file_name = ".rel.yaml";

// Every contact id below `root`, sorted: `*.yaml` files, skipping dot-files and dot-folders.
std::vector<std::string> list_contact_ids(const fs::path& root);

fs::path contact_path(const fs::path& root, const std::string& id);

// Reads a whole file; throws rel::Error naming it when it cannot, or when it is over the size cap.
std::string read_text_file(const fs::path& path, const std::string& shown_as);

// The journal's settings; a missing `.rel.yaml` gives the defaults. Problems are
// appended to `problems` and the defaults kept for the keys that were wrong.
Settings load_settings(const fs::path& root, std::vector<Diagnostic>& problems);

// Loads one contact by id; throws rel::Error with every problem in the file.
Contact load_contact(const fs::path& root, const std::string& id);

struct Journal {
  fs::path root;
  Settings settings;
  std::vector<Contact> contacts;     // valid contacts, sorted by id
  std::vector<Diagnostic> problems;  // every problem of every bad file (and of .rel.yaml)
  std::vector<std::string> bad_ids;  // contacts that could not be loaded

  const Contact* find(const std::string& id) const;
};

// Loads every contact, collecting problems instead of stopping at the first bad file.
// Throws only when the folder itself cannot be read.
Journal load_journal(const fs::path& root);

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

}  // namespace rel::store
