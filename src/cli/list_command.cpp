// `rel list`: every contact with health, last contact and cadence.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/core/duration.hpp"
#include "rel/core/text.hpp"

namespace rel::cli {
namespace {

struct ListOptions {
  std::string tag;
  std::string sort = "name";
  FormatOptions format;
};

struct Row {
  const Contact* contact;
  std::optional<Date> last;
  int cadence;
};

void run_list(const ListOptions& opts, Context& ctx) {
  const auto& journal = ctx.journal();
  std::vector<Row> rows;
  for (const auto& c : journal.contacts) {
    if (!opts.tag.empty() && !c.has_tag(opts.tag)) continue;
    const auto* last = last_interaction(c, ctx.today);
    rows.push_back({&c, last ? std::optional<Date>(last->when.date) : std::nullopt, cadence_for(c, journal.settings)});
  }
  auto by_name = [](const Row& a, const Row& b) {
    auto fa = fold(a.contact->name), fb = fold(b.contact->name);
    return fa != fb ? fa < fb : a.contact->id < b.contact->id;
  };
  if (opts.sort == "last") {
    // Longest silence first: never-logged contacts, then the oldest last contact.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
      if (a.last != b.last) return !a.last || (b.last && *a.last < *b.last);
      return by_name(a, b);
    });
  } else {
    std::sort(rows.begin(), rows.end(), by_name);
  }
  auto format = opts.format.get();
  if (format == Format::json) {
    auto records = nlohmann::json::array();
    for (const auto& r : rows) {
      auto j = contact_record(*r.contact);
      j["tags"] = r.contact->tags;
      j["health"] = nullptr;
      j["last"] = date_json(r.last);
      j["days_since"] = r.last ? nlohmann::json(ctx.today - *r.last) : nlohmann::json();
      j["cadence_days"] = r.cadence;
      records.push_back(j);
    }
    print_json(ctx.out, records);
    return;
  }
  Table table({"id", "name", "health", "last", "days", "cadence", "tags"});
  for (const auto& r : rows) {
    table.add_row({r.contact->id, r.contact->name, format == Format::tsv ? "" : "—",
                   r.last ? r.last->iso() : (format == Format::tsv ? "" : "never"),
                   r.last ? std::to_string(ctx.today - *r.last) : "", format_duration(r.cadence),
                   join(r.contact->tags, ",")});
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_list_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand("list", "Every contact with health, last contact and cadence");
  cmd->add_option("--tag,-t", opts->tag, "Only contacts with this tag");
  cmd->add_option("--sort", opts->sort, "health|name|last")
      ->check(CLI::IsMember({"health", "name", "last"}))
      ->default_str("name");
  add_format_options(*cmd, opts->format);
  cmd->callback([opts, &ctx] { run_list(*opts, ctx); });
}

}  // namespace rel::cli
