// `rel amend WHO ENTRY [NOTE...] [--date WHEN] [--via V] [--by me|them]`: one interaction corrected in place.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/entries.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/when.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct AmendOptions {
  std::string who;
  std::string entry;
  std::vector<std::string> note_words;
  std::string date, via, by;
};

// The fields the options change, checked before the journal is touched.
struct Amendment {
  std::optional<Timestamp> when;
  std::optional<Via> via;
  std::optional<By> by;
  std::optional<std::string> note;

  void apply(Interaction& e) const {
    if (when) e.when = *when;
    if (via) e.via = *via;
    if (by) e.by = *by;
    if (note) e.note = *note;
  }
};

Amendment parse_amendment(const AmendOptions& opts, Date today) {
  Amendment a;
  if (!opts.date.empty()) {
    a.when = parse_when(opts.date, today, Lean::past);
    refuse_after(a.when->date, today, "--date", "today", "an interaction is logged once it has happened");
  }
  if (!opts.via.empty()) {
    a.via = parse_via(opts.via);
    if (!a.via)
      throw UsageError(
          fmt::format("unknown --via \"{}\": expected meeting, call, video, message, email, letter, "
                      "social or other",
                      opts.via));
  }
  if (!opts.by.empty()) {
    a.by = parse_by(opts.by);
    if (!a.by) throw UsageError(fmt::format("unknown --by \"{}\": expected me or them", opts.by));
  }
  if (!opts.note_words.empty()) a.note = join(opts.note_words, " ");
  if (!a.when && !a.via && !a.by && !a.note)
    throw UsageError("say what to change: --date WHEN, --via V, --by me|them, or the new note after ENTRY");
  if (a.note && a.note->find_first_not_of(" \t") == std::string::npos)
    throw UsageError("the new note is empty (to change the rest, leave the note out)");
  return a;
}

void run_amend(const AmendOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto amendment = parse_amendment(opts, ctx.today);
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  size_t index = 0;
  std::string old_address;
  auto write = journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
        EntryAddresses addresses(before);
        index = choose_entry(before, addresses, opts.entry, EntryKind::interaction).index;
        old_address = addresses.of_interaction(index);
        Interaction after = before.log[index];
        amendment.apply(after);
        std::string edited(text);
        auto set = [&](const char* key, const std::string& value) {
          edited = journal::set_item_value(edited, journal::parse_yaml(edited, id + ".yaml"), "log", index,
                                           {key, value, std::nullopt});
        };
        const auto& old = before.log[index];
        if (after.when != old.when) set("date", after.when.text());
        if (after.via != old.via) set("via", std::string(to_string(after.via)));
        if (after.by != old.by) set("by", std::string(to_string(after.by)));
        if (after.note != old.note) set("note", after.note);
        (void)tree;
        return edited;
      },
      [&](Contact& c) { amendment.apply(c.log[index]); });
  const auto& e = write.after.log[index];
  if (write.before == write.after) {
    ctx.out << fmt::format("{} of {} says that already; nothing changed\n", old_address, write.after.name);
    return;
  }
  save(ctx, {write},
       fmt::format("amend: {} ({} {}){}", write.after.name, e.when.text(), to_string(e.via),
                   amendment.note ? ": " + git::excerpt(*amendment.note) : std::string()));
  EntryAddresses addresses(write.after);
  ctx.out << fmt::format("amended {} of {}: now {}\n", old_address, write.after.name,
                         entry_line(write.after, addresses, {EntryKind::interaction, index}));
}

}  // namespace

void add_amend_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<AmendOptions>();
  auto* cmd = app.add_subcommand("amend", "Correct one interaction (its date, channel, side or note) in place");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  cmd->add_option("entry", opts->entry, "The interaction's address, as `rel show` lists it (e.g. 9c1e)")->required();
  cmd->add_option("note", opts->note_words, "A new note, replacing the old one (every word after ENTRY)");
  cmd->add_option("--date", opts->date, "When it happened: 2026-11-20, yesterday, friday, 3 days ago");
  cmd->add_option("--via", opts->via, "meeting|call|video|message|email|letter|social|other");
  cmd->add_option("--by", opts->by, "Who reached out: me|them");
  cmd->footer("Only the lines of the keys that change are rewritten; the address changes with the entry.");
  cmd->callback([opts, &ctx] { run_amend(*opts, ctx); });
}

}  // namespace rel::cli
