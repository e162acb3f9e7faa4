// Saving pending writes, the one place where a write command's changes reach disk (and git).
#include "rel/cli/save.hpp"

#include <fmt/format.h>

#include "rel/core/error.hpp"
#include "rel/git/git.hpp"
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
    if (auto problem = git::commit_paths(root, paths, message))
      ctx.warn(fmt::format("saved, but git could not commit \"{}\": {}", message, *problem));
  } catch (const Error& e) {
    ctx.warn(fmt::format("saved, but git could not commit \"{}\": {}", message, e.what()));
  }
}

void save(Context& ctx, const std::vector<journal::PendingWrite>& writes, const std::string& message) {
  journal::commit(writes, ctx.progress("writing", "files"));
  if (writes.empty()) return;
  auto root = ctx.root();
  std::vector<std::string> paths;
  for (const auto& w : writes) paths.push_back(relative_to(root, w.path));
  record_in_git(ctx, root, paths, message);
}

}  // namespace rel::cli
