// `rel show WHO`: the call brief — who they are, what to remember, what you promised, what you talked about.
//
// Formats:
//   table  sections for people: the contact, details, dates, health, open promises (soonest due first)
//          and last interactions, each entry after its address (see core/entry_address.hpp).
//   json   one object, the contact's record of contact_json.hpp: every field, every promise and
//          interaction with its address, and the health fields of every listing.
//   tsv    the same facts as rows `section  item  key  value` with one header line: section is
//          contact, detail, extra, date, health, promise or log; item is the 1-based position within a
//          list section (empty for the others); key is the JSON field name; a list value gives
//          one row per element and an absent value no row.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <ostream>

#include "rel/cli/commands.hpp"
#include "rel/cli/contact_json.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/entries.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/duration.hpp"
#include "rel/core/settings.hpp"
#include "rel/core/sparkline.hpp"
#include "rel/core/text.hpp"
#include "rel/core/urgency.hpp"

namespace rel::cli {
namespace {

// How many interactions the table shows without --all: enough to recall the thread.
constexpr size_t recent_interactions = 10;

struct ShowOptions {
  std::string who;
  bool all = false;
  FormatOptions format;
};

// What every section needs to know.
struct Brief {
  const Contact& contact;
  const Settings& settings;
  const std::function<std::string(const std::string&)>& name_of;  // of another contact, by id
  Date today;
  bool colour;
  Urgency urgency;             // health, status and reasons as of today
  std::vector<int> per_month;  // interactions per month over the last year, oldest first
  EntryAddresses addresses;    // of the log entries and promises, as `kept`, `amend` and `delete` take them
};

// ---- shared facts -------------------------------------------------------------------

// The effective cadence and where it comes from: "30d", "14d (tag family)", "30d (default)".
std::string cadence_text(const Contact& c, const Settings& settings) {
  int days = cadence_for(c, settings);
  if (c.cadence_days) return format_duration(days);
  for (const auto& tag : c.tags) {
    auto it = settings.tag_cadence_days.find(tag);
    if (it != settings.tag_cadence_days.end() && it->second == days)
      return fmt::format("{} (tag {})", format_duration(days), tag);
  }
  return fmt::format("{} (default)", format_duration(days));
}

// ---- table --------------------------------------------------------------------------

using Pairs = std::vector<std::pair<std::string, std::string>>;

// Keys in a column, values after them; a multi-line value stays under its first line.
void print_pairs(std::ostream& out, const Pairs& pairs, int indent) {
  int width = 0;
  for (const auto& [key, value] : pairs) width = std::max(width, display_width(key));
  std::string margin(indent, ' ');
  std::string hanging(indent + width + 2, ' ');
  for (const auto& [key, value] : pairs) {
    std::string line = margin + key + std::string(width - display_width(key) + 2, ' ');
    // A folded or literal block ends in a newline that is no line of its own (`likes: >`).
    auto shown = std::string_view(value);
    while (shown.ends_with('\n')) shown.remove_suffix(1);
    for (char ch : shown) line += ch == '\n' ? "\n" + hanging : std::string(1, ch);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

void print_heading(std::ostream& out, const std::string& heading, bool colour) {
  out << '\n' << paint(heading, "1", colour) << '\n';
}

void render_contact(std::ostream& out, const Brief& b) {
  const auto& c = b.contact;
  std::string title = paint(c.name, "1", b.colour);
  if (!c.aka.empty()) title += " (aka " + join(c.aka, ", ") + ")";
  out << title << '\n';
  Pairs pairs = {{"id", c.id}};
  if (!c.tags.empty()) pairs.emplace_back("tags", join(c.tags, ", "));
  pairs.emplace_back("cadence", cadence_text(c, b.settings));
  if (c.status != ContactStatus::active) pairs.emplace_back("status", std::string(to_string(c.status)));
  if (c.snooze && *c.snooze > b.today) pairs.emplace_back("snoozed", "until " + c.snooze->iso());
  if (c.since) pairs.emplace_back("since", c.since->iso());
  if (c.title && c.org)
    pairs.emplace_back("work", *c.title + ", " + *c.org);
  else if (c.org || c.title)
    pairs.emplace_back("work", c.org ? *c.org : *c.title);
  if (!c.emails.empty()) pairs.emplace_back("email", join(c.emails, ", "));
  if (!c.phones.empty()) pairs.emplace_back("phone", join(c.phones, ", "));
  for (const auto& field : c.extra) pairs.emplace_back(field.key, field.value);
  print_pairs(out, pairs, 0);
}

void render_details(std::ostream& out, const Brief& b) {
  if (b.contact.details.empty()) return;
  print_heading(out, "details", b.colour);
  Pairs pairs;
  for (const auto& field : b.contact.details) pairs.emplace_back(field.key, field.value);
  print_pairs(out, pairs, 2);
}

// "birthday  1985-03-14 (turns 42 in 111 days)".
void render_dates(std::ostream& out, const Brief& b) {
  if (b.contact.dates.empty()) return;
  print_heading(out, "dates", b.colour);
  Pairs pairs;
  for (const auto& date : b.contact.dates) {
    if (b.contact.status == ContactStatus::deceased) {  // remembered, never announced
      pairs.emplace_back(date.label, date.text());
      continue;
    }
    auto occurrence = next_occurrence(date, b.today);
    std::string when = days_phrase(occurrence.days_until);
    if (occurrence.years && *occurrence.years > 0) {
      int years = *occurrence.years;
      when = is_birthday(date.label) ? fmt::format("turns {} {}", years, when)
                                     : fmt::format("{} year{} {}", years, years == 1 ? "" : "s", when);
    }
    if (occurrence.days_until <= 1) when = paint(when, "33", b.colour);
    pairs.emplace_back(date.label, fmt::format("{} ({})", date.text(), when));
  }
  print_pairs(out, pairs, 2);
}

// "Dec–Nov": the months a sparkline of `months` months ending this month covers.
std::string month_span(Date today, int months) {
  static constexpr std::array<std::string_view, 12> names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int first = ((today.month() - 1 - (months - 1)) % 12 + 12) % 12;
  return fmt::format("{}–{}", names[first], names[today.month() - 1]);
}

// The health section: score and trend, the four sinews as bars, interactions per month, and why
// who-to-call would list them. JSON: health_fields; TSV: health_rows.
void render_health(std::ostream& out, const Brief& b) {
  const auto& u = b.urgency;
  const auto& h = u.health;
  const auto& params = b.settings.health;
  out << '\n'
      << paint("health", "1", b.colour) << ' ' << score_text(h.score) << " ("
      << trend_phrase(trend_points(h), params.trend_days) << ")\n";
  auto sinew = [&](std::string_view label, double value) {
    return std::pair<std::string, std::string>(label, fmt::format("{}  {}", bar(value), score_text(value)));
  };
  Pairs pairs = {sinew("time", h.sinews.time), sinew("intensity", h.sinews.intensity),
                 sinew("reciprocity", h.sinews.reciprocity), sinew("trust", h.sinews.trust)};
  int total = 0;
  for (int count : b.per_month) total += count;
  pairs.emplace_back("per month",
                     fmt::format("{}  {}, {} in {} months", sparkline(b.per_month),
                                 month_span(b.today, static_cast<int>(b.per_month.size())), total, b.per_month.size()));
  if (h.chase > 0)
    pairs.emplace_back("chasing", fmt::format("{} contacts by you unanswered since {} (-{})", h.unanswered,
                                              h.unanswered_since->iso(), std::lround(h.chase)));
  if (u.listed()) pairs.emplace_back(std::string(to_string(u.status)), reasons_cell(u, b.colour));
  print_pairs(out, pairs, 2);
}

// "3fa2  send the guide — due in 4 days (2026-11-27)", soonest due first; what they promised you is
// marked "by them".
void render_promises(std::ostream& out, const Brief& b) {
  const auto& promises = b.contact.promises;
  if (promises.empty()) return;
  auto kept = std::count_if(promises.begin(), promises.end(), [](const Promise& p) { return !p.open(); });
  print_heading(out, fmt::format("promises ({} open, {} kept)", promises.size() - kept, kept), b.colour);
  for (auto i : promises_by_due(b.contact, Open::only)) {
    const auto& p = promises[i];
    std::string line = fmt::format("  {}  {}", paint(b.addresses.of_promise(i), "2", b.colour), p.what);
    std::vector<std::string> notes;
    if (p.by == By::them) notes.push_back("by them");
    if (p.due) {
      int days = *p.due - b.today;
      auto phrase = due_phrase(days);
      if (days < 0)
        phrase = paint(phrase, "31", b.colour);
      else if (days <= 1)
        phrase = paint(phrase, "33", b.colour);
      notes.push_back(fmt::format("{} ({})", phrase, p.due->iso()));
    }
    if (!notes.empty()) line += " — " + join(notes, ", ");
    out << line << '\n';
  }
}

// Newest first: "9c1e  2026-11-20  meeting, by me, with Ben Chen" and the note indented below the date.
void render_log(std::ostream& out, const Brief& b, bool all) {
  auto entries = interactions_by_date(b.contact);
  const std::string hanging(2 + b.addresses.length() + 2, ' ');
  std::reverse(entries.begin(), entries.end());
  size_t shown = all ? entries.size() : std::min(entries.size(), recent_interactions);
  std::string heading = "last interactions";
  if (entries.empty())
    heading = "interactions";
  else if (shown < entries.size())
    heading += fmt::format(" ({} of {}; --all for every one)", shown, entries.size());
  else
    heading += fmt::format(" ({})", entries.size());
  print_heading(out, heading, b.colour);
  if (entries.empty()) out << "  none yet\n";
  for (size_t i = 0; i < shown; ++i) {
    const auto& e = *entries[i];
    auto address = b.addresses.of_interaction(static_cast<size_t>(entries[i] - b.contact.log.data()));
    std::string line = fmt::format("  {}  {}  {}, by {}", paint(address, "2", b.colour), e.when.text(),
                                   to_string(e.via), to_string(e.by));
    if (!e.with.empty()) {
      std::vector<std::string> names;
      for (const auto& id : e.with) names.push_back(b.name_of(id));
      line += ", with " + join(names, ", ");
    }
    out << line << '\n';
    if (e.note.empty()) continue;
    size_t start = 0;
    while (start <= e.note.size()) {
      auto end = e.note.find('\n', start);
      auto text = e.note.substr(start, end == std::string::npos ? std::string::npos : end - start);
      out << (text.empty() ? "" : hanging + text) << '\n';
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
}

void show_table(std::ostream& out, const Brief& b, bool all) {
  render_contact(out, b);
  render_details(out, b);
  render_dates(out, b);
  render_health(out, b);
  render_promises(out, b);
  render_log(out, b, all);
}

// ---- tsv ----------------------------------------------------------------------------

class Rows {
 public:
  void add(std::string_view section, std::optional<size_t> item, std::string_view key, const std::string& value) {
    m_table.add_row({std::string(section), item ? std::to_string(*item) : "", std::string(key), value});
  }
  void add(std::string_view section, std::optional<size_t> item, std::string_view key,
           const std::optional<std::string>& value) {
    if (value) add(section, item, key, *value);
  }
  void add(std::string_view section, std::optional<size_t> item, std::string_view key,
           const std::optional<Date>& value) {
    if (value) add(section, item, key, value->iso());
  }
  void add(std::string_view section, std::optional<size_t> item, std::string_view key,
           const std::vector<std::string>& values) {
    for (const auto& value : values) add(section, item, key, value);
  }
  void print(std::ostream& out) const { m_table.print(out, Format::tsv, false); }

 private:
  Table m_table{{"section", "item", "key", "value"}};
};

void contact_rows(Rows& rows, const Brief& b) {
  const auto& c = b.contact;
  rows.add("contact", std::nullopt, "id", c.id);
  rows.add("contact", std::nullopt, "name", c.name);
  rows.add("contact", std::nullopt, "aka", c.aka);
  rows.add("contact", std::nullopt, "tags", c.tags);
  rows.add("contact", std::nullopt, "cadence_days", std::to_string(cadence_for(c, b.settings)));
  rows.add("contact", std::nullopt, "since", c.since);
  rows.add("contact", std::nullopt, "email", c.emails);
  rows.add("contact", std::nullopt, "phone", c.phones);
  rows.add("contact", std::nullopt, "org", c.org);
  rows.add("contact", std::nullopt, "title", c.title);
  rows.add("contact", std::nullopt, "contact_status", std::string(to_string(c.status)));
  rows.add("contact", std::nullopt, "snooze", c.snooze);
  rows.add("contact", std::nullopt, "uid", c.uid);
  for (const auto& field : c.details) rows.add("detail", std::nullopt, field.key, field.value);
  for (const auto& field : c.extra) rows.add("extra", std::nullopt, field.key, field.value);
}

void date_rows(Rows& rows, const Brief& b) {
  size_t item = 0;
  for (const auto& date : b.contact.dates) {
    auto occurrence = next_occurrence(date, b.today);
    rows.add("date", ++item, "label", date.label);
    rows.add("date", item, "date", date.text());
    rows.add("date", item, "next", occurrence.next.iso());
    rows.add("date", item, "days_until", std::to_string(occurrence.days_until));
    if (occurrence.years) rows.add("date", item, "years", std::to_string(*occurrence.years));
  }
}

void health_rows(Rows& rows, const Brief& b) {
  const auto& u = b.urgency;
  const auto& h = u.health;
  auto number = [](double value) { return fmt::format("{}", rounded(value)); };
  rows.add("health", std::nullopt, "health", number(h.score));
  rows.add("health", std::nullopt, "sinews.time", number(h.sinews.time));
  rows.add("health", std::nullopt, "sinews.intensity", number(h.sinews.intensity));
  rows.add("health", std::nullopt, "sinews.reciprocity", number(h.sinews.reciprocity));
  rows.add("health", std::nullopt, "sinews.trust", number(h.sinews.trust));
  if (auto trend = trend_points(h)) rows.add("health", std::nullopt, "trend", number(*trend));
  if (h.previous) rows.add("health", std::nullopt, "previous", number(*h.previous));
  rows.add("health", std::nullopt, "last", h.last);
  if (h.days_since) rows.add("health", std::nullopt, "days_since", std::to_string(*h.days_since));
  rows.add("health", std::nullopt, "status", std::string(to_string(u.status)));
  rows.add("health", std::nullopt, "urgency", number(u.urgency));
  rows.add("health", std::nullopt, "act_today", std::string(u.act_today ? "true" : "false"));
  rows.add("health", std::nullopt, "reasons", u.reason_texts());
  for (int count : b.per_month) rows.add("health", std::nullopt, "per_month", std::to_string(count));
}

void promise_rows(Rows& rows, const Brief& b) {
  for (size_t i = 0; i < b.contact.promises.size(); ++i) {
    const auto& p = b.contact.promises[i];
    auto item = i + 1;
    rows.add("promise", item, "address", b.addresses.of_promise(i));
    rows.add("promise", item, "what", p.what);
    rows.add("promise", item, "made", p.made);
    rows.add("promise", item, "due", p.due);
    rows.add("promise", item, "done", p.done);
    rows.add("promise", item, "by", std::string(to_string(p.by)));
    if (auto overdue = overdue_days(p, b.today)) rows.add("promise", item, "overdue_days", std::to_string(*overdue));
  }
}

void log_rows(Rows& rows, const Brief& b) {
  size_t item = 0;
  for (const auto* e : interactions_by_date(b.contact)) {
    rows.add("log", ++item, "address", b.addresses.of_interaction(static_cast<size_t>(e - b.contact.log.data())));
    rows.add("log", item, "date", e->when.text());
    rows.add("log", item, "via", std::string(to_string(e->via)));
    rows.add("log", item, "by", std::string(to_string(e->by)));
    rows.add("log", item, "with", e->with);
    if (!e->note.empty()) rows.add("log", item, "note", e->note);
  }
}

void show_tsv(std::ostream& out, const Brief& b) {
  Rows rows;
  contact_rows(rows, b);
  date_rows(rows, b);
  health_rows(rows, b);
  promise_rows(rows, b);
  log_rows(rows, b);
  rows.print(out);
}

void run_show(const ShowOptions& opts, Context& ctx) {
  const auto& contact = resolve_contact(ctx, opts.who);
  // The other contacts are needed only for their names (of `with:` people) and the warnings about
  // bad files: the index has both, so only this contact's file is parsed when it is fresh.
  const auto& names = ctx.journal_names();
  const Settings* settings = &ctx.settings();
  std::function<std::string(const std::string&)> name_of = [&names](const std::string& id) {
    const auto& list = names.contacts;
    auto it = std::lower_bound(list.begin(), list.end(), id,
                               [](const Candidate& c, const std::string& key) { return c.id < key; });
    return it != list.end() && it->id == id ? std::string(it->name) : id;
  };
  Brief brief{contact,
              *settings,
              name_of,
              ctx.today,
              ctx.colour,
              assess_urgency(contact, *settings, ctx.today),
              monthly_counts(contact, ctx.today, months_shown),
              EntryAddresses(contact)};
  switch (opts.format.get()) {
    case Format::table: show_table(ctx.out, brief, opts.all); break;
    case Format::json: print_json(ctx.out, contact_json(contact, *settings, ctx.today)); break;
    case Format::tsv: show_tsv(ctx.out, brief); break;
  }
}

}  // namespace

void add_show_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ShowOptions>();
  auto* cmd = app.add_subcommand("show", "The call brief: details, dates, health, open promises, last interactions");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  cmd->add_flag("--all,-a", opts->all, "Every interaction, not only the last 10");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "JSON and TSV always hold every promise and interaction. TSV rows are `section item key value`:\n"
      "section is contact, detail, extra, date, health, promise or log; item numbers the entries of a list\n"
      "section; key is the JSON field name.");
  cmd->callback([opts, &ctx] { run_show(*opts, ctx); });
}

}  // namespace rel::cli
