// `rel import FILE…`: address books (vCard, CSV) into the journal — the plan worked out first, then
// written as one change: new people in new files, what matched people lacked added by text edits.
//
// The steps every kind of import shares, so that calendars and mail can join them: the sources read
// and their kind told (read_sources), a Plan (import/plan.hpp: contacts created, updated, unchanged,
// cards skipped and why), its lines printed, the writes prepared on every core and checked, then
// saved as one git commit, and a summary line last. --dry-run stops before the saving.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <unordered_set>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/core/error.hpp"
#include "rel/core/parallel.hpp"
#include "rel/core/text.hpp"
#include "rel/imports/plan.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/csv_reader.hpp"
#include "rel/interop/format.hpp"
#include "rel/interop/vcard_reader.hpp"
#include "rel/journal/contact_text.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

struct ImportOptions {
  std::vector<std::string> files;
  std::string format;  // empty: told from each file's first bytes
  bool dry_run = false;
  bool active = false;
  std::string folder;
};

// One file named on the command line (or standard input), read whole, and its kind.
struct Source {
  std::string shown;  // the path as given, or "stdin"
  std::string bytes;
  interop::Format format = interop::Format::vcard;
};

std::string read_stream(std::istream& in) {
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

interop::Format format_of(const std::string& shown, const std::string& bytes, const ImportOptions& opts) {
  if (!opts.format.empty()) return *interop::parse_format(opts.format);
  if (bytes.empty()) throw Error(fmt::format("{}: the file is empty", shown));
  // UTF-16 files are told by what they say once they are UTF-8; binary data never is anything.
  auto text = interop::file_text(std::string_view(bytes).substr(0, size_t{64} * 1024));
  auto format = text ? interop::detect_format(*text) : std::nullopt;
  if (!format)
    throw Error(fmt::format("{}: not a file rel imports (vCard or CSV){}; name its kind with --format", shown,
                            text ? "" : ": it holds binary data"));
  return *format;
}

std::vector<Source> read_sources(const ImportOptions& opts) {
  if (std::count(opts.files.begin(), opts.files.end(), "-") > 1)
    throw UsageError("standard input (-) can be imported once per run");
  std::vector<Source> sources;
  for (const auto& file : opts.files) {
    Source source;
    if (file == "-") {
      source.shown = "stdin";
      source.bytes = read_stream(std::cin);
    } else {
      source.shown = file;
      std::error_code ec;
      if (fs::is_directory(file, ec))
        throw Error(fmt::format("{}: is a folder (maildir import is not in this version of rel yet)", file));
      std::ifstream in(file, std::ios::binary);
      if (!in) throw Error(fmt::format("{}: cannot read: {}", file, std::strerror(errno)));
      source.bytes = read_stream(in);
    }
    source.format = format_of(source.shown, source.bytes, opts);
    sources.push_back(std::move(source));
  }
  return sources;
}

// The cards of an address book, and what its reader said: warnings now, lost cards in the plan.
rel::imports::CardsFrom read_address_book(const Source& source, Context& ctx, interop::MediaSkipped& media) {
  auto read = source.format == interop::Format::csv ? interop::read_contacts_csv(source.bytes)
                                                    : interop::read_vcards(source.bytes);
  for (auto& warning : read.warnings) {
    warning.where.file = source.shown;
    ctx.warn(warning.describe());
  }
  media += read.skipped;
  return {source.shown, std::move(read.cards), std::move(read.problems)};
}

// "contacts.vcf", "a.vcf and b.csv", "a.vcf and 3 more": the sources in a commit message.
std::string sources_text(const std::vector<Source>& sources) {
  if (sources.empty()) return "";
  auto name = [](const Source& s) { return s.shown == "stdin" ? s.shown : fs::path(s.shown).filename().string(); };
  if (sources.size() == 1) return name(sources[0]);
  if (sources.size() == 2) return name(sources[0]) + " and " + name(sources[1]);
  return fmt::format("{} and {} more", name(sources[0]), sources.size() - 1);
}

// "3 photos, 1 key": media rel does not keep.
std::string media_text(const interop::MediaSkipped& media) {
  std::vector<std::string> parts;
  auto count = [&](int n, std::string_view one, std::string_view many) {
    if (n > 0) parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
  };
  count(media.photos, "photo", "photos");
  count(media.logos, "logo", "logos");
  count(media.sounds, "sound", "sounds");
  count(media.keys, "key", "keys");
  return join(parts, ", ");
}

// The checked new text of each planned contact, prepared on every core; a contact whose file cannot
// take the change (it does not parse, a key in flow style) is a failure named with its reason.
struct Prepared {
  std::vector<journal::PendingWrite> writes;
  std::vector<std::pair<std::string, std::vector<Diagnostic>>> failures;  // id and why
};

Prepared prepare(const imports::Plan& plan, const fs::path& root, Context& ctx) {
  const auto& planned = plan.contacts;
  std::vector<std::optional<journal::PendingWrite>> writes(planned.size());
  std::vector<std::vector<Diagnostic>> failures(planned.size());
  for_each_in_parallel(
      planned.size(),
      [&](size_t k) {
        const auto& p = planned[k];
        try {
          if (p.kind == imports::Planned::Kind::created) {
            writes[k] = journal::prepare_new(root, p.id, journal::contact_text(p.contact), p.contact);
          } else if (p.kind == imports::Planned::Kind::updated) {
            writes[k] = journal::prepare_edit(
                root, p.id,
                [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
                  return journal::add_gains_to_text(text, tree, p.gains, p.id + ".yaml");
                },
                [&](Contact& c) { journal::add_gains(c, p.gains); });
          }
        } catch (const Error& e) {
          failures[k] = e.problems();
        } catch (const std::exception& e) {
          Diagnostic problem;
          problem.message = e.what();
          failures[k].push_back(std::move(problem));
        }
      },
      ctx.progress("preparing", "contacts"));
  Prepared out;
  for (size_t k = 0; k < planned.size(); ++k) {
    if (writes[k]) out.writes.push_back(std::move(*writes[k]));
    if (!failures[k].empty()) out.failures.emplace_back(planned[k].id, std::move(failures[k]));
  }
  return out;
}

// The plan for a person: a line per new or updated contact, each difference, each card skipped.
void print_plan(const imports::Plan& plan, const std::unordered_set<std::string>& failed, Context& ctx) {
  using Kind = imports::Planned::Kind;
  for (const auto& p : plan.contacts) {
    if (failed.contains(p.id)) continue;
    if (p.kind == Kind::created) ctx.out << fmt::format("new {} ({})\n", p.id, p.name);
    if (p.kind == Kind::updated) ctx.out << fmt::format("updated {}: {}\n", p.id, imports::describe(p.gains));
    for (const auto& difference : p.differences) ctx.out << fmt::format("{}: {}\n", p.id, difference);
  }
  for (const auto& s : plan.skipped) {
    if (s.reason == "unreadable")
      ctx.err << fmt::format("rel: error: {}: {}{}\n", s.where, s.detail,
                             s.detail.find("skipped") == std::string::npos ? " (skipped)" : "");
    else
      ctx.out << fmt::format("skipped {}: {}\n", s.where, s.detail);
  }
}

void run_import(const ImportOptions& opts, Context& ctx) {
  auto sources = read_sources(opts);
  std::vector<imports::CardsFrom> books;
  interop::MediaSkipped media;
  for (auto& source : sources) {
    switch (source.format) {
      case interop::Format::vcard:
      case interop::Format::csv:
        books.push_back(read_address_book(source, ctx, media));
        std::string().swap(source.bytes);  // read: its cards hold what it said
        break;
      case interop::Format::ics:
        throw Error(fmt::format("{}: calendar import (iCalendar) is not in this version of rel yet", source.shown));
      case interop::Format::mbox:
      case interop::Format::maildir:
        throw Error(fmt::format("{}: mail import is not in this version of rel yet", source.shown));
    }
  }

  auto root = ctx.root();
  journal::require_journal(root);
  journal::JournalLock lock(root);
  const auto& journal = ctx.journal(cache::Detail::full);
  std::unordered_set<std::string> bad_ids(journal.bad_ids.begin(), journal.bad_ids.end());
  auto taken = [&](const std::string& id) {
    std::error_code ec;
    return bad_ids.contains(id) || fs::exists(journal::contact_path(root, id), ec);
  };
  rel::imports::PlanOptions options;
  options.new_status = opts.active ? ContactStatus::active : ContactStatus::dormant;
  options.folder = slugify_folder(opts.folder);
  auto plan = imports::plan_import(journal.contacts, std::move(books), options, taken);

  auto prepared = prepare(plan, root, ctx);
  std::unordered_set<std::string> failed;
  for (const auto& [id, problems] : prepared.failures) {
    failed.insert(id);
    for (const auto& problem : problems)
      ctx.err << fmt::format("rel: error: {}: not imported: {}\n", id, problem.describe());
  }
  print_plan(plan, failed, ctx);
  std::erase_if(plan.contacts, [&](const imports::Planned& p) { return failed.contains(p.id); });
  if (media.total() > 0) ctx.out << fmt::format("not imported: {} (rel keeps no media)\n", media_text(media));

  auto summary = imports::summary(plan, failed.size());
  if (opts.dry_run) {
    ctx.out << summary << " (dry run: nothing written)\n";
  } else {
    save(ctx, prepared.writes, fmt::format("import: {} ({})", sources_text(sources), summary));
    ctx.out << summary << '\n';
  }
  const bool unreadable = std::any_of(plan.skipped.begin(), plan.skipped.end(),
                                      [](const imports::Skipped& s) { return s.reason == "unreadable"; });
  if (unreadable || !failed.empty()) ctx.exit_status = 1;
}

}  // namespace

void add_import_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand("import", "Import address books (vCard, CSV): new people, and what others lacked");
  cmd->add_option("file", opts->files, "vCard (.vcf) or CSV files; - for standard input")->required();
  cmd->add_option("--format", opts->format, "The files' kind, else told from their first bytes")
      ->check(CLI::IsMember({"vcard", "csv"}));
  cmd->add_flag("--dry-run,-n", opts->dry_run, "Print the plan and write nothing");
  cmd->add_flag("--active", opts->active, "New people arrive active, not dormant");
  cmd->add_option("--in", opts->folder, "A sub-folder of the journal for new people (e.g. work)");
  cmd->footer(
      "A card is the contact with its uid, else an email, else a phone (digits), else the exact name\n"
      "(case and accents aside); cards of one person become one contact. A contact gains what it lacked\n"
      "and keeps what it has (differences are printed). New people are dormant unless --active. A second\n"
      "run changes nothing. Exit status 1 when some card could not be read or some file not changed.");
  cmd->callback([opts, &ctx] { run_import(*opts, ctx); });
}

}  // namespace rel::cli
