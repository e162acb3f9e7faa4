// A temporary journal with its own cache folder, and a watcher of it running on a thread of the test
// (see rel/watch/monitor.hpp): shared by the tests of what the watcher lets a run skip.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <thread>

#include "rel/cache/cached_load.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/monitor.hpp"

namespace rel::watch {
using namespace journal;
using namespace util;
using namespace cache;

struct WatchedJournal {
  fs::path base = fs::temp_directory_path() / ("rel-watched-test-" + std::to_string(::getpid()));
  fs::path root = base / "journal";
  fs::path cache = base / "cache";
  WatchedJournal() {
    fs::remove_all(base);
    fs::create_directories(root);
  }
  ~WatchedJournal() { fs::remove_all(base); }
  // The cache folder (and so the watcher's socket) of the journal at `journal`, by default this one.
  CacheFolder folder(const fs::path& journal) const { return cache_folder(journal, cache); }
  CacheFolder folder() const { return folder(root); }
  void write(const fs::path& relative, const std::string& text, std::ios::openmode mode = std::ios::trunc) const {
    fs::create_directories((root / relative).parent_path());
    std::ofstream(root / relative, std::ios::out | mode) << text;
  }
};

// A watcher of the journal on a thread of its own, stopped (if still running) at the end.
struct Watching {
  const CacheFolder journal;
  bool returned = false;
  std::thread thread;
  explicit Watching(CacheFolder watched) : journal(std::move(watched)) {
    thread = std::thread([this] { returned = run_monitor(journal, std::chrono::minutes(5)); });
    for (int i = 0; i < 500 && !monitor_status(journal); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    REQUIRE(monitor_status(journal));
  }
  ~Watching() {
    stop_monitor(journal);
    thread.join();
  }
};

}  // namespace rel::watch
