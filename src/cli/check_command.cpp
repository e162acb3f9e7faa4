// `rel check`: validates every file of the journal and reports each problem.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/journal.hpp"

namespace rel::cli {
namespace {

void run_check(Context& ctx) {
  auto journal = journal::load_journal(ctx.root());
  for (const auto& problem : journal.problems) ctx.out << problem.describe() << '\n';
  auto files = journal.contacts.size() + journal.bad_ids.size();
  if (!journal.problems.empty()) {
    ctx.out.flush();
    throw Error(fmt::format("{} problem{} in {} of {} files", journal.problems.size(),
                            journal.problems.size() == 1 ? "" : "s",
                            journal.bad_ids.size() + (journal.bad_ids.empty() ? 1 : 0), files));
  }
  ctx.err << fmt::format("{} contact{} checked, no problems\n", files, files == 1 ? "" : "s");
}

}  // namespace

void add_check_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("check", "Validate every file; each problem as FILE:LINE:COL: message");
  cmd->callback([&ctx] { run_check(ctx); });
}

}  // namespace rel::cli
