// `rel upcoming [--days N]`: birthdays, important dates and promises due soon (with their addresses), overdue
// promises first.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <optional>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/numbers.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/core/entry_address.hpp"
#include "rel/core/text.hpp"

namespace rel::cli {
namespace {

struct UpcomingOptions {
  int days = 14;
  bool all = false;  // archived and deceased contacts too (a deceased person's dates still never)
  FormatOptions format;
};

enum class Kind { date, promise };

struct Entry {
  Date date;
  int days = 0;  // until the date; negative for an overdue promise
  const Contact* contact = nullptr;
  Kind kind = Kind::date;
  std::string what;
  std::string entry;  // a promise's address, as `rel kept WHO ENTRY` takes it
};

void collect_dates(const Contact& c, Date today, int horizon, std::vector<Entry>& entries) {
  if (c.status == ContactStatus::deceased) return;  // remembered in their file, never announced
  for (const auto& date : c.dates) {
    auto occurrence = next_occurrence(date, today);
    if (occurrence.days_until <= horizon)
      entries.push_back(
          {occurrence.next, occurrence.days_until, &c, Kind::date, occurrence_what(date, occurrence), {}});
  }
}

// Open promises due within the horizon, and every overdue one however old: those matter most.
void collect_promises(const Contact& c, Date today, int horizon, std::vector<Entry>& entries) {
  std::optional<EntryAddresses> addresses;
  for (size_t i = 0; i < c.promises.size(); ++i) {
    const auto& p = c.promises[i];
    if (!p.open() || !p.due) continue;
    int days = *p.due - today;
    if (days > horizon) continue;
    auto what = fmt::format("{}: {}", p.by == By::them ? "promise by them" : "promise", p.what);
    if (!addresses) addresses.emplace(c);
    entries.push_back({*p.due, days, &c, Kind::promise, std::move(what), addresses->of_promise(i)});
  }
}

std::vector<Entry> upcoming(const journal::Journal& journal, Date today, int horizon, bool all) {
  std::vector<Entry> entries;
  for (const auto& c : journal.contacts) {
    if (c.retired() && !all) continue;
    collect_dates(c, today, horizon, entries);
    collect_promises(c, today, horizon, entries);
  }
  // By date, then name; overdue promises have the earliest dates, so they come first.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.date != b.date) return a.date < b.date;
    auto fa = fold(a.contact->name), fb = fold(b.contact->name);
    if (fa != fb) return fa < fb;
    return a.contact->id < b.contact->id;
  });
  return entries;
}

std::string_view kind_name(Kind kind) { return kind == Kind::date ? "date" : "promise"; }

void run_upcoming(const UpcomingOptions& opts, Context& ctx) {
  auto entries = upcoming(ctx.journal(), ctx.today, opts.days, opts.all);
  auto format = opts.format.get();
  if (format == Format::json) {
    auto records = nlohmann::json::array();
    for (const auto& e : entries) {
      auto record = contact_record(*e.contact);
      record["date"] = e.date.iso();
      record["days"] = e.days;
      record["kind"] = kind_name(e.kind);
      record["what"] = e.what;
      record["entry"] = e.entry.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.entry);
      records.push_back(record);
    }
    print_json(ctx.out, records);
    return;
  }
  if (format == Format::table && entries.empty()) {
    ctx.out << fmt::format("nothing in the next {} days\n", opts.days);
    return;
  }
  if (format == Format::tsv) {
    Table table({"date", "days", "id", "name", "kind", "what", "entry"});
    for (const auto& e : entries)
      table.add_row({e.date.iso(), std::to_string(e.days), e.contact->id, e.contact->name,
                     std::string(kind_name(e.kind)), e.what, e.entry});
    table.print(ctx.out, format, ctx.colour);
    return;
  }
  Table table({"date", "when", "id", "name", "what", "entry"});
  for (const auto& e : entries) {
    auto when = e.days < 0 ? due_phrase(e.days) : days_phrase(e.days);
    table.add_row({e.date.iso(), when, e.contact->id, e.contact->name, e.what, e.entry});
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_upcoming_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<UpcomingOptions>();
  auto* cmd = app.add_subcommand("upcoming", "Birthdays, important dates and promises due in the next N days");
  cmd->add_option("--days,-d", opts->days, "How many days ahead to look (0 to 3660)")
      ->check(whole_number(0, 3660))
      ->default_str("14");
  cmd->add_flag("--all,-a", opts->all, "Archived and deceased contacts' promises and dates too");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "Overdue open promises are always listed, first. Archived and deceased contacts are left out (--all:\n"
      "not), and a deceased person's dates never come up. TSV columns and JSON fields: date, days (until\n"
      "it; negative when overdue), id, name, kind (date|promise), what, entry (a promise's address, for\n"
      "`rel kept ID ENTRY`; empty or null for a date).");
  cmd->callback([opts, &ctx] { run_upcoming(*opts, ctx); });
}

}  // namespace rel::cli
