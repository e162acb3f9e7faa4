// What `rel undo` asks of the journal's repository: which commit of rel's to revert, what it changed,
// and what those files held before it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rel::git {

namespace fs = std::filesystem;

struct CommitInfo {
  std::string sha;
  std::string subject;
  std::string command;              // its Rel-Command trailer; empty when rel did not make it
  std::vector<std::string> undoes;  // its Rel-Undoes trailers: the commits an undo reverted
  size_t parents = 0;
};

// HEAD and its first parents, newest first, at most `limit`; nothing in a repository without commits.
std::vector<CommitInfo> recent_commits(const fs::path& root, size_t limit);

struct UndoChoice {
  std::optional<size_t> target;  // index of the commit to revert
  std::string refusal;           // why there is none
};

// The commit `rel undo` reverts: the newest one rel made that is neither an undo nor undone already,
// when everything above it is rel's undos and what they undid (so `rel undo` twice undoes two
// changes). Refused when a commit that is not rel's comes first, or the one found is the first commit.
UndoChoice choose_undo(const std::vector<CommitInfo>& newest_first);

// A file a commit changed, relative to `root`: 'A'dded, 'M'odified, 'D'eleted or 'T'ype changed.
struct ChangedFile {
  char status = 'M';
  std::string path;
};

// The files commit `sha` changed against its first parent, below `root`.
std::vector<ChangedFile> files_changed(const fs::path& root, const std::string& sha);

// The bytes of `path` (relative to `root`) at `rev`; nothing when it did not exist there.
std::optional<std::string> file_at(const fs::path& root, const std::string& rev, const std::string& path);

// Those of `paths` that differ between `rev` and HEAD.
std::vector<std::string> changed_since(const fs::path& root, const std::string& rev,
                                       const std::vector<std::string>& paths);

// Those of `paths` with changes git has not committed: staged, unstaged, or untracked.
std::vector<std::string> uncommitted(const fs::path& root, const std::vector<std::string>& paths);

}  // namespace rel::git
