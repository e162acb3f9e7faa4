// `rel delete WHO ENTRY`: one interaction or promise removed, its lines and nothing else.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/entries.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

struct DeleteOptions {
  std::string who;
  std::string entry;
};

void run_delete(const DeleteOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  EntryRef entry;
  std::string described;
  auto write = journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
        EntryAddresses addresses(before);
        entry = choose_entry(before, addresses, opts.entry);
        described = entry_line(before, addresses, entry);
        return journal::remove_list_item(text, tree, entry.kind == EntryKind::promise ? "promises" : "log",
                                         entry.index);
      },
      [&](Contact& c) {
        if (entry.kind == EntryKind::promise)
          c.promises.erase(c.promises.begin() + static_cast<long>(entry.index));
        else
          c.log.erase(c.log.begin() + static_cast<long>(entry.index));
      });
  std::string what;
  if (entry.kind == EntryKind::promise) {
    what = "promise";
  } else {
    const auto& e = write.before.log[entry.index];
    what = fmt::format("{} {}", e.when.text(), to_string(e.via));
  }
  save(ctx, {write}, fmt::format("delete: {} ({})", write.after.name, what));
  ctx.out << fmt::format("deleted from {}: {}\n", write.after.name, described);
}

}  // namespace

void add_delete_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<DeleteOptions>();
  auto* cmd = app.add_subcommand("delete", "Delete one interaction or promise of a contact (its lines only)");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  cmd->add_option("entry", opts->entry, "The entry's address, as `rel show` lists it (e.g. 9c1e)")->required();
  cmd->footer("To remove a whole contact, see `rel rm`.");
  cmd->callback([opts, &ctx] { run_delete(*opts, ctx); });
}

}  // namespace rel::cli
