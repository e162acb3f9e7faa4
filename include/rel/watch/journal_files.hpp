// The journal's contact files as they are now, each with its stamp: from the last walk and the
// watcher's list of what changed since when a watcher runs (see monitor.hpp), else by walking.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/cache/cache_folder.hpp"
#include "rel/journal/file_walk.hpp"

namespace rel::watch {

namespace fs = std::filesystem;
using journal::ContactFile;
using journal::FileStamp;

// A walk and the watcher's token from just before it: every file that differs from `files` has
// changed since `token`, so the watcher's answer to it says which.
struct WalkSnapshot {
  std::string token;
  std::vector<ContactFile> files;  // sorted by id
};

std::string encode_walk_snapshot(const WalkSnapshot& snapshot);
// Nothing when the bytes are truncated or corrupt.
std::optional<WalkSnapshot> decode_walk_snapshot(std::string_view payload);

// A path the watcher said changed, as it is now: its id, and its stamp while it is a contact file.
struct Restamped {
  std::string id;
  std::optional<FileStamp> stamp;  // nothing: removed, or no longer a file
};

// Each path the watcher said changed, stat'ed again, in id order; nothing when one cannot be taken on
// trust that way — it is now a link or has other hard links (see WalkNotes), or is no contact path.
std::optional<std::vector<Restamped>> restamp(const fs::path& root, const std::vector<std::string>& changed);

// Brings `files` (sorted by id) up to date with the paths the watcher said changed: each is stat'ed
// again, and added, restamped or removed. False when one cannot be taken on trust that way — it is now
// a link or has other hard links (see WalkNotes) — and the journal must be walked.
bool apply_changes(const fs::path& root, std::vector<ContactFile>& files, const std::vector<std::string>& changed);

// Every contact file below `root`, as a walk lists them: through the watcher when one answers and can
// tell, else by a walk, which then leaves a snapshot in the cache folder for the next run. With
// `start`, a watcher is started in the background when none answers, by running that rel executable
// (the user asked for one: `monitor: true` in .rel.yaml); otherwise none ever is.
journal::FileListing list_files(const fs::path& root, const cache::CacheFolder& folder,
                                const std::optional<fs::path>& start = std::nullopt);

}  // namespace rel::watch
