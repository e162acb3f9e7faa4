// The last step of every write command: files replaced atomically, then recorded in git.
#pragma once

#include <string>
#include <vector>

#include "rel/cli/context.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {

// Writes each pending file atomically; then, in a journal that is a git work tree
// with autocommit on, commits exactly those files with `message` (e.g.
// "log: Alice Chen (meeting)"). A git failure never loses the change: it is
// reported on stderr and the command still succeeds. Call under the JournalLock.
// Many writes (an import) show a progress line on a terminal.
void save(Context& ctx, const std::vector<journal::PendingWrite>& writes, const std::string& message);

// The git half of save() for files written some other way (`rel init --git`): `paths` are
// relative to `root`. Does nothing outside a repository or with autocommit off.
void record_in_git(Context& ctx, const std::filesystem::path& root, const std::vector<std::string>& paths,
                   const std::string& message);

}  // namespace rel::cli
