// `rel git ARGS...`: runs git inside the journal folder, as `pass git` does, with git's own exit status.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/git/git.hpp"

namespace rel::cli {
namespace {

void run_git_command(const std::vector<std::string>& args, Context& ctx) {
  auto root = ctx.root();
  std::error_code ec;
  if (!std::filesystem::is_directory(root, ec))
    throw Error(fmt::format("no journal at {} (create one with `rel init --git`)", root.string()));
  // git writes straight to the terminal: what rel printed so far must come first.
  ctx.out.flush();
  std::cout.flush();
  auto r = git::run_git(root, args, git::Output::inherit);
  ctx.exit_status = r.status;
}

}  // namespace

void add_git_command(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("git", "Run git inside the journal (`rel git log --oneline`); exits with git's status");
  // Every word after `git`, options included, belongs to git.
  cmd->prefix_command();
  cmd->fallthrough(false);  // else the app's fallthrough hands `log` of `rel git log` back to rel
  cmd->footer("Everything after `rel git` is passed to git unchanged, e.g. `rel git log --oneline -5`.");
  cmd->callback([cmd, &ctx] { run_git_command(cmd->remaining(), ctx); });
}

}  // namespace rel::cli
