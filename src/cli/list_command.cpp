// `rel list`: every contact with health, last contact and cadence (archived and deceased ones on request).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/duration.hpp"
#include "rel/core/error.hpp"
#include "rel/core/text.hpp"
#include "rel/core/urgency.hpp"

namespace rel::cli {
namespace {

struct ListOptions {
  std::string tag;
  std::string sort = "name";
  std::vector<std::string> statuses;  // --status, each possibly "a,b"
  bool all = false;
  FormatOptions format;
};

// Which lifecycle statuses to list: those asked for, else all with --all, else all but the retired.
std::array<bool, 4> shown_statuses(const ListOptions& opts) {
  std::array<bool, 4> shown{};
  for (const auto& words : opts.statuses) {
    size_t start = 0;
    while (start <= words.size()) {
      auto comma = words.find(',', start);
      auto word = words.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      auto status = parse_status(word);
      if (!status)
        throw UsageError(fmt::format("unknown --status \"{}\": expected active, dormant, archived or deceased", word));
      shown[static_cast<size_t>(*status)] = true;
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  if (!opts.statuses.empty()) return shown;
  shown.fill(true);
  if (!opts.all)
    shown[static_cast<size_t>(ContactStatus::archived)] = shown[static_cast<size_t>(ContactStatus::deceased)] = false;
  return shown;
}

// "dormant", "archived", "deceased", "snoozed until 2027-01-15", or "" for an active contact.
std::string status_cell(const Contact& c, Date today) {
  if (c.status != ContactStatus::active) return std::string(to_string(c.status));
  if (c.snooze && *c.snooze > today) return "snoozed until " + c.snooze->iso();
  return "";
}

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
  const auto shown = shown_statuses(opts);
  const auto& journal = ctx.journal(cache::Detail::listing);
  if (!opts.tag.empty()) {
    std::vector<std::string> known;
    for (const auto& c : journal.contacts) known.insert(known.end(), c.tags.begin(), c.tags.end());
    refuse_unknown_tag(opts.tag, known);
  }
  std::vector<Row> rows;
  rows.reserve(journal.contacts.size());
  for (const auto& c : journal.contacts) {
    if (!opts.tag.empty() && !tagged(c.tags, opts.tag)) continue;
    if (!shown[static_cast<size_t>(c.status)]) continue;
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
  // A person reads the status column only when some contact is at rest; TSV always has it, last.
  bool any_resting =
      std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return !status_cell(*r.contact, ctx.today).empty(); });
  std::vector<std::string> headers = {"id", "name", "health", "trend", "last", "days", "cadence", "tags"};
  if (tsv)
    headers.emplace_back("contact_status");
  else if (any_resting)
    headers.emplace_back("status");
  Table table(headers);
  for (const auto& r : rows) {
    const auto& h = r.urgency.health;
    // TSV carries the precise score and a signed trend; the table what a person reads at a glance.
    auto health = tsv ? fmt::format("{}", rounded(h.score)) : score_text(h.score);
    auto points = trend_points(h);
    auto trend = tsv ? (points ? fmt::format("{}", *points) : std::string()) : trend_cell(points);
    std::vector<std::string> cells = {r.contact->id,
                                      r.contact->name,
                                      health,
                                      trend,
                                      h.last ? h.last->iso() : (tsv ? "" : "never"),
                                      h.days_since ? std::to_string(*h.days_since) : "",
                                      format_duration(h.cadence_days),
                                      join(r.contact->tags, ",")};
    if (tsv)
      cells.emplace_back(to_string(r.contact->status));
    else if (any_resting)
      cells.push_back(status_cell(*r.contact, ctx.today));
    table.add_row(std::move(cells));
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_list_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand("list", "Every contact with health, last contact and cadence");
  cmd->add_option("--tag,-t", opts->tag, "Only contacts with this tag (any case or accents)");
  cmd->add_option("--sort", opts->sort, "health (weakest first), name, or last (longest silence first)")
      ->check(CLI::IsMember({"health", "name", "last"}))
      ->default_str("name");
  cmd->add_option("--status", opts->statuses,
                  "Only contacts with this status: active, dormant, archived, deceased (repeat, or a,b)");
  cmd->add_flag("--all,-a", opts->all, "Archived and deceased contacts too");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "Columns: id name health trend last days cadence tags, and status when a contact listed is dormant,\n"
      "snoozed, archived or deceased. `last` is the last contact (a social \"like\" does not end a silence).\n"
      "Archived and deceased contacts are left out unless --all or --status asks for them. TSV has the\n"
      "health and trend to one decimal and ends with contact_status; JSON records carry the health fields\n"
      "of who-to-call (sinews, previous, status, urgency, reasons, contact_status, ...). See HEALTH in rel(1).");
  cmd->callback([opts, &ctx] { run_list(*opts, ctx); });
}

}  // namespace rel::cli
