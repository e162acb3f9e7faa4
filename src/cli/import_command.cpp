// `rel import FILE…`: address books (vCard, CSV) into the journal — the plan worked out first, then
// written as one change: new people in new files, what matched people lacked added by text edits.
//
// The steps every kind of import shares, so that calendars and mail can join them: the sources read
// and their kind told (read_sources), a Plan (import/plan.hpp: contacts created, updated, unchanged,
// cards skipped and why), its lines printed, the writes prepared on every core and checked, then
// saved as one git commit, and a summary line last. --dry-run stops before the saving.
#include <fmt/format.h>
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <unordered_set>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/import_writes.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/core/error.hpp"
#include "rel/core/parallel.hpp"
#include "rel/core/text.hpp"
#include "rel/imports/activity.hpp"
#include "rel/imports/plan.hpp"
#include "rel/interop/calendar.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/csv_reader.hpp"
#include "rel/interop/format.hpp"
#include "rel/interop/mail.hpp"
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
  std::string since;  // calendars and mail: the first day imported (default 90 days ago)
  bool no_subjects = false;
  bool add_new = false;
};

// One file or folder named on the command line (or standard input), and its kind. An mbox file or
// a maildir is read by the mail reader from its path; every other file is read whole here.
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
    throw Error(fmt::format("{}: not a file rel imports (vCard, CSV, iCalendar or mbox){}; name its kind with --format",
                            shown, text ? "" : ": it holds binary data"));
  return *format;
}

bool is_address_book(interop::Format format) {
  return format == interop::Format::vcard || format == interop::Format::csv;
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
      source.format = format_of(source.shown, source.bytes, opts);
      if (source.format == interop::Format::maildir) throw UsageError("a maildir is a folder: name it, not -");
      sources.push_back(std::move(source));
      continue;
    }
    source.shown = file;
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
      if (!opts.format.empty() && opts.format != "maildir")
        throw Error(fmt::format("{}: is a folder, not a {} file", file, opts.format));
      if (!fs::is_directory(fs::path(file) / "cur", ec) && !fs::is_directory(fs::path(file) / "new", ec))
        throw Error(fmt::format("{}: is a folder but not a maildir (it has no cur/ or new/)", file));
      source.format = interop::Format::maildir;
      sources.push_back(std::move(source));
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(fmt::format("{}: cannot read: {}", file, std::strerror(errno)));
    // The kind from the first bytes; an mbox, which may be large, is left for the mail reader.
    std::string head(size_t{64} * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    source.format = format_of(source.shown, head, opts);
    if (source.format == interop::Format::maildir)
      throw Error(fmt::format("{}: is a file, and a maildir is a folder", file));
    if (source.format != interop::Format::mbox) source.bytes = head + read_stream(in);
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

// Whether an id is in use: a file of that name, or a file that does not parse (its id is taken too).
std::function<bool(const std::string&)> ids_taken(const fs::path& root, const journal::Journal& journal) {
  return [root, bad = std::unordered_set<std::string>(journal.bad_ids.begin(), journal.bad_ids.end())](
             const std::string& id) {
    std::error_code ec;
    return bad.contains(id) || fs::exists(journal::contact_path(root, id), ec);
  };
}

// Each contact whose file could not take the change, named on stderr; their ids.
std::unordered_set<std::string> report_failures(const Prepared& prepared, Context& ctx) {
  std::unordered_set<std::string> failed;
  for (const auto& [id, problems] : prepared.failures) {
    failed.insert(id);
    for (const auto& problem : problems)
      ctx.err << fmt::format("rel: error: {}: not imported: {}\n", id, problem.describe());
  }
  return failed;
}

template <typename Skip>
bool has_unreadable(const std::vector<Skip>& skipped) {
  return std::any_of(skipped.begin(), skipped.end(), [](const Skip& s) { return s.reason == "unreadable"; });
}

// The end of every import: written as one change (one commit) unless --dry-run, the summary last, and
// exit status 1 when something could not be read or written.
void finish(const ImportOptions& opts, const Prepared& prepared, const std::vector<Source>& sources,
            const std::string& summary, bool incomplete, Context& ctx) {
  if (opts.dry_run) {
    ctx.out << summary << " (dry run: nothing written)\n";
  } else {
    save(ctx, prepared.writes, fmt::format("import: {} ({})", sources_text(sources), summary));
    ctx.out << summary << '\n';
  }
  if (incomplete) ctx.exit_status = 1;
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

// Reads one calendar or mailbox; a file the reader refuses whole (not iCalendar, no mbox "From "
// line) is named and skipped like a damaged event, and the others are imported.
void read_activity(const Source& source, const imports::ActivityOptions& options,
                   std::vector<imports::CalendarFrom>& calendars, std::vector<imports::MailFrom>& mail, Context& ctx) {
  try {
    if (source.format == interop::Format::ics) {
      // The window is in local days; occurrences from today on are told past or future by the plan.
      auto read = interop::read_calendar(source.bytes, {options.since, options.now.date + 1}, source.shown);
      calendars.push_back({source.shown, std::move(read.events), std::move(read.problems)});
      return;
    }
    // The sieve is asked on the reading threads; what the plan reads of each message kept is taken
    // as it comes.
    imports::MailSieve sieve(options);
    imports::MailFrom box{source.shown, {}, {}, {}};
    auto keep = [&](const interop::MessageHeaders& m) { return sieve.keep(m); };
    auto take = [&](interop::MessageHeaders&& m) { box.messages.push_back(sieve.kept(std::move(m))); };
    auto progress = ctx.progress("reading", "messages");
    interop::MailRead read;
    if (source.format == interop::Format::maildir)
      read = interop::read_maildir(source.shown, keep, progress, take);
    else if (source.shown == "stdin")
      read = interop::read_mbox_text(source.bytes, source.shown, keep, progress, take);
    else
      read = interop::read_mbox(source.shown, keep, progress, take);
    box.left_out = sieve.counts();
    box.problems = std::move(read.problems);
    mail.push_back(std::move(box));
  } catch (const Error& e) {
    auto problems = e.problems();
    for (auto& p : problems)
      if (p.where.file.empty()) p.where.file = source.shown;
    calendars.push_back({source.shown, {}, std::move(problems)});
  }
}

// The plan of a calendar or mail import: each contact's new entries, what was left out where it
// concerns a contact, the people suggested, and unreadable events and messages on stderr.
void print_activity(const imports::ActivityPlan& plan, const std::unordered_set<std::string>& failed, Context& ctx) {
  for (const auto& p : plan.contacts) {
    if (failed.contains(p.id)) continue;
    const bool created = p.kind == imports::Planned::Kind::created;
    if (created)
      ctx.out << fmt::format("new {} ({} <{}>), dormant\n", p.id, p.name,
                             p.contact.emails.empty() ? "" : p.contact.emails.front());
    for (const auto& entry : created ? p.contact.log : p.gains.log)
      ctx.out << fmt::format("{}: {}\n", p.id, imports::describe(entry));
  }
  for (const auto& s : plan.skipped) {
    if (s.reason == "unreadable")
      ctx.err << fmt::format("rel: error: {} (skipped)\n", s.where);
    else
      ctx.out << fmt::format("skipped {}: {}{}\n", s.where, s.reason, s.detail.empty() ? "" : " (" + s.detail + ")");
  }
  bool suggested = false;
  for (const auto& s : plan.suggestions) {
    if (!s.id.empty()) continue;
    suggested = true;
    auto who = s.name.empty() ? "<" + s.email + ">" : fmt::format("{} <{}>", s.name, s.email);
    ctx.out << fmt::format("suggested: {}, {} messages from you{}\n", who, s.from_me,
                           s.same_name_as.empty() ? "" : fmt::format(" (the name of {})", s.same_name_as));
  }
  if (suggested) ctx.out << "(--add-new adds the people suggested, dormant, with their address)\n";
}

void run_activity_import(const ImportOptions& opts, std::vector<Source>& sources, Context& ctx) {
  if (opts.active || !opts.folder.empty()) throw UsageError("--active and --in are for address books");
  auto root = ctx.root();
  journal::require_journal(root);
  imports::ActivityOptions options;
  options.me = my_addresses(ctx);
  options.since = since_day(opts.since, ctx.today);
  options.now = now_for(ctx.today);
  options.max_people = ctx.settings().import_max_people;
  options.subjects = !opts.no_subjects;
  options.add_new = opts.add_new;

  std::vector<imports::CalendarFrom> calendars;
  std::vector<imports::MailFrom> mail;
  for (auto& source : sources) {
    read_activity(source, options, calendars, mail, ctx);
    std::string().swap(source.bytes);
  }

  journal::JournalLock lock(root);
  const auto& journal = ctx.journal(cache::Detail::full);
  const auto taken = ids_taken(root, journal);
  auto plan = imports::plan_activity(journal.contacts, calendars, mail, options, taken);
  // The plan holds what it takes from them: the files' new text need not sit beside every message.
  std::vector<imports::CalendarFrom>().swap(calendars);
  std::vector<imports::MailFrom>().swap(mail);
  ::malloc_trim(0);  // and what they held goes back to the system, not only to malloc

  auto prepared = prepare_planned(plan.contacts, root, ctx);
  const auto failed = report_failures(prepared, ctx);
  print_activity(plan, failed, ctx);
  std::erase_if(plan.contacts, [&](const imports::Planned& p) { return failed.contains(p.id); });

  auto summary = imports::activity_summary(plan, failed.size());
  finish(opts, prepared, sources, summary, has_unreadable(plan.skipped) || !failed.empty(), ctx);
}

void run_import(const ImportOptions& opts, Context& ctx) {
  auto sources = read_sources(opts);
  const auto books_given =
      std::count_if(sources.begin(), sources.end(), [](const Source& s) { return is_address_book(s.format); });
  if (books_given > 0 && books_given < static_cast<std::ptrdiff_t>(sources.size()))
    throw UsageError("address books and calendars or mail are imported in separate runs");
  if (books_given == 0) return run_activity_import(opts, sources, ctx);
  if (!opts.since.empty() || opts.no_subjects || opts.add_new)
    throw UsageError("--since, --no-subjects and --add-new are for calendars and mail");

  std::vector<imports::CardsFrom> books;
  interop::MediaSkipped media;
  for (auto& source : sources) {
    books.push_back(read_address_book(source, ctx, media));
    std::string().swap(source.bytes);  // read: its cards hold what it said
  }

  auto root = ctx.root();
  journal::require_journal(root);
  journal::JournalLock lock(root);
  const auto& journal = ctx.journal(cache::Detail::full);
  const auto taken = ids_taken(root, journal);
  rel::imports::PlanOptions options;
  options.new_status = opts.active ? ContactStatus::active : ContactStatus::dormant;
  options.folder = slugify_folder(opts.folder);
  auto plan = imports::plan_import(journal.contacts, std::move(books), options, taken);

  auto prepared = prepare_planned(plan.contacts, root, ctx);
  const auto failed = report_failures(prepared, ctx);
  print_plan(plan, failed, ctx);
  std::erase_if(plan.contacts, [&](const imports::Planned& p) { return failed.contains(p.id); });
  if (media.total() > 0) ctx.out << fmt::format("not imported: {} (rel keeps no media)\n", media_text(media));

  auto summary = imports::summary(plan, failed.size());
  finish(opts, prepared, sources, summary, has_unreadable(plan.skipped) || !failed.empty(), ctx);
}

}  // namespace

void add_import_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand(
      "import", "Import address books (vCard, CSV), calendars (.ics) and mail (mbox, maildir) into the journal");
  cmd->add_option("file", opts->files, "vCard, CSV, iCalendar or mbox files, maildir folders; - for standard input")
      ->required();
  cmd->add_option("--format", opts->format, "The files' kind, else told from their first bytes")
      ->check(CLI::IsMember({"vcard", "csv", "ics", "mbox", "maildir"}));
  cmd->add_flag("--dry-run,-n", opts->dry_run, "Print the plan and write nothing");
  cmd->add_flag("--active", opts->active, "Address books: new people arrive active, not dormant");
  cmd->add_option("--in", opts->folder, "Address books: a sub-folder of the journal for new people (e.g. work)");
  cmd->add_option("--since", opts->since,
                  "Calendars and mail: the first day imported (default 90d ago): 2026-09-01, 6m, 3 months ago");
  cmd->add_flag("--no-subjects", opts->no_subjects, "Calendars and mail: no note from subjects and titles");
  cmd->add_flag("--add-new", opts->add_new,
                "Mail: add the people suggested (you wrote to them twice or more) as dormant contacts");
  cmd->footer(
      "Address books: a card is the contact with its uid, else an email, else a phone (digits), else the\n"
      "exact name (case and accents aside); cards of one person become one contact. A contact gains what\n"
      "it lacked and keeps what it has (differences are printed). New people are dormant unless --active.\n"
      "\n"
      "Calendars and mail need your addresses in .rel.yaml: me: {email: [you@example.com]}. A past event\n"
      "with contacts is a meeting (video when online) for each of them; declined, cancelled, solo,\n"
      "all-day, future and large events (import: {max_people: 8}) are skipped. Mail between you and a\n"
      "contact is one email entry a day, by whoever wrote first; lists, bulk, automatic and no-reply mail\n"
      "is skipped. Headers only: no body is read. Nothing leaves this machine.\n"
      "\n"
      "A second run changes nothing. Exit status 1 when something could not be read or some file not changed.");
  cmd->callback([opts, &ctx] { run_import(*opts, ctx); });
}

}  // namespace rel::cli
