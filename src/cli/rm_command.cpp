// `rel rm WHO`: a contact's file removed — one commit in a git journal (so `rel undo` brings it back),
// else only after a yes on a terminal or --yes.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/references.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/error.hpp"
#include "rel/git/git.hpp"
#include "rel/git/undo.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

struct RmOptions {
  std::string who;
  bool yes = false;
};

// Why git could not bring the file back, or nothing when it can (committed as it is, auto-commit on).
std::optional<std::string> why_not_undoable(const fs::path& root, const std::string& id) {
  if (!git::has_git_above(root) || !git::git_toplevel(root)) return "the journal is not in git";
  std::vector<Diagnostic> problems;
  if (!journal::load_settings(root, problems).autocommit) return "git.autocommit is off";
  if (!git::is_tracked(root, id + ".yaml")) return "git has never committed it";
  if (!git::uncommitted(root, {id + ".yaml"}).empty()) return "it has changes git has not committed";
  return std::nullopt;
}

bool confirmed(Context& ctx, const std::string& question) {
  ctx.err << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes" || answer == "Yes";
}

void run_rm(const RmOptions& opts, Context& ctx) {
  auto root = ctx.root();
  refuse_during_merge(root);  // before anything else: a write now would fold into the merge
  auto id = resolve_id(ctx, opts.who);
  auto reason = why_not_undoable(root, id);
  const auto& journal = ctx.journal();  // whose `with:` names the contact
  std::string name = id;
  if (const auto* c = journal.find(id)) name = c->name;
  if (reason && !opts.yes) {
    auto question = fmt::format("remove {}.yaml ({})? {}, so `rel undo` cannot bring it back", id, name, *reason);
    if (!ctx.stdin_is_tty)
      throw UsageError(
          fmt::format("{}.yaml was not removed: {}, so it could not be brought back; say --yes to "
                      "remove it anyway",
                      id, *reason));
    if (!confirmed(ctx, question)) {
      ctx.out << fmt::format("kept {}\n", id);
      return;
    }
  }
  auto others = referrers(journal, id, {id});
  journal::JournalLock lock(root);
  save(ctx, {journal::prepare_remove(root, id)}, fmt::format("rm: {}", name));
  ctx.out << fmt::format("removed {} ({}){}\n", id, name, reason ? "" : "; `rel undo` brings it back");
  if (!others.empty()) ctx.out << fmt::format("still named in with: by {} (see `rel check`)\n", referrer_list(others));
}

}  // namespace

void add_rm_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<RmOptions>();
  auto* cmd = app.add_subcommand("rm",
                                 "Remove a contact's file (in a git journal one commit, which `rel undo` "
                                 "reverts)");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name (a broken file by its id)")
      ->required();
  cmd->add_flag("--yes,-y", opts->yes, "Remove it even when git could not bring it back, without asking");
  cmd->footer(
      "Outside git (or with auto-commit off, or uncommitted changes in the file) rel asks on a terminal and\n"
      "needs --yes otherwise. with: references to the contact in other files are reported, not changed.");
  cmd->callback([opts, &ctx] { run_rm(*opts, ctx); });
}

}  // namespace rel::cli
