// `rel snooze WHO WHEN|DURATION`: a relationship not due before a day (`snooze:`), for a rest you chose.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/assignment.hpp"
#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/duration.hpp"
#include "rel/core/error.hpp"
#include "rel/core/when.hpp"
#include "rel/journal/lock.hpp"

namespace rel::cli {
namespace {

struct SnoozeOptions {
  std::string who;
  std::string until;
};

// "90d", "2w", "3m" from today; else a WHEN, leaning to the future ("friday" is the coming one).
Date snooze_until(std::string_view text, Date today) {
  Date until = today;
  if (auto days = parse_duration_days(text))
    until = today + *days;
  else
    until = parse_when(text, today, Lean::future).date;
  if (until <= today)
    throw UsageError(fmt::format("snooze until {}: that is not after today ({})", until.iso(), today.iso()));
  return until;
}

void run_snooze(const SnoozeOptions& opts, Context& ctx) {
  Date until = snooze_until(opts.until, ctx.today);
  auto assignment = parse_assignment("snooze", until.iso(), ctx.today);
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  auto write = prepare_assignment(root, id, assignment);
  if (write.before == write.after) {
    ctx.out << fmt::format("{} is already snoozed until {}; nothing changed\n", write.after.name, until.iso());
    return;
  }
  save(ctx, {write}, fmt::format("snooze: {} until {}", write.after.name, until.iso()));
  ctx.out << fmt::format("snoozed {} until {}\n", write.after.name, until.iso());
}

}  // namespace

void add_snooze_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<SnoozeOptions>();
  auto* cmd = app.add_subcommand("snooze", "Not due for silence before a day: a rest you chose (writes snooze:)");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  cmd->add_option("until", opts->until,
                  "Until when: a duration from today (90d, 6w, 3m) or a WHEN (2027-01-15, next friday, in 2 weeks)")
      ->required();
  cmd->footer(
      "Until that day the contact is never due for silence; its birthdays and promises still come up.\n"
      "`rel unset WHO snooze` ends it early.");
  cmd->callback([opts, &ctx] { run_snooze(*opts, ctx); });
}

}  // namespace rel::cli
