// `rel monitor`: the journal's watcher, which lets a run skip the walk of every file (see
// rel/watch/monitor.hpp). Never started unasked: this command shows, starts and stops it.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <memory>
#include <thread>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/watch/monitor.hpp"

namespace rel::cli {
namespace {

struct MonitorOptions {
  std::string action = "status";
  double idle_minutes = 0;  // never
};

std::chrono::milliseconds idle_of(const MonitorOptions& opts) {
  return std::chrono::milliseconds(static_cast<int64_t>(opts.idle_minutes * 60'000));
}

void run_monitor_command(const MonitorOptions& opts, Context& ctx) {
  const auto root = ctx.root();
  journal::require_journal(root);
  const auto* journal = ctx.cache_folder();
  if (!journal) throw Error("no folder for the watcher's socket: set XDG_RUNTIME_DIR, XDG_CACHE_HOME or HOME");
  if (opts.action == "status") {
    auto status = watch::monitor_status(*journal);
    if (!status) throw Error(fmt::format("no watcher of {} is running", root.string()));
    ctx.out << *status;
  } else if (opts.action == "start") {
    if (watch::monitor_status(*journal)) return;
    watch::start_monitor(root, "/proc/self/exe", idle_of(opts));
    // Started in the background: wait (briefly) until it answers, so that a script can rely on it.
    for (int i = 0; i < 200 && !watch::monitor_status(*journal); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!watch::monitor_status(*journal))
      throw Error(fmt::format("the watcher of {} did not start (see `rel monitor run`)", root.string()));
  } else if (opts.action == "stop") {
    if (!watch::stop_monitor(*journal)) throw Error(fmt::format("no watcher of {} is running", root.string()));
  } else if (!watch::run_monitor(*journal, idle_of(opts))) {
    throw Error(fmt::format("a watcher of {} is already running", root.string()));
  }
}

}  // namespace

void add_monitor_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<MonitorOptions>();
  auto* cmd = app.add_subcommand("monitor",
                                 "The journal's watcher, which spares each run a look at every file: "
                                 "status, start, stop, or run it in the foreground");
  cmd->add_option("action", opts->action, "status (the default), start, stop or run")
      ->check(CLI::IsMember({"status", "start", "stop", "run"}));
  cmd->add_option("--idle", opts->idle_minutes,
                  "With start or run: minutes (fractions too) without a question after which the watcher exits "
                  "(default: never)")
      ->check(CLI::Range(0.01, 7.0 * 24 * 60));
  cmd->footer(
      "The watcher follows every change to the journal's files through inotify, so that a run asks it what\n"
      "changed instead of stat'ing every file. rel never starts one unasked: `rel monitor start`, or\n"
      "`monitor: true` in .rel.yaml (then runs start one when none answers, exiting after an hour without a\n"
      "question). It exits on `rel monitor stop`, after --idle minutes without a question, or when the journal\n"
      "folder is removed. $REL_MONITOR=off makes runs never ask one. `status` exits 1 when none is running.");
  cmd->callback([opts, &ctx] { run_monitor_command(*opts, ctx); });
}

}  // namespace rel::cli
