// `rel rename WHO NEW NAME...`: a new name, and the file moved to its slug, with `with:` references following.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/references.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/core/error.hpp"
#include "rel/core/identity.hpp"
#include "rel/core/resolve.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

struct RenameOptions {
  std::string who;
  std::vector<std::string> name_words;
};

// The old name joins aka unless the new one is the same but for case and accents, or aka has it.
bool keeps_old_name(const Contact& c, const std::string& name) {
  if (match_key(c.name) == match_key(name)) return false;
  return std::none_of(c.aka.begin(), c.aka.end(), [&](const auto& aka) { return match_key(aka) == match_key(c.name); });
}

void run_rename(const RenameOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  auto name = join(opts.name_words, " ");
  if (name.find_first_not_of(" \t") == std::string::npos) throw UsageError("say the new name: rel rename WHO NEW NAME");
  if (!is_clean_text(name)) throw UsageError("a name cannot contain control characters or invalid UTF-8");
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  const auto& journal = ctx.journal();  // whose `with:` names the contact

  journal::JournalLock lock(root);
  auto edit = journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact& before) {
        auto edited = journal::set_value(text, tree, {"name"}, {"name", name, std::nullopt});
        if (!keeps_old_name(before, name)) return edited;
        // The old name stays findable, as an aka.
        return journal::add_list_value(edited, journal::parse_yaml(edited, id + ".yaml"), "aka", before.name,
                                       journal::FirstItem::as_list, "name");
      },
      [&](Contact& c) {
        if (keeps_old_name(c, name)) c.aka.push_back(c.name);
        c.name = name;
      });
  if (edit.before.name == name) {
    ctx.out << fmt::format("{} is named {} already; nothing changed\n", id, name);
    return;
  }
  // A new slug, unless the name's is the file's own (a namesake's "-2" stays).
  auto new_id = first_free_id(folder_of(id), slugify(name), [&](const std::string& candidate) {
    std::error_code ec;
    return candidate != id && fs::exists(journal::contact_path(root, candidate), ec);
  });
  auto old_name = edit.before.name;
  std::vector<journal::PendingWrite> writes;
  std::vector<Referrer> others;
  if (new_id == id) {
    writes.push_back(std::move(edit));
  } else {
    Contact moved = edit.after;
    moved.id = new_id;
    auto created = journal::prepare_new(root, new_id, edit.new_text, moved);
    created.before = edit.before;
    writes.push_back(std::move(created));
    others = referrers(journal, id, {id});
    for (auto& w : retarget_references(root, others, id, new_id)) writes.push_back(std::move(w));
    writes.push_back(journal::prepare_remove(root, id));
  }
  save(ctx, writes, fmt::format("rename: {} to {}", old_name, name));
  ctx.out << fmt::format("renamed {} to {}", old_name, name);
  ctx.out << (new_id == id ? fmt::format(" ({})\n", id) : fmt::format(" ({} is now {})\n", id, new_id));
  if (!others.empty()) ctx.out << fmt::format("with: updated in {}\n", referrer_list(others));
  if (new_id != id && !journal.bad_ids.empty())
    ctx.warn(fmt::format("{} file{} with problems could not be searched for with: {}", journal.bad_ids.size(),
                         journal.bad_ids.size() == 1 ? "" : "s", id));
}

}  // namespace

void add_rename_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<RenameOptions>();
  auto* cmd = app.add_subcommand("rename",
                                 "Give a contact a new name: the file moves to its slug, the old name stays as an aka");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name")->required();
  cmd->add_option("name", opts->name_words, "The new name (words are joined)")->required();
  cmd->footer("Only the name line changes (and aka gains the old name); every with: naming the contact follows it.");
  cmd->callback([opts, &ctx] { run_rename(*opts, ctx); });
}

}  // namespace rel::cli
