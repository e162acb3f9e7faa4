// `rel who-to-call`: the morning list of relationships that are due or decaying, most urgent first, with why.
//
// Formats:
//   table  name, health, trend, silence against cadence ("62d/30d"), and the reasons in words; on a
//          terminal what needs acting on is coloured (see reasons_cell), the columns still aligned.
//   tsv    one header line; columns id, name, health, trend, status, urgency, last, days_since,
//          cadence_days, time, intensity, reciprocity, trust, reasons ("; "-joined), contact_status.
//          The first column is the id, so `cut -f1 | xargs -n1 rel show` works. trend is empty
//          before there are 30 days of history.
//   json   an array of records: id, name, health, sinews, trend, previous, last, days_since,
//          cadence_days, usual_gap_days, status (the urgency's), urgency, act_today, reasons,
//          contact_status (active, dormant, archived, deceased), snooze. trend and previous are null
//          before there are 30 days of history.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/numbers.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/urgency.hpp"

namespace rel::cli {
namespace {

enum class Scope { due, all };

struct WhoToCallOptions {
  int limit = 0;  // 0: no limit
  std::string tag;
  bool all = false;
  FormatOptions format;
};

struct Selection {
  cache::Look<cache::Assessment> look;  // every contact's assessment
  std::vector<const Urgency*> rows;     // those shown, most urgent first
  bool no_contacts = false;             // the journal has no valid contact at all
};

Selection select(const WhoToCallOptions& opts, Context& ctx) {
  Selection selection;
  selection.look = ctx.assessments();
  auto& all = selection.look.contacts;
  std::vector<const Urgency*> urgencies;
  std::vector<std::string> folded_names;
  urgencies.reserve(all.size());
  folded_names.reserve(all.size());
  for (auto& row : all) urgencies.push_back(&row.urgency), folded_names.push_back(std::move(row.folded_name));
  const auto order = urgency_order(urgencies, folded_names);
  if (!opts.tag.empty()) {
    std::vector<std::string> known;
    for (const auto& row : all) known.insert(known.end(), row.tags.begin(), row.tags.end());
    refuse_unknown_tag(opts.tag, known);
  }
  selection.no_contacts = all.empty();
  const Scope scope = opts.all ? Scope::all : Scope::due;
  for (auto k : order) {
    auto& row = all[k];
    if (opts.limit > 0 && static_cast<int>(selection.rows.size()) >= opts.limit) break;
    if (!opts.tag.empty() && !tagged(row.tags, opts.tag)) continue;
    if (scope == Scope::all || row.urgency.listed()) selection.rows.push_back(&row.urgency);
  }
  return selection;
}

std::string fixed(double value) { return fmt::format("{}", rounded(value)); }
std::string fixed(std::optional<double> value) { return value ? fixed(*value) : std::string(); }

void run_who_to_call(const WhoToCallOptions& opts, Context& ctx) {
  const auto selection = select(opts, ctx);
  const auto& rows = selection.rows;
  auto format = opts.format.get();
  if (format == Format::json) {
    auto records = nlohmann::json::array();
    for (const auto* row_pointer : rows) {
      const auto& row = *row_pointer;
      nlohmann::json record = {{"id", row.id}, {"name", row.name}};
      add_urgency_fields(record, row);
      records.push_back(record);
    }
    print_json(ctx.out, records);
    return;
  }
  if (format == Format::tsv) {
    Table table({"id", "name", "health", "trend", "status", "urgency", "last", "days_since", "cadence_days", "time",
                 "intensity", "reciprocity", "trust", "reasons", "contact_status"});
    for (const auto* row_pointer : rows) {
      const auto& row = *row_pointer;
      const auto& h = row.health;
      table.add_row({row.id, row.name, fixed(h.score), fixed(trend_points(h)), std::string(to_string(row.status)),
                     fixed(row.urgency), h.last ? h.last->iso() : "", h.days_since ? std::to_string(*h.days_since) : "",
                     std::to_string(h.cadence_days), fixed(h.sinews.time), fixed(h.sinews.intensity),
                     fixed(h.sinews.reciprocity), fixed(h.sinews.trust), join(row.reason_texts(), "; "),
                     std::string(to_string(row.contact_status))});
    }
    table.print(ctx.out, format, ctx.colour);
    return;
  }
  if (rows.empty() && selection.no_contacts) {
    ctx.out << "No contacts yet: add one with `rel add NAME`.\n";
    return;
  }
  if (rows.empty()) {
    ctx.out << (opts.tag.empty() ? std::string("Nobody is due: every relationship is healthy.\n")
                                 : fmt::format("Nobody tagged {} is due.\n", opts.tag));
    return;
  }
  Table table({"name", "health", "trend", "silence", "why"});
  for (const auto* row_pointer : rows) {
    const auto& row = *row_pointer;
    table.add_row({name_cell(row, ctx.colour), score_text(row.health.score), trend_cell(row, ctx.colour),
                   silence_cell(row.health), reasons_cell(row, ctx.colour)});
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_who_to_call_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<WhoToCallOptions>();
  auto* cmd = app.add_subcommand(
      "who-to-call", "The morning list: what can be lost today, then relationships due or decaying, with why");
  cmd->add_option("-n", opts->limit, "Show at most N contacts (1 or more)")->check(whole_number(1));
  cmd->add_option("--tag,-t", opts->tag, "Only contacts with this tag (any case or accents)");
  cmd->add_flag("--all,-a", opts->all, "Every contact, healthy and resting ones too, still most urgent first");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "Order: first what can be lost today (an important date today or tomorrow, a promise of yours due\n"
      "today or overdue), above any silence; then silence past cadence (longer first, bounded), never\n"
      "logged (shorter cadence first), promises they owe you, chases (3+ contacts by you unanswered), dates\n"
      "this week, a fall or low health. Dormant and snoozed contacts come up only for dates and promises;\n"
      "archived and deceased never. `rel` alone runs this.\n"
      "Status: urgent (silent 2x cadence), due (past cadence, never logged, a promise due or overdue, an\n"
      "important date within 3 days), decaying (a chase; health down 10 in 30 days or under 40); the\n"
      "defaults, tunable in .rel.yaml (see HEALTH in rel(1)).\n"
      "TSV columns: id name health trend status urgency last days_since cadence_days time intensity\n"
      "reciprocity trust reasons contact_status (trend empty before 30 days of history). JSON adds sinews,\n"
      "previous, usual_gap_days, act_today (something to lose today) and snooze.");
  cmd->callback([opts, &ctx] { run_who_to_call(*opts, ctx); });
}

}  // namespace rel::cli
