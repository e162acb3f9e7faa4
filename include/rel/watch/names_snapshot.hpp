// WHO's view of the journal as of a watcher's token: every valid contact's id, name and folded keys,
// and every bad file's problems. With the watcher's list of what changed since, `rel show` and `rel log`
// need neither a walk nor the index's table: only the files changed since are parsed, and the names
// of the others are views of the mapped file (see monitor.hpp, journal_files.hpp).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "rel/cache/cached_load.hpp"
#include "rel/cache/index.hpp"

namespace rel::watch {

namespace fs = std::filesystem;
using cache::IndexKey;
using cache::JournalNames;

// The most files WHO resolution parses for itself, changed since the snapshot or the index; more are
// left to a walk and a full load, which bring the derived files up to date.
inline constexpr size_t most_parsed_for_names = 32;

// `names` (without its settings and their problems) as of `token`: every file that differs from it
// has changed since.
std::string encode_names_snapshot(const IndexKey& key, std::string_view token, const JournalNames& names);

// The names in the snapshot of the journal at `root`, brought up to date with the watcher's list of
// changes since its token (each file changed parsed); nothing when there is no snapshot or watcher,
// the watcher cannot tell, or more files changed than are worth parsing here. Settings are read too.
std::optional<JournalNames> names_from_snapshot(const fs::path& root);

// Writes `names` as the snapshot of the journal at `root` as of `token`.
void write_names_snapshot(const fs::path& root, std::string_view token, const JournalNames& names);

}  // namespace rel::watch
