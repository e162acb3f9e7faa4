// `rel promise WHO TEXT --due WHEN` and `rel kept WHO [ADDRESS|TEXT]`: the promises behind trust.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/entries.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/text.hpp"
#include "rel/core/when.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/list_items.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct PromiseOptions {
  std::string who;
  std::vector<std::string> words;
  std::string due;
  std::string by = "me";
};

void run_promise(const PromiseOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto what = join(opts.words, " ");
  if (what.empty()) throw UsageError("say what was promised: rel promise WHO TEXT --due WHEN");
  auto by = parse_by(opts.by);
  if (!by) throw UsageError(fmt::format("unknown --by \"{}\": expected me or them", opts.by));
  auto due = parse_when(opts.due, ctx.today, Lean::future).date;
  refuse_before(due, ctx.today, "--due", "today, when the promise is made",
                "a promise cannot be due before it is made");
  Promise promise{what, ctx.today, due, std::nullopt, *by};
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  auto fields = journal::promise_item(promise);
  auto write = journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
        return journal::append_list_item(text, tree, "promises", fields);
      },
      [&](Contact& c) { c.promises.push_back(promise); });
  save(ctx, {write},
       fmt::format("promise: {}{}: {}", *by == By::me ? "" : "from ", write.after.name, git::excerpt(what)));
  if (*by == By::me)
    ctx.out << fmt::format("promised {}: {}, by {}\n", write.after.name, what, due.iso());
  else
    ctx.out << fmt::format("{} promised: {}, by {}\n", write.after.name, what, due.iso());
}

struct KeptOptions {
  std::string who;
  std::vector<std::string> which;
  std::string date;
};

std::string listed(const Contact& c, const EntryAddresses& addresses, const std::vector<size_t>& promises) {
  std::string out;
  for (auto i : promises) out += "\n  " + entry_line(c, addresses, {EntryKind::promise, i});
  return out;
}

// Which open promise the user means: by its address (as `rel show` lists it), or by (part of) its text.
size_t choose_promise(const Contact& c, const std::string& which) {
  EntryAddresses addresses(c);
  auto open = promises_by_due(c, Open::only);
  if (open.empty()) throw Error(fmt::format("{} has no open promise", c.name));
  if (which.empty()) {
    if (open.size() == 1) return open.front();
    throw UsageError(fmt::format("{} has {} open promises; say which (its address or part of its text):{}", c.name,
                                 open.size(), listed(c, addresses, open)));
  }
  std::vector<size_t> matches;
  for (auto i : open) {
    if (fold(c.promises[i].what) == fold(which)) {
      matches = {i};
      break;
    }
    if (fold(c.promises[i].what).find(fold(which)) != std::string::npos) matches.push_back(i);
  }
  std::optional<size_t> by_address;
  if (EntryAddresses::looks_like_address(which)) {
    auto found = addresses.find(which);
    using Outcome = EntryAddresses::Lookup::Outcome;
    if (found.outcome == Outcome::found && found.matches.front().kind == EntryKind::promise)
      by_address = found.matches.front().index;
    else if (found.outcome != Outcome::unknown && matches.empty())
      choose_entry(c, addresses, which, EntryKind::promise);  // says what it names instead
  }
  if (by_address) {
    // A word that is both an address and a piece of another promise's text names neither.
    if (!matches.empty() && matches != std::vector<size_t>{*by_address})
      throw UsageError(
          fmt::format("\"{}\" is the address of one promise and part of the text of another; say "
                      "which with more of either:{}",
                      which, listed(c, addresses, open)));
    if (!c.promises[*by_address].open())
      throw Error(fmt::format("that promise of {} was kept on {} already: {}", c.name,
                              c.promises[*by_address].done->iso(),
                              entry_line(c, addresses, {EntryKind::promise, *by_address})));
    return *by_address;
  }
  if (matches.size() == 1) return matches.front();
  if (matches.empty()) {
    if (which.find_first_not_of("0123456789") == std::string::npos && which.size() < EntryAddresses::min_length)
      throw UsageError(
          fmt::format("promises are named by their address (as `rel show` lists them), not by "
                      "number; {} has:{}",
                      c.name, listed(c, addresses, open)));
    throw UsageError(fmt::format("no open promise of {} matches \"{}\":{}", c.name, which, listed(c, addresses, open)));
  }
  throw UsageError(fmt::format("\"{}\" matches {} open promises; be more specific:{}", which, matches.size(),
                               listed(c, addresses, matches)));
}

void run_kept(const KeptOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto done = ctx.today;
  if (!opts.date.empty()) done = parse_when(opts.date, ctx.today, Lean::past).date;
  refuse_after(done, ctx.today, "--date", "today", "a promise is marked kept once it is");
  auto which = join(opts.which, " ");
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  size_t index = 0;
  auto write = journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
        index = choose_promise(before, which);
        if (const auto& made = before.promises[index].made)
          refuse_before(done, *made, "--date", "the day it was made", "a promise is kept after it is made");
        return journal::add_key_to_item(text, tree, "promises", index, "done", done.iso());
      },
      [&](Contact& c) { c.promises[index].done = done; });
  save(ctx, {write}, fmt::format("kept: {}: {}", write.after.name, git::excerpt(write.after.promises[index].what)));
  ctx.out << fmt::format("kept \"{}\" ({}) on {}\n", write.after.promises[index].what, write.after.name, done.iso());
}

}  // namespace

void add_promise_command(CLI::App& app, Context& ctx) {
  auto p = std::make_shared<PromiseOptions>();
  auto* promise = app.add_subcommand("promise", "Record a promise (made today) to or from a contact");
  promise->add_option("who", p->who, "Contact: id, name, aka or a unique part of a name")->required();
  promise->add_option("text", p->words, "What was promised (every word after WHO)")->required();
  promise->add_option("--due", p->due, "When it is due: 2026-12-01, in 2 weeks, friday (the next one)")->required();
  promise->add_option("--by", p->by, "Who promised: me (default) or them")->default_str("me");
  promise->callback([p, &ctx] { run_promise(*p, ctx); });

  auto k = std::make_shared<KeptOptions>();
  auto* kept =
      app.add_subcommand("kept", "Mark an open promise kept (the only open one, else say which by address or text)");
  kept->add_option("who", k->who, "Contact: id, name, aka or a unique part of a name")->required();
  kept->add_option("which", k->which, "Its address (as `rel show` lists it) or part of its text");
  kept->add_option("--date", k->date, "When it was kept (default today): 2026-11-20, yesterday, friday");
  kept->callback([k, &ctx] { run_kept(*k, ctx); });
}

}  // namespace rel::cli
