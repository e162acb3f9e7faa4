// `rel set WHO KEY VALUE` and `rel unset WHO KEY`: one key of a contact changed in place.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/assignment.hpp"
#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct SetOptions {
  std::string who;
  std::string key;
  std::string value;
};

std::string shown_key(const journal::KeyPath& path) {
  std::string out;
  for (const auto& k : path) out += (out.empty() ? "" : ".") + k;
  return out;
}

void run_set(const SetOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  // Check the key and value before touching the journal: a bad value is a usage error.
  auto assignment = parse_assignment(opts.key, opts.value, ctx.today);
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  auto write = prepare_assignment(root, id, assignment);
  auto key = shown_key(assignment.path);
  if (write.before == write.after) {  // no rewrite of the value's quoting for nothing
    ctx.out << fmt::format("{} of {} is already that; nothing changed\n", key, write.after.name);
    return;
  }
  save(ctx, {write}, fmt::format("set: {} {}", write.after.name, key));
  ctx.out << fmt::format("set {} of {}\n", key, write.after.name);
}

struct UnsetOptions {
  std::string who;
  std::string key;
};

void run_unset(const UnsetOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto removal = parse_removal(opts.key);
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  auto write = journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
        return journal::unset_value(text, tree, removal.path);
      },
      removal.apply);
  auto key = shown_key(removal.path);
  save(ctx, {write}, fmt::format("unset: {} {}", write.after.name, key));
  ctx.out << fmt::format("removed {} of {}\n", key, write.after.name);
}

}  // namespace

void add_set_command(CLI::App& app, Context& ctx) {
  auto set_opts = std::make_shared<SetOptions>();
  auto* set = app.add_subcommand("set", "Set one key of a contact, changing only its lines");
  set->add_option("who", set_opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  set->add_option("key", set_opts->key,
                  "name, aka, tags (comma-separated lists), cadence (30d, 2w, 3m, 1y), since (a date), email, "
                  "phone, details.NAME, dates.NAME (YYYY-MM-DD, MM-DD for a date without a year, or a WHEN like "
                  "yesterday), or any other top-level key")
      ->required();
  set->add_option("value", set_opts->value, "The new value, as one argument (quote it when it has spaces)")->required();
  set->callback([set_opts, &ctx] { run_set(*set_opts, ctx); });

  auto unset_opts = std::make_shared<UnsetOptions>();
  auto* unset = app.add_subcommand("unset", "Remove one key of a contact, changing only its lines");
  unset->add_option("who", unset_opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  unset->add_option("key", unset_opts->key, "A top-level key (not name), details.NAME or dates.NAME")->required();
  unset->callback([unset_opts, &ctx] { run_unset(*unset_opts, ctx); });
}

}  // namespace rel::cli
