// `rel undo`: the last change rel committed reverted by a new commit, never by rewriting history.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/core/error.hpp"
#include "rel/git/git.hpp"
#include "rel/git/undo.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

// How far back the history is read for rel's latest change that is not undone yet.
constexpr size_t history_read = 1000;

std::string short_sha(const std::string& sha) { return sha.substr(0, 7); }

void run_undo(Context& ctx) {
  auto root = ctx.root();
  journal::require_journal(root);
  refuse_during_merge(root);
  if (!git::has_git_above(root) || !git::git_toplevel(root))
    throw Error(
        "rel undo reverts what rel committed in git, and this journal is not in git (start one with "
        "`rel init --git`)");
  journal::JournalLock lock(root);
  auto commits = git::recent_commits(root, history_read);
  auto choice = git::choose_undo(commits);
  if (!choice.target) throw Error(choice.refusal);
  const auto& target = commits[*choice.target];
  auto files = git::files_changed(root, target.sha);
  if (files.empty())
    throw Error(fmt::format("{} \"{}\" changed no file of this journal; nothing to undo", short_sha(target.sha),
                            target.subject));
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.path);
  if (auto dirty = git::uncommitted(root, paths); !dirty.empty())
    throw Error(
        fmt::format("cannot undo {} \"{}\": {} {} changes git has not committed (commit or discard them "
                    "first, see `rel git status`); nothing was undone",
                    short_sha(target.sha), target.subject, join(dirty, ", "), dirty.size() == 1 ? "has" : "have"));
  if (auto changed = git::changed_since(root, target.sha, paths); !changed.empty())
    throw Error(fmt::format("cannot undo {} \"{}\": {} changed since; nothing was undone", short_sha(target.sha),
                            target.subject, join(changed, ", ")));

  std::vector<journal::PendingWrite> writes;
  std::vector<std::string> report;
  for (const auto& f : files) {
    journal::PendingWrite w;
    w.path = root / f.path;
    w.id = f.path;
    std::error_code ec;
    if (fs::exists(w.path, ec))
      w.old_text = journal::read_text_file(w.path, f.path);
    else
      w.create = true;
    if (f.status == 'A') {
      w.action = journal::PendingWrite::Action::remove;
      report.push_back("removed " + f.path);
    } else {
      auto before = git::file_at(root, target.sha + "^", f.path);
      if (!before) throw Error(fmt::format("cannot read {} as it was before {}", f.path, short_sha(target.sha)));
      w.new_text = *before;
      report.push_back((f.status == 'D' ? "restored " : "reverted ") + f.path);
    }
    writes.push_back(std::move(w));
  }
  journal::commit(writes);
  // An undo is a commit whatever auto-commit says: it is how the history says what was undone.
  auto message =
      git::commit_message("undo: " + target.subject, {fmt::format("{}: {}", git::undoes_trailer, target.sha)});
  if (auto problem = git::commit_paths(root, paths, message))
    ctx.warn(fmt::format("undone on disk, but git could not commit it: {}", *problem));
  ctx.out << fmt::format("undid {} \"{}\"\n", short_sha(target.sha), target.subject);
  for (const auto& line : report) ctx.out << "  " << line << '\n';
}

}  // namespace

void add_undo_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("undo", "Revert the last change rel committed, with a new commit");
  cmd->footer(
      "Run it again to undo the change before. Refused when the last commit is not rel's, when the files it\n"
      "changed have uncommitted changes, during a merge, and outside git.");
  cmd->callback([&ctx] { run_undo(ctx); });
}

}  // namespace rel::cli
