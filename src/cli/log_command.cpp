// `rel log WHO[,WHO...] [NOTE...]`: one interaction appended to each contact's log.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <iterator>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/editor.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/when.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/list_items.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct LogOptions {
  std::string who;
  std::vector<std::string> note_words;
  std::string via = "other";
  std::string by = "me";
  std::string date;
  std::string promise;
  std::string due;
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

void run_log(const LogOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto via = parse_via(opts.via);
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
    Interaction entry{when, *via, *by, {}, note, {}};
    for (const auto& other : ids)
      if (other != id) entry.with.push_back(other);
    auto fields = journal::log_item(entry);
    writes.push_back(journal::prepare_edit(
        root, id,
        [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
          auto edited = journal::append_list_item(text, tree, "log", fields);
          if (promise) {
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
          if (promise) c.promises.push_back(*promise);
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
}

}  // namespace

void add_log_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<LogOptions>();
  auto* cmd = app.add_subcommand("log", "Record an interaction with one or more people (comma-separated)");
  cmd->add_option("who", opts->who, "Contact(s): id, name, aka or a unique part of a name; a,b for a shared one")
      ->required();
  cmd->add_option("note", opts->note_words, "The note (else read from stdin, else $EDITOR)");
  cmd->add_option("--via", opts->via, "meeting|call|video|message|email|letter|social|other")->default_str("other");
  cmd->add_option("--by", opts->by, "Who reached out: me|them")->default_str("me");
  cmd->add_option("--date", opts->date, "When it happened (default today): 2026-11-20, yesterday, friday, 3 days ago");
  cmd->add_option("--promise", opts->promise, "Also record a promise you made");
  cmd->add_option("--due", opts->due, "When the promise is due: 2026-12-01, in 2 weeks, next friday");
  cmd->footer("Logging with a dormant contact makes it active again (status: active, in the same write).");
  cmd->callback([opts, &ctx] { run_log(*opts, ctx); });
}

}  // namespace rel::cli
