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
#include <thread>

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

// who_to_call(), with the contacts assessed on every core: on a large journal the health of every
// contact (twice: today and for the trend) is most of a warm run.
std::vector<Urgency> rank(const std::vector<const Contact*>& contacts, const Settings& settings, Date today) {
  std::vector<Urgency> rows(contacts.size());
  auto assess_range = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) rows[i] = assess_urgency(*contacts[i], settings, today);
  };
  const size_t per_thread = 1024;  // below this, a thread costs more than it saves
  size_t threads =
      std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), contacts.size() / per_thread + 1);
  const size_t chunk = (contacts.size() + threads - 1) / std::max<size_t>(threads, 1);
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < threads; ++t)
    helpers.emplace_back(assess_range, std::min(contacts.size(), t * chunk),
                         std::min(contacts.size(), (t + 1) * chunk));
  assess_range(0, std::min(contacts.size(), chunk));
  for (auto& helper : helpers) helper.join();
  sort_by_urgency(rows);
  return rows;
}

std::vector<Urgency> select(const WhoToCallOptions& opts, Context& ctx) {
  const auto& journal = ctx.journal(store::Detail::listing);
  std::vector<const Contact*> contacts;
  contacts.reserve(journal.contacts.size());
  for (const auto& c : journal.contacts)
    if (opts.tag.empty() || c.has_tag(opts.tag)) contacts.push_back(&c);
  auto rows = rank(contacts, journal.settings, ctx.today);
  Scope scope = opts.all ? Scope::all : Scope::due;
  std::vector<Urgency> kept;
  for (auto& row : rows) {
    if (opts.limit > 0 && static_cast<int>(kept.size()) >= opts.limit) break;
    if (scope == Scope::all || row.listed()) kept.push_back(std::move(row));
  }
  return kept;
}

std::string fixed(double value) { return fmt::format("{}", rounded(value)); }

void run_who_to_call(const WhoToCallOptions& opts, Context& ctx) {
  auto rows = select(opts, ctx);
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
  if (rows.empty() && ctx.journal(store::Detail::listing).contacts.empty()) {
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
