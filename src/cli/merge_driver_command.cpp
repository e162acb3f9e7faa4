// `rel merge-driver %O %A %B [%P]`: git's merge driver for contact files, configured by rel in .git/config.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/git/git.hpp"
#include "rel/git/merge.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/util/atomic_file.hpp"

namespace rel::cli {
namespace {

struct MergeDriverOptions {
  std::string base;    // %O: the common ancestor
  std::string ours;    // %A: our version, where the result goes
  std::string theirs;  // %B: the version being merged in
  std::string shown;   // %P: the file's path in the repository, for messages
};

void run_merge_driver(const MergeDriverOptions& opts, Context& ctx) {
  auto shown = opts.shown.empty() ? opts.ours : opts.shown;
  auto base = journal::read_text_file(opts.base, shown + " (ancestor)");
  auto ours = journal::read_text_file(opts.ours, shown + " (ours)");
  auto theirs = journal::read_text_file(opts.theirs, shown + " (theirs)");
  auto result = git::merge_contact_texts(base, ours, theirs);
  switch (result.outcome) {
    case git::MergeOutcome::clean: util::write_file_atomically(opts.ours, result.text); return;
    case git::MergeOutcome::conflict: {
      util::write_file_atomically(opts.ours, result.text);
      std::string what;
      for (const auto& c : result.conflicts) what += (what.empty() ? "" : ", ") + c;
      ctx.err << fmt::format("rel: conflict in {}: {} changed differently on both sides\n", shown, what);
      ctx.exit_status = 1;
      return;
    }
    case git::MergeOutcome::unparseable: {
      // Not a file rel can merge by entries: git's own line merge, markers and all, loses nothing either.
      ctx.warn(fmt::format("{}: {}; merging it line by line", shown, result.problem));
      auto r = git::run_git(
          ".", {"merge-file", "-L", "ours", "-L", "ancestor", "-L", "theirs", opts.ours, opts.base, opts.theirs});
      if (r.status != 0) {
        ctx.err << r.err;
        ctx.exit_status = 1;
      }
      return;
    }
  }
}

}  // namespace

void add_merge_driver_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<MergeDriverOptions>();
  auto* cmd = app.add_subcommand("merge-driver",
                                 "git's merge driver for contact files: unites log entries and promises in date "
                                 "order; a real conflict gets markers and exit 1");
  cmd->group("");  // run by git, not by people; `rel init --git` and every write configure it
  cmd->add_option("base", opts->base, "The common ancestor (%O)")->required();
  cmd->add_option("ours", opts->ours, "Our version, replaced by the result (%A)")->required();
  cmd->add_option("theirs", opts->theirs, "Their version (%B)")->required();
  cmd->add_option("path", opts->shown, "The file's path, for messages (%P)");
  cmd->callback([opts, &ctx] { run_merge_driver(*opts, ctx); });
}

}  // namespace rel::cli
