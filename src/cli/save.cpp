// Saving pending writes, the one place where a write command's changes reach disk (and git).
#include "rel/cli/save.hpp"

#include <fmt/format.h>

#include "rel/core/error.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/journal/journal.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

// The path of `path` relative to `root`, as git wants it when run in `root`.
std::string relative_to(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  auto abs_root = fs::absolute(root, ec);
  auto abs_path = fs::absolute(path, ec);
  return abs_path.lexically_normal().lexically_relative(abs_root.lexically_normal()).string();
}

}  // namespace

void record_in_git(Context& ctx, const fs::path& root, const std::vector<std::string>& paths,
                   const std::string& message) {
  // A journal outside any repository pays one stat per folder up to `/`, and no git process.
  if (!git::has_git_above(root)) return;
  const auto& settings = ctx.settings();
  // A repository that names rel's merge driver needs it configured even when the user commits by hand.
  std::error_code ec;
  if (!settings.autocommit && !fs::exists(root / ".gitattributes", ec)) return;
  try {
    if (auto problem = git::ensure_merge_driver(root))
      ctx.warn(fmt::format("could not configure the merge driver in .git/config: {}", *problem));
    if (!settings.autocommit) return;
    if (auto problem = git::commit_paths(root, paths, git::commit_message(message)))
      ctx.warn(fmt::format("saved, but git could not commit \"{}\": {}", message, *problem));
  } catch (const Error& e) {
    ctx.warn(fmt::format("saved, but git could not commit \"{}\": {}", message, e.what()));
  }
}

void refuse_during_merge(const fs::path& root) {
  if (!git::merge_in_progress(root)) return;
  constexpr const char* stop = "the journal's git repository is in the middle of a merge, so nothing was changed";
  auto unmerged = git::unmerged_paths(root);
  if (unmerged.empty())
    throw Error(
        fmt::format("{}: finish the merge with `rel git commit` (or give it up with `rel git merge --abort`)", stop));
  std::string files;
  for (const auto& path : unmerged) files += (files.empty() ? "" : ", ") + path;
  std::string how = "resolve each with `rel edit ID`";
  if (unmerged.size() == 1 && journal::is_contact_path(unmerged.front()))
    how = fmt::format("resolve it with `rel edit {}`", unmerged.front().substr(0, unmerged.front().size() - 5));
  throw Error(
      fmt::format("{}; still in conflict: {} ({}, then `rel git commit`; or give the merge up with `rel git "
                  "merge --abort`)",
                  stop, files, how));
}

void save(Context& ctx, const std::vector<journal::PendingWrite>& writes, const std::string& message,
          DuringMerge during_merge) {
  if (writes.empty()) return;
  auto root = ctx.root();
  bool merging = git::merge_in_progress(root);
  if (merging && during_merge == DuringMerge::refuse) refuse_during_merge(root);
  // A file git never tracked leaves no trace in git when it goes: only its removal is not committed.
  std::vector<std::string> paths;
  bool in_git = git::has_git_above(root);
  for (const auto& w : writes) {
    auto path = relative_to(root, w.path);
    if (w.action == journal::PendingWrite::Action::remove && in_git && !git::is_tracked(root, path)) continue;
    paths.push_back(path);
  }
  journal::commit(writes, ctx.progress("writing", "files"));
  if (paths.empty()) return;
  if (!merging) {
    record_in_git(ctx, root, paths, message);
    return;
  }
  std::vector<std::string> add = {"--literal-pathspecs", "add", "--"};
  add.insert(add.end(), paths.begin(), paths.end());
  if (auto r = git::run_git(root, add); !r.ok())
    ctx.warn(fmt::format("saved, but git could not mark it resolved: {}", git::git_error_text(r)));
}

}  // namespace rel::cli
