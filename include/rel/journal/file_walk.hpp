// Listing the journal's contact files and stamping each one, the first step of every run that looks
// at the whole journal (and, with a warm index, most of its time).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

struct stat;

namespace rel::journal {

namespace fs = std::filesystem;

// Identifies one version of a file without reading it, like git's index: an edit that keeps the
// size and the mtime still changes the ctime (and a rename-over changes the inode).
struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t inode = 0;
  int64_t ctime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp stamp_of(const struct ::stat& st);

// A contact file found in the journal and its stamp at the time it was listed.
struct ContactFile {
  std::string id;
  FileStamp stamp;
};

// The journal's contact files as one look found them, and when it began: a file whose ctime is not
// older than that may change again within the same clock tick without its stamp changing.
struct FileListing {
  std::vector<ContactFile> files;  // sorted by id
  int64_t started_ns = 0;          // the coarse clock (util/clock.hpp) when the listing began
};

// Whether a walk stats every file (to stamp it), or only reads the folders (stamps left empty): the
// same files either way, since the few entries a folder does not type are stat'ed regardless.
enum class Stamps { take, skip };

// What a walk noticed besides the files (under Stamps::take).
struct WalkNotes {
  // Some contact file is a symbolic link or has other hard links: a change to it may be made through
  // a path outside the journal, where a watcher of the journal's folders does not see it.
  bool linked = false;
};

// Throws "no journal here" unless `root` is a folder.
void require_journal(const fs::path& root);

// Every contact file below `root`, sorted by id, each stat'ed once under Stamps::take (see
// list_contact_ids for the rules). Throws when `root` is not a folder.
std::vector<ContactFile> scan_contact_files(const fs::path& root, Stamps stamps = Stamps::take,
                                            WalkNotes* notes = nullptr);

// Whether `path` ("work/alice.yaml", relative to the journal) names a contact file by the walk's
// rules: `*.yaml`, no part of it a dot-file or dot-folder, no empty part.
bool is_contact_path(std::string_view path);

}  // namespace rel::journal
