// `rel report [--since WHEN]`: relationships won, lost, grown and declined over a period, the mix
// of high- and low-touch contact, and who reached out.
//
// Formats:
//   table  the four buckets with one line per contact, then the channel mix and reciprocity.
//   json   one object: since, today, days, won, lost, grown, declined (arrays of id, name, before,
//          after, change, first, last, lost_on), interactions, channels (count per via), touch
//          (high, low, other), reciprocity (by_me, by_them, share_by_me: 0-100 or null).
//   tsv    one row per contact in a bucket: bucket, id, name, before, after, change, first, last,
//          lost_on (empty when absent); the totals are in table and JSON.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/core/report.hpp"
#include "rel/core/text.hpp"
#include "rel/core/when.hpp"

namespace rel::cli {
namespace {

// The default period: about a quarter, the horizon over which a silent customer is lost.
constexpr int default_period_days = 90;

struct ReportOptions {
  std::string since;
  FormatOptions format;
};

struct Bucket {
  std::string_view name;
  const std::vector<ReportEntry>& entries;
};

std::vector<Bucket> buckets(const Report& report) {
  return {{"won", report.won}, {"lost", report.lost}, {"grown", report.grown}, {"declined", report.declined}};
}

double change_of(const ReportEntry& e) { return rounded(rounded(e.after) - rounded(e.before)); }

nlohmann::json entry_json(const ReportEntry& e) {
  return {{"id", e.id},
          {"name", e.name},
          {"before", rounded(e.before)},
          {"after", rounded(e.after)},
          {"change", change_of(e)},
          {"first", date_json(e.first)},
          {"last", date_json(e.last)},
          {"lost_on", date_json(e.lost_on)}};
}

std::optional<double> share_by_me(const Report& r) {
  int total = r.by_me + r.by_them;
  if (total == 0) return std::nullopt;
  return 100.0 * r.by_me / total;
}

void report_json(std::ostream& out, const Report& r) {
  nlohmann::json record = {
      {"since", r.since.iso()}, {"today", r.today.iso()}, {"days", std::max(0, r.today - r.since + 1)}};
  for (const auto& bucket : buckets(r)) {
    auto list = nlohmann::json::array();
    for (const auto& e : bucket.entries) list.push_back(entry_json(e));
    record[std::string(bucket.name)] = list;
  }
  record["interactions"] = r.interactions;
  auto channels = nlohmann::json::object();
  for (int i = 0; i < via_count; ++i) channels[std::string(to_string(static_cast<Via>(i)))] = r.by_channel[i];
  record["channels"] = channels;
  record["touch"] = {{"high", r.high_touch}, {"low", r.low_touch}, {"other", r.other_touch}};
  auto share = share_by_me(r);
  record["reciprocity"] = {{"by_me", r.by_me},
                           {"by_them", r.by_them},
                           {"share_by_me", share ? nlohmann::json(rounded(*share)) : nlohmann::json()}};
  print_json(out, record);
}

void report_tsv(std::ostream& out, const Report& r) {
  Table table({"bucket", "id", "name", "before", "after", "change", "first", "last", "lost_on"});
  auto date = [](const std::optional<Date>& d) { return d ? d->iso() : std::string(); };
  for (const auto& bucket : buckets(r))
    for (const auto& e : bucket.entries)
      table.add_row({std::string(bucket.name), e.id, e.name, fmt::format("{}", rounded(e.before)),
                     fmt::format("{}", rounded(e.after)), fmt::format("{}", change_of(e)), date(e.first), date(e.last),
                     date(e.lost_on)});
  table.print(out, Format::tsv, false);
}

// What each bucket says about a contact, in a few words.
std::string entry_text(std::string_view bucket, const ReportEntry& e) {
  if (bucket == "won")
    return fmt::format("first contact {}, health {}", e.first ? e.first->iso() : "?", score_text(e.after));
  if (bucket == "lost")
    return fmt::format("silent since {}, lost {}", e.last ? e.last->iso() : "?", e.lost_on ? e.lost_on->iso() : "?");
  return fmt::format("health {} → {} ({})", score_text(e.before), score_text(e.after),
                     trend_cell(rounded(e.after) - rounded(e.before)));
}

std::string percent(int part, int whole) {
  if (whole == 0) return "";
  return fmt::format("{}%", std::lround(100.0 * part / whole));
}

void report_table(std::ostream& out, const Report& r, bool colour) {
  int days = std::max(0, r.today - r.since + 1);
  out << paint(fmt::format("report {} to {} ({} day{})", r.since.iso(), r.today.iso(), days, days == 1 ? "" : "s"), "1",
               colour)
      << '\n';
  int width = 0;
  for (const auto& bucket : buckets(r))
    for (const auto& e : bucket.entries) width = std::max(width, display_width(e.name));
  for (const auto& bucket : buckets(r)) {
    out << '\n' << paint(fmt::format("{} ({})", bucket.name, bucket.entries.size()), "1", colour) << '\n';
    if (bucket.entries.empty()) out << "  none\n";
    for (const auto& e : bucket.entries)
      out << "  " << e.name << std::string(width - display_width(e.name) + 2, ' ') << entry_text(bucket.name, e)
          << '\n';
  }

  out << '\n' << paint(fmt::format("interactions ({})", r.interactions), "1", colour) << '\n';
  auto channels = [&](Touch touch) {
    std::vector<std::string> parts;
    for (int i = 0; i < via_count; ++i)
      if (touch_of(static_cast<Via>(i)) == touch && touch != Touch::other)
        parts.push_back(fmt::format("{} {}", to_string(static_cast<Via>(i)), r.by_channel[i]));
    return join(parts, ", ");
  };
  // Counts right-aligned so the shares line up; `other` says nothing about depth and lists no channels.
  int count_width = static_cast<int>(std::to_string(std::max({r.high_touch, r.low_touch, r.other_touch})).size());
  auto mix_line = [&](std::string_view label, int count, std::string channels_text) {
    auto line = fmt::format("  {:<10}  {:>{}}  {:>4}  {}", label, count, count_width, percent(count, r.interactions),
                            channels_text);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  mix_line("high-touch", r.high_touch, channels(Touch::high));
  mix_line("low-touch", r.low_touch, channels(Touch::low));
  mix_line("other", r.other_touch, "");

  int total = r.by_me + r.by_them;
  out << '\n' << paint("reciprocity", "1", colour) << '\n';
  if (total == 0)
    out << "  no interactions in the period\n";
  else
    out << fmt::format("  by me {} ({}), by them {} ({})\n", r.by_me, percent(r.by_me, total), r.by_them,
                       percent(r.by_them, total));
}

void run_report(const ReportOptions& opts, Context& ctx) {
  Date since =
      opts.since.empty() ? ctx.today - default_period_days : parse_when(opts.since, ctx.today, Lean::past).date;
  refuse_after(since, ctx.today, "--since", "today", "a report covers a period that ends today");
  const auto& journal = ctx.journal();
  auto report = make_report(std::span<const Contact>(journal.contacts), journal.settings, since, ctx.today);
  switch (opts.format.get()) {
    case Format::table: report_table(ctx.out, report, ctx.colour); break;
    case Format::json: report_json(ctx.out, report); break;
    case Format::tsv: report_tsv(ctx.out, report); break;
  }
}

}  // namespace

void add_report_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ReportOptions>();
  auto* cmd = app.add_subcommand("report", "Relationships won, lost, grown and declined; channel mix; reciprocity");
  cmd->add_option("--since,-s", opts->since, "Start of the period (WHEN; default 90 days ago)");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "won: first interaction in the period. lost: silent for more than 3x cadence (at least 90 days),\n"
      "crossing that line in the period. grown/declined: health up/down 10 points or more since the\n"
      "start. High-touch: meeting, call, video; low-touch: message, email, letter, social. See REPORT in\n"
      "rel(1). TSV: one row per contact in a bucket (bucket id name before after change first last\n"
      "lost_on); JSON also has interactions, channels, touch and reciprocity.");
  cmd->callback([opts, &ctx] { run_report(*opts, ctx); });
}

}  // namespace rel::cli
