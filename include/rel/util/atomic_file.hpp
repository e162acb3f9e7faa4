// Replacing a file so that readers and a crash only ever see the old or the new bytes, never half.
#pragma once

#include <filesystem>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

namespace rel::util {

namespace fs = std::filesystem;

enum class Replace { allowed, never };

// synced: the user's bytes — the new file and its folder are flushed to disk before the call returns,
// so a crash at any moment leaves the old or the new content. unsynced: derived files, which a crash
// may lose (they are rebuilt) but must never leave torn.
enum class Durability { synced, unsynced };

struct WriteOptions {
  Replace replace = Replace::allowed;
  Durability durability = Durability::synced;
};

// Writes `text` to a hidden temporary file beside `path`, then gives it the name: rename(2), or with
// Replace::never link(2), which fails if `path` exists. The file keeps the permissions `path` had.
// Throws rel::Error naming the file on any failure, leaving `path` as it was.
void write_file_atomically(const fs::path& path, std::string_view text, WriteOptions options = {});
// The same with the text in pieces, written one after the other (never gathered in memory).
void write_file_atomically(const fs::path& path, std::span<const std::string_view> pieces, WriteOptions options = {});

// Removes the user's file `path` and flushes its folder, so that a crash after the call never brings it
// back. Throws rel::Error naming the file when it cannot.
void remove_file_durably(const fs::path& path);

// One file of write_files_atomically().
struct FileWrite {
  fs::path path;
  std::string_view text;
  Replace replace = Replace::allowed;
};

// Writes each file as write_file_atomically() does, synced, for many files at once (an import):
// the files are staged a few hundred at a time, their file system flushed once for them all
// (syncfs(2)) instead of once per file, then each renamed into place and each folder flushed. Each
// file is replaced atomically; a failure stops at that file, those before it written.
// `progress` hears (files written, files) after each batch.
void write_files_atomically(const std::vector<FileWrite>& files,
                            const std::function<void(size_t done, size_t total)>& progress = {});

// A derived file (index, cache): written as above, unsynced, its folder created if need be; a failure
// is ignored, since derived files are only ever shortcuts.
void write_derived_file(const fs::path& path, std::span<const std::string_view> pieces) noexcept;

}  // namespace rel::util
