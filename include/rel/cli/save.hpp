// The last step of every write command: files replaced atomically, then recorded in git.
#pragma once

#include <string>
#include <vector>

#include "rel/cli/context.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {

// What a write does while the journal's repository is in the middle of a merge: refuse, changing
// nothing (any write but one), or write and `git add` the files, marking them resolved without a commit
// (`rel edit` of a file in conflict).
enum class DuringMerge { refuse, stage };

// Writes each pending file atomically (or removes it); then, in a journal that is a git work tree
// with autocommit on, commits exactly those files with `message` (e.g. "log: Alice Chen (meeting)",
// see git::commit_message). A git failure never loses the change: it is reported on stderr and the
// command still succeeds. During a merge, see DuringMerge. Call under the JournalLock.
// Many writes (an import) show a progress line on a terminal.
void save(Context& ctx, const std::vector<journal::PendingWrite>& writes, const std::string& message,
          DuringMerge during_merge = DuringMerge::refuse);

// Throws, naming the files still in conflict, when the journal at `root` is in a git repository in the
// middle of a merge: a write then would be folded into the merge commit. Cheap outside a merge.
void refuse_during_merge(const std::filesystem::path& root);

// The git half of save() for files written some other way (`rel init --git`): `paths` are
// relative to `root`. Does nothing outside a repository or with autocommit off.
void record_in_git(Context& ctx, const std::filesystem::path& root, const std::vector<std::string>& paths,
                   const std::string& message);

}  // namespace rel::cli
