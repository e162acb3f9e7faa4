// One writer at a time per journal.
#pragma once

#include <filesystem>

namespace rel::journal {

namespace fs = std::filesystem;

// Serialises writers of one journal with flock(2) on the journal folder itself: a
// stable path that no write renames over, and no lock file to leave behind.
class JournalLock {
 public:
  explicit JournalLock(const fs::path& root);
  ~JournalLock();
  JournalLock(const JournalLock&) = delete;
  JournalLock& operator=(const JournalLock&) = delete;

 private:
  int m_fd = -1;
};

}  // namespace rel::journal
