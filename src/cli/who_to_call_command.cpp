// `rel who-to-call`: the morning list of relationships that are due or decaying, most urgent first, with why.
//
// Formats:
//   table  name, health, trend, silence against cadence ("62d/30d"), and the reasons in words; on a
//          terminal what needs acting on is coloured (see reasons_cell), the columns still aligned.
//   tsv    one header line; columns id, name, health, trend, status, urgency, last, days_since,
//          cadence_days, time, intensity, reciprocity, trust, reasons ("; "-joined), contact_status.
//          The first column is the id, so `cut -f1 | xargs -n1 rel show` works. trend is empty
//          before there are 30 days of history.
//   json   an array of records: id, name, health, sinews, trend, previous, last, days_since,
//          cadence_days, usual_gap_days, status (the urgency's), urgency, act_today, reasons,
//          contact_status (active, dormant, archived, deceased), snooze. trend and previous are null
//          before there are 30 days of history.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "rel/cache/result_cache.hpp"
#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/render.hpp"
#include "rel/core/parallel.hpp"
#include "rel/core/urgency.hpp"
#include "rel/journal/journal.hpp"
#include "rel/util/atomic_file.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

enum class Scope { due, all };

struct WhoToCallOptions {
  int limit = 0;  // 0: no limit
  std::string tag;
  bool all = false;
  FormatOptions format;
};

// assess_urgency() of every contact, on every core: on a large journal the health of every contact
// (twice: today and for the trend) is most of a run that cannot use the result cache.
std::vector<Urgency> assess_all(const std::vector<Contact>& contacts, const Settings& settings, Date today) {
  std::vector<Urgency> rows(contacts.size());
  for_each_in_parallel(contacts.size(), [&](size_t i) { rows[i] = assess_urgency(contacts[i], settings, today); });
  return rows;
}

// Sorts the valid results' indices most urgent first.
void order_results(cache::ResultCache& cache) {
  cache.order.clear();
  for (uint32_t i = 0; i < cache.results.size(); ++i)
    if (!cache.results[i].bad) cache.order.push_back(i);
  std::sort(cache.order.begin(), cache.order.end(),
            [&](uint32_t a, uint32_t b) { return more_urgent(cache.results[a].urgency, cache.results[b].urgency); });
}

// Every contact assessed from the journal (through the index), as a result cache; cached for the next
// run when `snapshot` (taken before the load) still describes the files the load read.
cache::ResultCache assess_journal(Context& ctx, const std::optional<fs::path>& path,
                                  const std::optional<cache::ResultSnapshot>& snapshot) {
  const auto& journal = ctx.journal(cache::Detail::listing);
  auto rows = assess_all(journal.contacts, journal.settings, ctx.today);
  cache::ResultCache cache;
  cache.problems = journal.problems;
  const bool settings_fine = std::none_of(cache.problems.begin(), cache.problems.end(), [](const Diagnostic& p) {
    return p.where.file == journal::settings_file_name;
  });
  if (settings_fine) cache.settings = journal.settings;
  // Both lists are sorted by id: merged, they are the journal's files in id order.
  cache.results.reserve(rows.size() + journal.bad_ids.size());
  size_t next_bad = 0;
  for (size_t i = 0; i <= rows.size(); ++i) {
    while (next_bad < journal.bad_ids.size() && (i == rows.size() || journal.bad_ids[next_bad] < rows[i].id)) {
      auto& bad = cache.results.emplace_back();
      bad.bad = true;
      bad.urgency.id = journal.bad_ids[next_bad++];
    }
    if (i == rows.size()) break;
    auto& result = cache.results.emplace_back();
    result.tags = journal.contacts[i].tags;
    result.urgency = std::move(rows[i]);
  }
  order_results(cache);

  if (!path || !snapshot) return cache;
  // The load walked the journal again: a file added, removed or renamed since the snapshot leaves
  // the results unkeyed, so they are not cached (the next run computes them again).
  if (snapshot->files.size() != cache.results.size()) return cache;
  for (size_t i = 0; i < cache.results.size(); ++i) {
    if (snapshot->files[i].id != cache.results[i].urgency.id) return cache;
    cache.results[i].stamp = snapshot->files[i].stamp;
  }
  if (!cache::results_cacheable(ctx.root(), *snapshot)) return cache;
  cache.key = snapshot->key;
  util::write_derived_file(*path, cache::encode_result_cache(cache));
  // Any delta extends the full cache just replaced (and would be ignored); it is only removed.
  std::error_code ec;
  fs::remove(cache::result_delta_path(*path), ec);
  return cache;
}

// What one run changed in the results it read: those it computed (indices into the results it
// writes) and the ids of those whose files are gone.
struct RunChanges {
  std::vector<uint32_t> assessed;
  std::vector<std::string> gone;
};

// Writes `cache` as a delta over the full cache on disk while the results that differ from it stay
// few (as the index does), so that one edited file costs one record, not megabytes; else as a new
// full cache. `differing` are the indices of those results, `removed` the full cache's ids gone since.
// The delta is a log (see DeltaLog): while the one read was whole and short, this run's `changes`
// alone are appended to it; else all of it is written again, as one frame.
void write_results(const cache::ResultCache& cache, const std::vector<uint32_t>& differing,
                   std::vector<std::string> removed, const RunChanges& changes, const cache::StoredResults& stored,
                   const fs::path& path) {
  if (differing.size() + removed.size() > 64 + cache.results.size() / 32) {
    util::write_derived_file(path, cache::encode_result_cache(cache));
    std::error_code ec;
    fs::remove(cache::result_delta_path(path), ec);
    return;
  }
  auto frame = [&](const std::vector<uint32_t>& indices, std::vector<std::string> ids) {
    cache::ResultDelta delta;
    delta.key = cache.key;
    delta.base_checksum = cache.checksum;
    delta.results.reserve(indices.size());
    for (auto index : indices) delta.results.push_back(cache.results[index]);
    delta.removed = std::move(ids);
    return cache::encode_result_delta(delta);
  };
  const size_t most_frames = 16;  // beyond, every reader would merge more frames than it saves writing
  const auto delta_path = cache::result_delta_path(path);
  if (stored.delta_whole && stored.delta_frames > 0 && stored.delta_frames < most_frames &&
      util::append_derived_file(delta_path, frame(changes.assessed, changes.gone)))
    return;
  util::write_derived_file(delta_path, frame(differing, std::move(removed)));
}

// When only a few files changed since the cache was written (same day, same settings, same rel), each
// valid before and after: their results are computed from their own files and every other result
// reused, so one edit costs about one parse instead of a whole assessment. Nothing when that does not
// apply (the caller then assesses the whole journal). A file that is or was bad is left to the whole
// path, because the cache keeps the journal's problems as one list, in the order a load reports them:
// bad files elsewhere, unchanged, keep theirs.
std::optional<cache::ResultCache> update_results(Context& ctx, cache::StoredResults stored,
                                                 const cache::ResultSnapshot& snapshot, const fs::path& path) {
  auto& cached = stored.cache;
  const size_t most_changed = 64;  // beyond this, parsing file by file on one core loses to the index
  const auto root = ctx.root();
  std::optional<Settings> settings = cached.settings;  // else read when a file is first assessed
  size_t changed = 0;
  // The result of a file changed since: nothing when it is bad (or too many changed).
  auto assess = [&](const journal::ContactFile& file) -> std::optional<cache::CachedResult> {
    if (++changed > most_changed) return std::nullopt;
    if (!settings) {
      std::vector<Diagnostic> problems;
      settings = journal::load_settings(root, problems);
      if (!problems.empty()) return std::nullopt;
    }
    Contact contact;
    try {
      contact = journal::load_contact(root, file.id);
    } catch (const Error&) {
      return std::nullopt;
    }
    cache::CachedResult result;
    result.stamp = file.stamp;
    result.tags = contact.tags;
    result.urgency = assess_urgency(contact, *settings, ctx.today);
    return result;
  };
  // What differs from the full cache on disk: results not from it, and its ids no longer here.
  std::vector<uint32_t> differing;
  std::vector<std::string> removed;
  RunChanges changes;

  const auto& files = snapshot.files;
  // One pass over every result (thousands, each in memory of its own): whether the files are the
  // same ones, and which of them changed.
  bool same_files = files.size() == cached.results.size();
  std::vector<uint32_t> stale;
  for (uint32_t k = 0; same_files && k < files.size(); ++k) {
    if (files[k].id != cached.results[k].urgency.id)
      same_files = false;
    else if (!(cached.results[k].stamp == files[k].stamp))
      stale.push_back(k);
    else if (stored.origins[k] != cache::ResultOrigin::base)
      differing.push_back(k);
  }
  cache::ResultCache cache;
  if (same_files) {
    // Files edited, none added or removed (the usual case): their results are replaced in place.
    std::vector<std::pair<uint32_t, cache::CachedResult>> replacements;
    for (auto k : stale) {
      if (cached.results[k].bad) return std::nullopt;
      auto result = assess(files[k]);
      if (!result) return std::nullopt;
      replacements.emplace_back(k, std::move(*result));
      differing.push_back(k);
      changes.assessed.push_back(k);
    }
    std::sort(differing.begin(), differing.end());  // in id order, as a delta keeps them
    cache::replace_results(cached, std::move(replacements));
    cache = std::move(cached);
  } else {
    differing.clear();
    cache.checksum = cached.checksum;
    cache.settings = std::move(cached.settings);
    cache.problems = std::move(cached.problems);  // of bad files still there, unchanged
    cache.results.reserve(files.size());
    // Where each reused result moved to, to keep the cached order rather than sort everything again.
    std::vector<uint32_t> moved_to(cached.results.size(), cache::gone);
    std::vector<uint32_t> fresh;
    bool dropped_bad = false;
    auto drop = [&](size_t k) {
      dropped_bad = dropped_bad || cached.results[k].bad;
      changes.gone.push_back(cached.results[k].urgency.id);
      if (stored.origins[k] != cache::ResultOrigin::added) removed.push_back(cached.results[k].urgency.id);
    };
    size_t j = 0;
    for (const auto& file : files) {
      while (j < cached.results.size() && cached.results[j].urgency.id < file.id) drop(j++);
      const bool known = j < cached.results.size() && cached.results[j].urgency.id == file.id;
      if (known && cached.results[j].stamp == file.stamp) {
        if (stored.origins[j] != cache::ResultOrigin::base)
          differing.push_back(static_cast<uint32_t>(cache.results.size()));
        moved_to[j] = static_cast<uint32_t>(cache.results.size());
        cache.results.push_back(std::move(cached.results[j++]));
        continue;
      }
      if (known && cached.results[j].bad) return std::nullopt;
      if (known) ++j;  // replaced by the result computed below
      auto result = assess(file);
      if (!result) return std::nullopt;
      fresh.push_back(static_cast<uint32_t>(cache.results.size()));
      differing.push_back(fresh.back());
      changes.assessed.push_back(fresh.back());
      cache.results.push_back(std::move(*result));
    }
    while (j < cached.results.size()) drop(j++);
    if (dropped_bad) return std::nullopt;
    cache::place_results(cache, cached.order, moved_to, fresh);
  }
  cache.key = snapshot.key;
  if (!cache::results_cacheable(root, snapshot)) return cache;
  // The old delta's removals still hold unless the file is back (then it is among `differing`).
  auto here = [&](const std::string& id) {
    auto it = std::lower_bound(files.begin(), files.end(), id,
                               [](const journal::ContactFile& f, const std::string& k) { return f.id < k; });
    return it != files.end() && it->id == id;
  };
  std::erase_if(stored.removed, here);
  std::vector<std::string> all_removed;
  all_removed.reserve(removed.size() + stored.removed.size());
  std::merge(std::make_move_iterator(removed.begin()), std::make_move_iterator(removed.end()),
             std::make_move_iterator(stored.removed.begin()), std::make_move_iterator(stored.removed.end()),
             std::back_inserter(all_removed));
  write_results(cache, differing, std::move(all_removed), changes, stored, path);
  return cache;
}

// The journal's problems as a load would report them, from cached results (bad files elsewhere stay
// bad, and are reported, on every run).
void warn_about_problems(Context& ctx, const cache::ResultCache& cache) {
  size_t bad_files = 0;
  for (const auto& result : cache.results) bad_files += result.bad ? 1 : 0;
  ctx.warn_about_journal(cache.problems, bad_files);
}

// Every contact's result: from the result cache when nothing it depends on changed since it was
// written (a walk and one small read, no interaction decoded), else from the journal.
cache::ResultCache assess_journal(Context& ctx) {
  const auto root = ctx.root();
  const auto path = cache::result_cache_path(root);
  std::optional<cache::ResultSnapshot> snapshot;
  if (path) {
    snapshot = cache::snapshot_results(root, ctx.today);
    if (auto stored = cache::read_result_cache(*path, snapshot->key)) {
      auto& cache = stored->cache;
      if (cache::results_match(cache, *snapshot)) {
        warn_about_problems(ctx, cache);
        return std::move(cache);
      }
      if (auto updated = update_results(ctx, std::move(*stored), *snapshot, *path)) {
        warn_about_problems(ctx, *updated);
        return std::move(*updated);
      }
    }
  }
  return assess_journal(ctx, path, snapshot);
}

struct Selection {
  std::vector<Urgency> rows;  // most urgent first
  bool no_contacts = false;   // the journal has no valid contact at all
};

Selection select(const WhoToCallOptions& opts, Context& ctx) {
  auto cache = assess_journal(ctx);
  Selection selection;
  selection.no_contacts = cache.order.empty();
  Scope scope = opts.all ? Scope::all : Scope::due;
  for (auto index : cache.order) {
    auto& result = cache.results[index];
    if (opts.limit > 0 && static_cast<int>(selection.rows.size()) >= opts.limit) break;
    if (!opts.tag.empty() && std::find(result.tags.begin(), result.tags.end(), opts.tag) == result.tags.end()) continue;
    if (scope == Scope::all || result.urgency.listed()) selection.rows.push_back(std::move(result.urgency));
  }
  return selection;
}

std::string fixed(double value) { return fmt::format("{}", rounded(value)); }
std::string fixed(std::optional<double> value) { return value ? fixed(*value) : std::string(); }

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
                 "intensity", "reciprocity", "trust", "reasons", "contact_status"});
    for (const auto& row : rows) {
      const auto& h = row.health;
      table.add_row({row.id, row.name, fixed(h.score), fixed(trend_points(h)), std::string(to_string(row.status)),
                     fixed(row.urgency), h.last ? h.last->iso() : "", h.days_since ? std::to_string(*h.days_since) : "",
                     std::to_string(h.cadence_days), fixed(h.sinews.time), fixed(h.sinews.intensity),
                     fixed(h.sinews.reciprocity), fixed(h.sinews.trust), join(row.reason_texts(), "; "),
                     std::string(to_string(row.contact_status))});
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
    table.add_row({name_cell(row, ctx.colour), score_text(row.health.score), trend_cell(row, ctx.colour),
                   silence_cell(row.health), reasons_cell(row, ctx.colour)});
  }
  table.print(ctx.out, format, ctx.colour);
}

}  // namespace

void add_who_to_call_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<WhoToCallOptions>();
  auto* cmd = app.add_subcommand(
      "who-to-call", "The morning list: what can be lost today, then relationships due or decaying, with why");
  cmd->add_option("-n", opts->limit, "Show at most N contacts")->check(CLI::PositiveNumber);
  cmd->add_option("--tag,-t", opts->tag, "Only contacts with this tag");
  cmd->add_flag("--all,-a", opts->all, "Every contact, healthy and resting ones too, still most urgent first");
  add_format_options(*cmd, opts->format);
  cmd->footer(
      "Order: first what can be lost today (an important date today or tomorrow, a promise of yours due\n"
      "today or overdue), above any silence; then silence past cadence (longer first, bounded), never\n"
      "logged (shorter cadence first), promises they owe you, chases (3+ contacts by you unanswered), dates\n"
      "this week, a fall or low health. Dormant and snoozed contacts come up only for dates and promises;\n"
      "archived and deceased never. `rel` alone runs this.\n"
      "Status: urgent (silent 2x cadence), due (past cadence, never logged, a promise due or overdue, an\n"
      "important date within 3 days), decaying (a chase; health down 10 in 30 days or under 40); the\n"
      "defaults, tunable in .rel.yaml (see HEALTH in rel(1)).\n"
      "TSV columns: id name health trend status urgency last days_since cadence_days time intensity\n"
      "reciprocity trust reasons contact_status (trend empty before 30 days of history). JSON adds sinews,\n"
      "previous, usual_gap_days, act_today (something to lose today) and snooze.");
  cmd->callback([opts, &ctx] { run_who_to_call(*opts, ctx); });
}

}  // namespace rel::cli
