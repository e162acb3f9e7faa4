// `rel merge FROM INTO`: two files of one person made one — INTO gains what only FROM has, FROM goes.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/references.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/contact_merge.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/unite.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct MergeOptions {
  std::string from;
  std::string into;
  std::string prefer;
};

Prefer parse_prefer(const std::string& text) {
  if (text.empty()) return Prefer::neither;
  if (text == "into") return Prefer::into;
  if (text == "from") return Prefer::from;
  throw UsageError(fmt::format("unknown --prefer \"{}\": expected into or from", text));
}

std::string conflict_lines(const MergePlan& plan, const std::string& into, const std::string& from) {
  std::string out;
  for (const auto& c : plan.conflicts)
    out += fmt::format("\n  {}: \"{}\" ({}) or \"{}\" ({})", c.key, c.into, into, c.from, from);
  return out;
}

std::string count(size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

void run_merge(const MergeOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto prefer = parse_prefer(opts.prefer);
  auto from_id = resolve_id(ctx, opts.from);
  auto into_id = resolve_id(ctx, opts.into);
  if (from_id == into_id)
    throw UsageError(fmt::format("\"{}\" and \"{}\" are one contact, {}", opts.from, opts.into, from_id));
  auto root = ctx.root();
  const auto& journal = ctx.journal();  // whose `with:` names FROM

  journal::JournalLock lock(root);
  auto from_shown = from_id + ".yaml";
  auto from_text = journal::read_text_file(journal::contact_path(root, from_id), from_shown);
  auto from = journal::parse_contact(from_text, from_id, from_shown);
  // Neither file's log may name the person itself once the two are one.
  for (const auto& id : {from_id, into_id}) {
    from_text =
        journal::retarget_with_text(from_text, journal::parse_yaml(from_text, from_shown), id, into_id, into_id);
    retarget_with(from, id, into_id, into_id);
  }

  MergePlan plan;
  auto write = journal::prepare_edit(
      root, into_id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
        auto into_text = journal::retarget_with_text(text, tree, from_id, into_id, into_id);
        Contact into = before;
        retarget_with(into, from_id, into_id, into_id);
        plan = plan_merge(into, from, prefer);
        if (!plan.conflicts.empty() && prefer == Prefer::neither)
          throw Error(fmt::format(
              "{} and {} differ in {}, so nothing was merged:{}\nsay which side wins with "
              "--prefer into or --prefer from",
              from_id, into_id, count(plan.conflicts.size(), "key", "keys"), conflict_lines(plan, into_id, from_id)));
        return journal::unite_texts(into_text, from_text, from, plan);
      },
      [&](Contact& c) {
        retarget_with(c, from_id, into_id, into_id);
        c = apply_merge(c, from, plan);
      },
      journal::Compare::any_key_order);

  std::vector<journal::PendingWrite> writes;
  writes.push_back(std::move(write));
  auto others = referrers(journal, from_id, {from_id, into_id});
  for (auto& w : retarget_references(root, others, from_id, into_id)) writes.push_back(std::move(w));
  writes.push_back(journal::prepare_remove(root, from_id));
  const auto& into_after = writes.front().after;
  save(ctx, writes, fmt::format("merge: {} ({}) into {}", from.name, from_id, into_after.name));

  size_t keys = plan.aka.size() + plan.tags.size() + plan.emails.size() + plan.phones.size() + plan.uid.size() +
                plan.keys.size() + plan.details.size() + plan.dates.size() + (plan.since ? 1 : 0);
  ctx.out << fmt::format("merged {} into {}: {}, {} and {} added; {}.yaml removed\n", from_id, into_id,
                         count(plan.log.size(), "interaction", "interactions"),
                         count(plan.promises.size() + plan.kept_promises.size(), "promise", "promises"),
                         count(keys, "other value", "other values"), from_id);
  for (const auto& c : plan.conflicts)
    ctx.out << fmt::format("kept {}: \"{}\" ({})\n", c.key, prefer == Prefer::from ? c.from : c.into,
                           prefer == Prefer::from ? from_id : into_id);
  if (!others.empty()) ctx.out << fmt::format("with: updated in {}\n", referrer_list(others));
  if (!journal.bad_ids.empty())
    ctx.warn(fmt::format("{} file{} with problems could not be searched for with: {}", journal.bad_ids.size(),
                         journal.bad_ids.size() == 1 ? "" : "s", from_id));
}

}  // namespace

void add_merge_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<MergeOptions>();
  auto* cmd = app.add_subcommand("merge",
                                 "Unite two files of one person: FROM's entries and details go into INTO, "
                                 "FROM's file is removed");
  cmd->add_option("from", opts->from, "The contact merged away: id, name, aka or a unique part of a name")->required();
  cmd->add_option("into", opts->into, "The contact that stays")->required();
  cmd->add_option("--prefer", opts->prefer, "Which side wins where the two differ: into|from");
  cmd->footer(
      "Log entries and promises: the union, each once, in date order, as written. Emails, phones, tags, aka and\n"
      "uid: united (FROM's name joins aka). Keys, details and dates only FROM has are added; where the two differ\n"
      "the merge stops, listing them, unless --prefer says which side wins. with: references follow.");
  cmd->callback([opts, &ctx] { run_merge(*opts, ctx); });
}

}  // namespace rel::cli
