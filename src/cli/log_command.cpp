// `rel log WHO[,WHO...] [NOTE...]`: one interaction appended to each contact's log.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <iterator>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/editor.hpp"
#include "rel/cli/import_writes.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/when.hpp"
#include "rel/git/git.hpp"
#include "rel/imports/activity.hpp"
#include "rel/interop/mail.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/list_items.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct LogOptions {
  std::string who;
  std::vector<std::string> note_words;
  std::string via;  // empty: the journal's `log: {via: ...}`, else other
  std::string by = "me";
  std::string date;
  std::string promise;
  std::string due;
  bool from_mail = false;  // one message on standard input, logged for the contacts it involves
  bool no_subjects = false;
};

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The note from the words after WHO (verbatim), else stdin when it is not a terminal (less its final
// newlines), else the editor. A note of nothing or blanks is refused whichever way it came, as an
// empty commit message is: an entry is what it says.
std::string read_note(const LogOptions& opts, Context& ctx) {
  if (!opts.note_words.empty()) {
    auto note = join(opts.note_words, " ");
    if (blank(note)) throw UsageError("the note after WHO is blank; nothing logged");
    return note;
  }
  if (!ctx.stdin_is_tty) {
    std::string note((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (blank(note)) throw UsageError("standard input held no note; nothing logged");
    while (!note.empty() && (note.back() == '\n' || note.back() == '\r')) note.pop_back();
    return note;
  }
  auto note = edit_text_in_editor("", "# What happened? Lines starting with # are ignored.\n");
  // The editor starts on an empty first line; a note typed below it starts with the text.
  note.erase(0, note.find_first_not_of("\n"));
  if (blank(note)) throw UsageError("the note written in the editor is empty; nothing logged");
  return note;
}

// `rel log --from-mail`: the message a mail client pipes in, logged by the rules of a mail import
// (imports/activity.hpp) with no window of days: once per contact and day, by its Message-ID.
void run_log_from_mail(const LogOptions& opts, Context& ctx) {
  if (!opts.who.empty() || !opts.note_words.empty() || !opts.date.empty() || !opts.promise.empty() ||
      !opts.via.empty() || opts.by != "me")
    throw UsageError("--from-mail takes who, when, how and the note from the message: give no WHO, note or options");
  auto root = ctx.root();
  journal::require_journal(root);
  imports::ActivityOptions options;
  options.me = my_addresses(ctx);
  options.since = Date::from_days(-1'000'000);    // any day the message was written
  options.now = {Date::from_days(1'000'000), 0};  // even by a clock ahead of this one
  options.subjects = !opts.no_subjects;
  std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  // An mbox client pipes the message with its "From " line; the headers start after it.
  if (text.starts_with("From ")) text.erase(0, std::min(text.size(), text.find('\n') + 1));
  auto message = interop::read_message_headers(text, "stdin");
  if (!message.date_utc || !message.date_local) {  // a draft or a broken Date: logged today
    message.date_utc = 0;
    message.date_local = Timestamp{ctx.today, std::nullopt};
  }

  journal::JournalLock lock(root);
  const auto& journal = ctx.journal(cache::Detail::full);
  const auto sender = message.from.email;
  auto plan = imports::plan_activity(journal.contacts, {}, {imports::sieve_mailbox("stdin", {message}, options)},
                                     options, [](const std::string&) { return true; });
  auto prepared = prepare_planned(plan.contacts, root, ctx);
  if (!prepared.failures.empty()) throw Error(std::move(prepared.failures.front().second));
  if (prepared.writes.empty()) {
    if (plan.already > 0) {
      ctx.out << "already logged: nothing to do\n";
      return;
    }
    auto reason = plan.skips.empty() ? std::string("no contact") : plan.skips.begin()->first;
    if (reason == "no contact")
      throw Error(fmt::format("not logged: no contact has the address of {} (and it must be between you and them)",
                              sender.empty() ? "the sender" : sender));
    throw Error(fmt::format("not logged: {} mail", reason));
  }
  std::string names;
  for (const auto& w : prepared.writes) names += (names.empty() ? "" : ", ") + w.after.name;
  save(ctx, prepared.writes, fmt::format("log: {} (email)", names));
  for (const auto& p : plan.contacts)
    for (const auto& entry : p.gains.log)
      ctx.out << fmt::format("logged email with {} on {}, by {}\n", p.name, entry.when.text(), to_string(entry.by));
}

void run_log(const LogOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  if (opts.from_mail) return run_log_from_mail(opts, ctx);
  if (opts.who.empty()) throw UsageError("log needs WHO: the contact(s) to log with (or --from-mail)");
  auto via = opts.via.empty() ? std::optional(ctx.settings().default_via) : parse_via(opts.via);
  if (!via)
    throw UsageError(
        fmt::format("unknown --via \"{}\": expected meeting, call, video, message, email, letter, "
                    "social or other",
                    opts.via));
  auto by = parse_by(opts.by);
  if (!by) throw UsageError(fmt::format("unknown --by \"{}\": expected me or them", opts.by));
  Timestamp when{ctx.today, std::nullopt};
  if (!opts.date.empty()) when = parse_when(opts.date, ctx.today, Lean::past);
  refuse_after(when.date, ctx.today, "--date", "today", "an interaction is logged once it has happened");
  if (!opts.due.empty() && opts.promise.empty()) throw UsageError("--due goes with --promise");
  std::optional<Promise> promise;
  if (!opts.promise.empty()) {
    if (opts.due.empty()) throw UsageError("--promise needs --due WHEN");
    auto due = parse_when(opts.due, ctx.today, Lean::future).date;
    refuse_before(due, when.date, "--due", "the day the promise is made", "a promise cannot be due before it is made");
    promise = Promise{opts.promise, when.date, due, std::nullopt, By::me};
  }
  auto ids = resolve_ids(ctx, opts.who);
  auto note = read_note(opts, ctx);

  auto root = ctx.root();
  journal::JournalLock lock(root);
  std::vector<journal::PendingWrite> writes;
  for (const auto& id : ids) {
    // A promise made in a meeting of several is one promise, to be kept once: it is written in the
    // file of the first person named (the others' entries say who was there).
    const bool with_promise = promise && id == ids.front();
    Interaction entry{when, *via, *by, {}, note, {}};
    for (const auto& other : ids)
      if (other != id) entry.with.push_back(other);
    auto fields = journal::log_item(entry);
    writes.push_back(journal::prepare_edit(
        root, id,
        [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
          auto edited = journal::append_list_item(text, tree, "log", fields);
          if (with_promise) {
            auto tree2 = journal::parse_yaml(edited, id + ".yaml");
            edited = journal::append_list_item(edited, tree2, "promises", journal::promise_item(*promise));
          }
          if (before.status == ContactStatus::dormant) {
            // Written `status: active`, not removed: one changed line (with any comment on it kept),
            // and the git diff says in so many words that the rest is over.
            auto tree3 = journal::parse_yaml(edited, id + ".yaml");
            edited = journal::set_value(edited, tree3, {"status"}, {"status", "active", std::nullopt});
          }
          return edited;
        },
        [&](Contact& c) {
          c.log.push_back(entry);
          if (with_promise) c.promises.push_back(*promise);
          if (c.status == ContactStatus::dormant) c.status = ContactStatus::active;  // talking again ends the rest
        }));
  }
  std::string names;
  for (const auto& w : writes) names += (names.empty() ? "" : ", ") + w.after.name;
  save(ctx, writes, fmt::format("log: {} ({}): {}", names, to_string(*via), git::excerpt(note)));
  for (const auto& w : writes) {
    ctx.out << fmt::format("logged {} with {} on {}\n", to_string(*via), w.after.name, when.text());
    if (w.before.status == ContactStatus::dormant) ctx.out << fmt::format("{} is active again\n", w.after.name);
    if (w.after.status == ContactStatus::archived)
      ctx.out << fmt::format("{} is archived: `rel unarchive {}` brings them back to the morning list\n", w.after.name,
                             w.id);
  }
  if (promise)
    ctx.out << fmt::format("promised {}: {}, by {}\n", writes.front().after.name, promise->what, promise->due->iso());
}

}  // namespace

void add_log_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<LogOptions>();
  auto* cmd = app.add_subcommand("log", "Record an interaction with one or more people (comma-separated)");
  cmd->add_option("who", opts->who, "Contact(s): id, name, aka or a unique part of a name; a,b for a shared one");
  cmd->add_option("note", opts->note_words, "The note (else read from stdin, else $EDITOR)");
  cmd->add_option("--via", opts->via, "meeting|call|video|message|email|letter|social|other")
      ->default_str("other, or log.via of .rel.yaml");
  cmd->add_option("--by", opts->by, "Who reached out: me|them")->default_str("me");
  cmd->add_option("--date", opts->date, "When it happened (default today): 2026-11-20, yesterday, friday, 3 days ago");
  cmd->add_option("--promise", opts->promise, "Also record a promise you made");
  cmd->add_option("--due", opts->due, "When the promise is due: 2026-12-01, in 2 weeks, next friday");
  cmd->add_flag("--from-mail", opts->from_mail,
                "Log the mail message on standard input for the contacts it is between you and (mutt, aerc)");
  cmd->add_flag("--no-subjects", opts->no_subjects, "With --from-mail: no note from the subject");
  cmd->footer(
      "Logging with a dormant contact makes it active again (status: active, in the same write).\n"
      "--from-mail reads the headers of one message (never its body) and logs an email entry for each\n"
      "contact it is between you and, as rel import does with a mailbox: by whoever wrote first that day,\n"
      "the subject as the note, its Message-ID as ref (a second time changes nothing). It needs\n"
      "me: {email: [...]} in .rel.yaml. Mutt: macro pager L \"<pipe-message>rel log --from-mail<enter>\"");
  cmd->callback([opts, &ctx] { run_log(*opts, ctx); });
}

}  // namespace rel::cli
