// `rel export --format json|csv|vcard|ics`: the journal in another program's format, to standard
// output or a file. Each format is one function from the chosen contacts to text, listed in
// `exporters`; adding a format is adding one.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <array>
#include <cstdint>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/contact_json.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/settings.hpp"
#include "rel/core/urgency.hpp"
#include "rel/interop/calendar_writer.hpp"
#include "rel/interop/contact_card.hpp"
#include "rel/interop/csv.hpp"
#include "rel/interop/vcard_writer.hpp"
#include "rel/util/atomic_file.hpp"

namespace rel::cli {
namespace {

struct ExportOptions {
  std::string format;
  std::string output;
  std::string tag;
};

// What every format is written from: the chosen contacts (sorted by id) and the journal they are in.
struct Selection {
  std::vector<const Contact*> contacts;
  const journal::Journal& journal;
  Date today;
};

// ---- json ---------------------------------------------------------------------------------

// {"format": "rel-journal", "version": 1, "today", "contacts": [the record of `rel show --json`
// for each], "problems": ["FILE:LINE:COL: message" of each file that could not be read]}.
std::string export_json(const Selection& s) {
  auto contacts = nlohmann::json::array();
  for (const auto* c : s.contacts) contacts.push_back(contact_json(*c, s.journal.settings, s.today));
  auto problems = nlohmann::json::array();
  for (const auto& p : s.journal.problems) problems.push_back(p.describe());
  nlohmann::json document = {{"format", "rel-journal"},
                             {"version", 1},
                             {"today", s.today.iso()},
                             {"contacts", std::move(contacts)},
                             {"problems", std::move(problems)}};
  return document.dump(2) + "\n";
}

// ---- csv ----------------------------------------------------------------------------------

// Several values in one cell as Google writes them, which rel's import and Google's read back.
constexpr std::string_view multi_separator = " ::: ";

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += multi_separator;
    out += v;
  }
  return out;
}

std::string export_csv(const Selection& s) {
  const std::vector<std::string> header = {
      "id",    "name",    "aka",  "tags",  "email", "phone",          "org",          "title", "birthday",
      "dates", "details", "note", "since", "uid",   "contact_status", "cadence_days", "last",  "health"};
  std::vector<std::vector<std::string>> rows;
  for (const auto* c : s.contacts) {
    std::string birthday;
    std::vector<std::string> dates, details;
    for (const auto& d : c->dates) {
      if (d.label == "birthday" && birthday.empty())
        birthday = d.text();
      else
        dates.push_back(fmt::format("{}: {}", d.label, d.text()));
    }
    std::string note;
    for (const auto& f : c->details) {
      if (f.key == "note" && note.empty())
        note = f.value;
      else
        details.push_back(fmt::format("{}: {}", f.key, f.value));
    }
    const auto urgency = assess_urgency(*c, s.journal.settings, s.today);
    rows.push_back({c->id, c->name, joined(c->aka), joined(c->tags), joined(c->emails), joined(c->phones),
                    c->org.value_or(""), c->title.value_or(""), birthday, joined(dates), joined(details), note,
                    c->since ? c->since->iso() : "", joined(c->uid), std::string(to_string(c->status)),
                    std::to_string(cadence_for(*c, s.journal.settings)),
                    urgency.health.last ? urgency.health.last->iso() : "", score_text(urgency.health.score)});
  }
  return interop::write_csv(header, rows);
}

// ---- vcard --------------------------------------------------------------------------------

std::string export_vcard(const Selection& s) {
  std::vector<interop::Card> cards;
  cards.reserve(s.contacts.size());
  for (const auto* c : s.contacts) cards.push_back(interop::card_from_contact(*c));
  return interop::write_vcards(cards);
}

// ---- ics ----------------------------------------------------------------------------------

// FNV-1a: a short stable name for a promise in its UID, whatever its text holds.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

// A yearly event for each important date (also without a year) and an event on the due date of
// each open promise, of every contact but the archived and the deceased. UIDs are made of the id
// and what the item is ("alice-chen/birthday@rel", a promise by a hash of its text and the day it
// was made), so that they stay the same from one export to the next and whatever is logged.
std::string export_ics(const Selection& s) {
  interop::CalendarExport calendar;
  calendar.stamp_utc = std::int64_t{s.today - *Date::from_ymd(1970, 1, 1)} * 86400;
  for (const auto* c : s.contacts) {
    if (c->retired()) continue;
    for (const auto& d : c->dates) {
      interop::CalendarItem item;
      item.uid = fmt::format("{}/{}@rel", c->id, d.label);
      item.summary = fmt::format("{}: {}", capitalised(d.label), c->name);
      if (d.year) item.description = fmt::format("{} {}", d.label, d.text());
      item.repeat = interop::Repeat::yearly;
      item.year = d.year;
      item.month = d.month;
      item.day = d.day;
      calendar.items.push_back(std::move(item));
    }
    for (const auto& p : c->promises) {
      if (!p.open() || !p.due) continue;
      interop::CalendarItem item;
      const auto made = p.made ? p.made->iso() : "";
      item.uid = fmt::format("{}/promise-{:016x}@rel", c->id, fnv1a(p.what + "\n" + made));
      item.summary = p.by == By::me ? fmt::format("Promise to {}: {}", c->name, p.what)
                                    : fmt::format("{} promised: {}", c->name, p.what);
      item.description = p.made ? fmt::format("{}\n(promised on {})", p.what, made) : p.what;
      item.year = p.due->year();
      item.month = p.due->month();
      item.day = p.due->day();
      calendar.items.push_back(std::move(item));
    }
  }
  return interop::write_calendar(calendar);
}

// ---- the command --------------------------------------------------------------------------

struct Exporter {
  std::string_view name;
  std::string (*write)(const Selection&);
};

constexpr std::array<Exporter, 4> exporters = {{
    {"json", export_json},
    {"csv", export_csv},
    {"vcard", export_vcard},
    {"ics", export_ics},
}};

void run_export(const ExportOptions& opts, Context& ctx) {
  const auto* exporter =
      std::find_if(exporters.begin(), exporters.end(), [&](const Exporter& e) { return e.name == opts.format; });
  const auto& journal = ctx.journal(cache::Detail::full);
  if (!opts.tag.empty()) {
    std::vector<std::string> known;
    for (const auto& c : journal.contacts) known.insert(known.end(), c.tags.begin(), c.tags.end());
    refuse_unknown_tag(opts.tag, known);
  }
  Selection selection{{}, journal, ctx.today};
  for (const auto& c : journal.contacts)
    if (opts.tag.empty() || tagged(c.tags, opts.tag)) selection.contacts.push_back(&c);
  auto text = exporter->write(selection);
  if (opts.output.empty() || opts.output == "-")
    ctx.out << text;
  else
    util::write_file_atomically(opts.output, text);
}

}  // namespace

void add_export_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "The journal as JSON, CSV, vCard or iCalendar (birthdays, promises)");
  std::vector<std::string> names;
  for (const auto& e : exporters) names.emplace_back(e.name);
  cmd->add_option("--format,-f", opts->format, "What to write")->required()->check(CLI::IsMember(names));
  cmd->add_option("--output,-o", opts->output, "Write to this file (replaced whole) instead of standard output");
  cmd->add_option("--tag,-t", opts->tag, "Only the contacts with this tag (any case or accents)");
  cmd->footer(
      "json: {format, version, today, contacts: [each as `rel show` prints it in JSON], problems}.\n"
      "csv: one row per contact, several values in a cell separated by \" ::: \".\n"
      "vcard: vCard 3.0, a stable UID per contact (its uid, else one made from its id).\n"
      "ics: a yearly event per important date and one per open promise's due date (archived and\n"
      "deceased people left out), UIDs stable from one export to the next.");
  cmd->callback([opts, &ctx] { run_export(*opts, ctx); });
}

}  // namespace rel::cli
