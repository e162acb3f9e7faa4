// `rel who-to-call`: the morning list of relationships that are due or decaying, most urgent first, with why.
//
// Formats:
//   table  name, health, trend, silence against cadence ("62d/30d"), and the reasons in words.
//   tsv    one header line; columns id, name, health, trend, status, urgency, last, days_since,
//          cadence_days, time, intensity, reciprocity, trust, reasons ("; "-joined). The first
//          column is the id, so `cut -f1 | xargs -n1 rel show` works.
//   json   an array of records: id, name, health, sinews, trend, previous, last, days_since,
//          cadence_days, usual_gap_days, status, urgency, reasons.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
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
  std::vector<Urgency> rows;  // most urgent first
  bool no_contacts = false;   // the journal has no valid contact at all
};

Selection select(const WhoToCallOptions& opts, Context& ctx) {
  auto look = ctx.assessments();
  auto& all = look.contacts;
  std::vector<uint32_t> order(all.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return more_urgent(all[a].urgency, all[b].urgency); });
  Selection selection;
  selection.no_contacts = all.empty();
  const Scope scope = opts.all ? Scope::all : Scope::due;
  for (auto k : order) {
    auto& row = all[k];
    if (opts.limit > 0 && static_cast<int>(selection.rows.size()) >= opts.limit) break;
    if (!opts.tag.empty() && std::find(row.tags.begin(), row.tags.end(), opts.tag) == row.tags.end()) continue;
    if (scope == Scope::all || row.urgency.listed()) selection.rows.push_back(std::move(row.urgency));
  }
  return selection;
}

std::string fixed(double value) { return fmt::format("{}", rounded(value)); }

void run_who_to_call(const WhoToCallOptions& opts, Context& ctx) {
  auto [rows, no_contacts] = select(opts, ctx);
  auto format = opts.format.get();
  if (format == Format::json) {
    auto records = nlohmann::json::array();
    for (const auto& row : rows) {
      nlohmann::json record = {{"id", row.id}, {"name", row.name}};
      add_urgency_fields(record, row);
      records.push_back(record);
    }
    print_json(ctx.out, records);
    return;
  }
  if (format == Format::tsv) {
    Table table({"id", "name", "health", "trend", "status", "urgency", "last", "days_since", "cadence_days", "time",
                 "intensity", "reciprocity", "trust", "reasons"});
    for (const auto& row : rows) {
      const auto& h = row.health;
      table.add_row({row.id, row.name, fixed(h.score), fixed(trend_points(h)), std::string(to_string(row.status)),
                     fixed(row.urgency), h.last ? h.last->iso() : "", h.days_since ? std::to_string(*h.days_since) : "",
                     std::to_string(h.cadence_days), fixed(h.sinews.time), fixed(h.sinews.intensity),
                     fixed(h.sinews.reciprocity), fixed(h.sinews.trust), join(row.reasons, "; ")});
    }
    table.print(ctx.out, format, ctx.colour);
    return;
  }
  if (rows.empty() && no_contacts) {
    ctx.out << "No contacts yet: add one with `rel add NAME`.\n";
    return;
  }
  if (rows.empty()) {
    ctx.out << (opts.tag.empty() ? std::string("Nobody is due: every relationship is healthy.\n")
                                 : fmt::format("Nobody tagged {} is due.\n", opts.tag));
    return;
  }
  Table table({"name", "health", "trend", "silence", "why"});
  for (const auto& row : rows) {
    table.add_row({row.name, score_text(row.health.score), trend_cell(trend_points(row.health)),
                   silence_cell(row.health), join(row.reasons, "; ")});
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_who_to_call_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<WhoToCallOptions>();
  auto* cmd = app.add_subcommand("who-to-call", "Relationships that are due or decaying, most urgent first, with why");
  cmd->add_option("-n", opts->limit, "Show at most N contacts")->check(CLI::PositiveNumber);
  cmd->add_option("--tag,-t", opts->tag, "Only contacts with this tag");
  cmd->add_flag("--all,-a", opts->all, "Every contact, healthy ones too, still most urgent first");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "Status: urgent (silent 2x cadence), due (past cadence, never logged, a promise overdue, an\n"
      "important date within 3 days), decaying (health under 40 or down 10 in 30 days); the defaults,\n"
      "tunable in .rel.yaml (see HEALTH in rel(1)).\n"
      "TSV columns: id name health trend status urgency last days_since cadence_days time intensity\n"
      "reciprocity trust reasons. JSON adds sinews, previous and usual_gap_days.");
  cmd->callback([opts, &ctx] { run_who_to_call(*opts, ctx); });
}

}  // namespace rel::cli
