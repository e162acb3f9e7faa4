// Where a journal's derived files live, and what ties them to one journal and one build of rel.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace rel::cache {

namespace fs = std::filesystem;

struct CacheFolder {
  fs::path path;       // <cache home>/rel/<hash of the journal's absolute path>
  std::string root;    // the journal's absolute path
  uint64_t build = 0;  // the running rel executable's stamp: a rebuilt or upgraded rel starts afresh
  // The folder of this user's watcher sockets (see watch/monitor.hpp): <runtime home>/rel, else
  // <cache home>/rel/sockets. It must be this user's and no one else's to enter, which the watcher
  // checks: a socket there can only be this user's.
  fs::path sockets;

  // What every derived file of this folder is keyed by: a different journal (a hash collision) or
  // another build of rel (whose parser may read files differently) makes it someone else's.
  std::string key() const;
};

// The cache folder of the journal at `root` below `cache_home` (the caller's
// ${XDG_CACHE_HOME:-$HOME/.cache}: below the command line, nothing reads the environment), and the
// sockets folder below `runtime_home` ($XDG_RUNTIME_DIR) when there is one, else below `cache_home`.
CacheFolder cache_folder(const fs::path& root, const fs::path& cache_home, const fs::path& runtime_home = {});

}  // namespace rel::cache
