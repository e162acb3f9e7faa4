// `rel list`: every contact with health, last contact and cadence.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/core/duration.hpp"
#include "rel/core/text.hpp"
#include "rel/core/urgency.hpp"

namespace rel::cli {
namespace {

struct ListOptions {
  std::string tag;
  std::string sort = "name";
  FormatOptions format;
};

struct Row {
  const Contact* contact;
  Urgency urgency;     // health, status and reasons as of today
  std::string folded;  // the name, case- and accent-folded once rather than at every comparison
};

// Each sort puts first whom a reader of that sort looks for first; ties by name then id.
void sort_rows(std::vector<Row>& rows, const std::string& sort) {
  auto by_name = [](const Row& a, const Row& b) {
    return a.folded != b.folded ? a.folded < b.folded : a.contact->id < b.contact->id;
  };
  if (sort == "last") {
    // Longest silence first: never-in-contact contacts, then the oldest last contact.
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
      const auto& la = a.urgency.health.last;
      const auto& lb = b.urgency.health.last;
      if (la != lb) return !la || (lb && *la < *lb);
      return by_name(a, b);
    });
  } else if (sort == "health") {
    // Weakest first, as printed (one decimal), so equal-looking scores fall back to names.
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
      double ha = rounded(a.urgency.health.score);
      double hb = rounded(b.urgency.health.score);
      if (ha != hb) return ha < hb;
      return by_name(a, b);
    });
  } else {
    std::sort(rows.begin(), rows.end(), by_name);
  }
}

void run_list(const ListOptions& opts, Context& ctx) {
  const auto& journal = ctx.journal(cache::Detail::listing);
  std::vector<Row> rows;
  rows.reserve(journal.contacts.size());
  for (const auto& c : journal.contacts) {
    if (!opts.tag.empty() && !c.has_tag(opts.tag)) continue;
    rows.push_back({&c, assess_urgency(c, journal.settings, ctx.today), fold(c.name)});
  }
  sort_rows(rows, opts.sort);
  auto format = opts.format.get();
  if (format == Format::json) {
    auto records = nlohmann::json::array();
    for (const auto& r : rows) {
      auto j = contact_record(*r.contact);
      j["tags"] = r.contact->tags;
      add_urgency_fields(j, r.urgency);
      records.push_back(j);
    }
    print_json(ctx.out, records);
    return;
  }
  bool tsv = format == Format::tsv;
  Table table({"id", "name", "health", "trend", "last", "days", "cadence", "tags"});
  for (const auto& r : rows) {
    const auto& h = r.urgency.health;
    // TSV carries the precise score and a signed trend; the table what a person reads at a glance.
    auto health = tsv ? fmt::format("{}", rounded(h.score)) : score_text(h.score);
    auto trend = tsv ? fmt::format("{}", trend_points(h)) : trend_cell(trend_points(h));
    table.add_row({r.contact->id, r.contact->name, health, trend, h.last ? h.last->iso() : (tsv ? "" : "never"),
                   h.days_since ? std::to_string(*h.days_since) : "", format_duration(h.cadence_days),
                   join(r.contact->tags, ",")});
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_list_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand("list", "Every contact with health, last contact and cadence");
  cmd->add_option("--tag,-t", opts->tag, "Only contacts with this tag");
  cmd->add_option("--sort", opts->sort, "health (weakest first), name, or last (longest silence first)")
      ->check(CLI::IsMember({"health", "name", "last"}))
      ->default_str("name");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "Columns: id name health trend last days cadence tags. `last` is the last contact (a social \"like\"\n"
      "does not end a silence). TSV has the health and trend to one decimal; JSON records carry the\n"
      "health fields of who-to-call (sinews, previous, status, urgency, reasons, ...). See HEALTH in rel(1).");
  cmd->callback([opts, &ctx] { run_list(*opts, ctx); });
}

}  // namespace rel::cli
