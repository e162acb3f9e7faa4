// Safe writes: one writer at a time per journal, and files replaced atomically.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace rel::store {

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

enum class Replace { allowed, never };

// Writes `text` to a hidden temporary file beside `path`, fsyncs it, renames it over
// `path` (or, with Replace::never, fails if `path` exists) and fsyncs the folder, so a
// crash at any moment leaves either the old or the new content.
void write_file_atomically(const fs::path& path, std::string_view text, Replace replace = Replace::allowed);

}  // namespace rel::store
