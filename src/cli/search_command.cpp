// `rel search TEXT`: case- and accent-insensitive matches in names, aka, tags, contact details, details, dates,
// promises and notes.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/core/error.hpp"
#include "rel/core/text.hpp"

namespace rel::cli {
namespace {

struct SearchOptions {
  std::vector<std::string> words;
  FormatOptions format;
};

struct Match {
  const Contact* contact;
  std::string field;  // "name", "aka", "details.kids", "dates.birthday", "promise", "note", an unknown key
  std::optional<std::string> date;  // when it was said: a note's date, the day a promise was made
  std::string text;                 // the value, or the matching line of a multi-line one
};

class Searcher {
 public:
  Searcher(std::string folded_query, std::vector<Match>& matches)
      : m_query(std::move(folded_query)), m_matches(matches) {}

  bool matches(std::string_view text) const { return fold(text).find(m_query) != std::string::npos; }

  // One match per matching line, so a long note shows the line that mentions it.
  void lines(const Contact& c, const std::string& field, std::string_view text,
             const std::optional<std::string>& date = std::nullopt) {
    size_t start = 0;
    while (start <= text.size()) {
      auto end = text.find('\n', start);
      auto line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
      if (matches(line)) m_matches.push_back({&c, field, date, std::string(line)});
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
  }

  // A key that matches shows its whole value; otherwise the value's matching lines.
  void keyed(const Contact& c, const std::string& field, std::string_view key, std::string_view value) {
    if (matches(key))
      m_matches.push_back({&c, field, std::nullopt, std::string(value)});
    else
      lines(c, field, value);
  }

  void contact(const Contact& c) {
    lines(c, "name", c.name);
    for (const auto& aka : c.aka) lines(c, "aka", aka);
    for (const auto& tag : c.tags) lines(c, "tags", tag);
    for (const auto& email : c.emails) lines(c, "email", email);
    for (const auto& phone : c.phones) lines(c, "phone", phone);
    if (c.org) lines(c, "org", *c.org);
    if (c.title) lines(c, "title", *c.title);
    for (const auto& field : c.details) keyed(c, "details." + field.key, field.key, field.value);
    // A date is found by its label ("birthday") or its value ("03-14", "1985").
    for (const auto& date : c.dates)
      if (matches(date.label) || matches(date.text()))
        m_matches.push_back({&c, "dates." + date.label, std::nullopt, date.text()});
    if (c.since) lines(c, "since", c.since->iso());
    for (const auto& field : c.extra) keyed(c, field.key, field.key, field.value);
    for (const auto& p : c.promises) {
      auto when = p.made ? p.made : p.due;
      lines(c, "promise", p.what, when ? std::optional<std::string>(when->iso()) : std::nullopt);
    }
    for (const auto* e : interactions_by_date(c)) lines(c, "note", e->note, e->when.text());
  }

 private:
  std::string m_query;
  std::vector<Match>& m_matches;
};

void print_matches(const std::vector<Match>& matches, Format format, Context& ctx) {
  if (format == Format::json) {
    auto records = nlohmann::json::array();
    for (const auto& m : matches) {
      auto record = contact_record(*m.contact);
      record["field"] = m.field;
      record["date"] = m.date ? nlohmann::json(*m.date) : nullptr;
      record["text"] = m.text;
      records.push_back(record);
    }
    print_json(ctx.out, records);
    return;
  }
  Table table({"id", "name", "date", "field", "text"});
  for (const auto& m : matches) table.add_row({m.contact->id, m.contact->name, m.date.value_or(""), m.field, m.text});
  table.print(ctx.out, format, ctx.colour);
}

void run_search(const SearchOptions& opts, Context& ctx) {
  auto query = fold(join(opts.words, " "));
  if (query.find_first_not_of(" \t\n") == std::string::npos) throw UsageError("search needs some text to look for");
  std::vector<Match> matches;
  Searcher searcher(query, matches);
  for (const auto& c : ctx.journal().contacts) searcher.contact(c);
  // Like grep: no match prints nothing and exits 1, so scripts can test for it.
  if (matches.empty()) {
    ctx.exit_status = 1;
    return;
  }
  print_matches(matches, opts.format.get(), ctx);
}

}  // namespace

void add_search_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<SearchOptions>();
  auto* cmd = app.add_subcommand(
      "search", "Find text in names, aka, tags, email, phone, org, title, details, dates, promises and notes");
  cmd->add_option("text", opts->words, "What to look for (case- and accent-insensitive; words are joined)")->required();
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "One row per match: id, name, date (of a note, or when a promise was made), field, text (the\n"
      "value, or the matching line of a note). Exit status 0 with matches, 1 (and no output) without.");
  cmd->callback([opts, &ctx] { run_search(*opts, ctx); });
}

}  // namespace rel::cli
