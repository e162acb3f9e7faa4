// The journal's watcher: a small background process that follows every change below the journal's
// folders through inotify, so that a run can ask what changed since its last walk instead of stat'ing
// every file again (like git's fsmonitor). Only ever a shortcut: no watcher, or one that lost track
// (it restarted, its queue overflowed, a folder moved), means "walk".
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/cache/cache_folder.hpp"

namespace rel::watch {

namespace fs = std::filesystem;

// Whether files on a file system of this type (statfs's f_type) may change without this kernel
// seeing it, so that no watcher can follow them: NFS, SMB, FUSE, 9P, AFS, Coda, Ceph.
bool is_remote_file_system(unsigned long type);
// Whether `path` is on such a file system (also when statfs cannot tell).
bool on_remote_file_system(const fs::path& path);

// A watcher's answer: where it is now (a token to ask from next time) and the paths below the journal
// ("work/alice.yaml") of every contact file changed since the token asked about — nothing when it
// cannot tell (a token of another watcher, or one from before it lost track).
struct MonitorAnswer {
  std::string token;
  std::optional<std::vector<std::string>> changed;
};

// Each watcher listens on a Unix socket in `journal.sockets`, a folder of this user's that no one else
// may enter (the watcher makes it, mode 700, and neither side uses one that is not so), named for the
// journal and the build of rel, beside a lock file whose holder is the one watcher of that journal.

// Asks the watcher of `journal` what changed since `token` ("" for none yet); nothing when no watcher
// of this user and this build of rel is running, or it does not answer in time.
std::optional<MonitorAnswer> ask_monitor(const cache::CacheFolder& journal, std::string_view token);

// Starts a watcher of `root` in the background (`rel monitor run`, detached, in its own session), by
// running `rel_executable`, that exits after `idle` without a question (zero: never); quietly nothing
// when it cannot. A second one started at once exits at once.
void start_monitor(const fs::path& root, const fs::path& rel_executable,
                   std::chrono::milliseconds idle = std::chrono::minutes(60));

// A few lines about the running watcher of `journal` (its process id, what it watches), or nothing.
std::optional<std::string> monitor_status(const cache::CacheFolder& journal);

// Asks the watcher of `journal` to exit; false when none was running.
bool stop_monitor(const cache::CacheFolder& journal);

// Runs a watcher of `journal` in this process until the journal folder is removed or moved, it is asked
// to stop, `idle` passes without a question (zero: never), or its rel executable is replaced (rebuilt, upgraded).
// Returns false at once when another watcher of it is running; throws rel::Error when it cannot watch (a network file
// system, no inotify, a sockets folder that is not private).
bool run_monitor(const cache::CacheFolder& journal, std::chrono::milliseconds idle);

}  // namespace rel::watch
