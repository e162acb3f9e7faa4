// The journal on disk: where it is, which files are contacts, and loading them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/core/resolve.hpp"
#include "rel/core/settings.hpp"

namespace rel::journal {

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

// Loads every contact, parsing every file on every core, collecting problems instead of stopping at
// the first bad file. Throws only when the folder itself cannot be read.
Journal load_journal(const fs::path& root);

}  // namespace rel::journal
