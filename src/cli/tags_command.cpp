// `rel tags [--format F]`: every tag with how many contacts have it; `rel tags rename OLD NEW`: one tag
// renamed across the journal (and in `.rel.yaml`'s cadence.tags).
//
// Formats: table and TSV have the columns `tag contacts`; JSON is an array of {tag, contacts}.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/output.hpp"
#include "rel/cli/save.hpp"
#include "rel/core/contact_merge.hpp"
#include "rel/core/error.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

struct TagsOptions {
  FormatOptions format;
};

void run_tags(const TagsOptions& opts, Context& ctx) {
  const auto& journal = ctx.journal(cache::Detail::listing);
  std::map<std::string, size_t> counts;
  for (const auto& c : journal.contacts)
    for (const auto& tag : std::set<std::string>(c.tags.begin(), c.tags.end())) ++counts[tag];
  std::vector<std::pair<std::string, size_t>> rows(counts.begin(), counts.end());
  // The most used first; ties by name.
  std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.second > b.second; });
  if (opts.format.get() == Format::json) {
    auto list = nlohmann::json::array();
    for (const auto& [tag, n] : rows) list.push_back({{"tag", tag}, {"contacts", n}});
    print_json(ctx.out, list);
    return;
  }
  Table table({"tag", "contacts"});
  for (const auto& [tag, n] : rows) table.add_row({tag, std::to_string(n)});
  table.print(ctx.out, opts.format.get(), ctx.colour);
}

struct RenameTagOptions {
  std::string from;
  std::string to;
};

// `.rel.yaml` with cadence.tags.FROM renamed to TO, when it has it (and no TO there already).
std::optional<journal::PendingWrite> rename_in_settings(Context& ctx, const fs::path& root, const std::string& from,
                                                        const std::string& to) {
  auto path = root / journal::settings_file_name;
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  journal::PendingWrite w;
  w.path = path;
  w.id = journal::settings_file_name;
  w.old_text = journal::read_text_file(path, journal::settings_file_name);
  auto tree = journal::parse_yaml(w.old_text, journal::settings_file_name);
  auto before = journal::decode_settings(tree, journal::settings_file_name);
  if (!before.problems.empty() || !before.settings.tag_cadence_days.count(from)) return std::nullopt;
  if (before.settings.tag_cadence_days.count(to)) {
    ctx.warn(fmt::format("{} has a cadence for both {} and {}; left as it is", journal::settings_file_name, from, to));
    return std::nullopt;
  }
  w.new_text = journal::rename_map_key(w.old_text, tree, {"cadence", "tags"}, from, to);
  auto expected = before.settings;
  expected.tag_cadence_days[to] = expected.tag_cadence_days[from];
  expected.tag_cadence_days.erase(from);
  auto after = journal::decode_settings(journal::parse_yaml(w.new_text, journal::settings_file_name),
                                        journal::settings_file_name);
  if (!after.problems.empty() || !(after.settings == expected))
    throw Error(fmt::format("internal error: the edited {} would not read back as intended; nothing was written",
                            journal::settings_file_name));
  return w;
}

void run_rename_tag(const RenameTagOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
  if (opts.to.empty() || opts.to.find(',') != std::string::npos || !is_clean_text(opts.to))
    throw UsageError(
        fmt::format("\"{}\" cannot be a tag: a tag is text without commas or control characters", opts.to));
  if (opts.from == opts.to) throw UsageError("the old and the new tag are the same");
  const auto& journal = ctx.journal(cache::Detail::listing);
  std::vector<std::string> ids;
  for (const auto& c : journal.contacts)
    if (c.has_tag(opts.from)) ids.push_back(c.id);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  std::vector<journal::PendingWrite> writes;
  for (const auto& id : ids)
    writes.push_back(journal::prepare_edit(
        root, id,
        [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
          return journal::rename_in_list(text, tree, "tags", opts.from, opts.to);
        },
        [&](Contact& c) {
          auto actions = retarget_with(c.tags, opts.from, opts.to, {});
          std::vector<std::string> tags;
          for (size_t i = 0; i < actions.size(); ++i)
            if (actions[i] != WithAction::remove) tags.push_back(actions[i] == WithAction::keep ? c.tags[i] : opts.to);
          c.tags = std::move(tags);
        }));
  auto settings = rename_in_settings(ctx, root, opts.from, opts.to);
  if (writes.empty() && !settings)
    throw Error(fmt::format("no contact has the tag \"{}\" (see `rel tags`)", opts.from));
  if (settings) writes.push_back(std::move(*settings));
  auto contacts = settings ? writes.size() - 1 : writes.size();
  save(ctx, writes, fmt::format("tags: rename {} to {}", opts.from, opts.to));
  ctx.out << fmt::format("renamed tag {} to {} in {} contact{}{}\n", opts.from, opts.to, contacts,
                         contacts == 1 ? "" : "s",
                         settings ? fmt::format(" and in {}", journal::settings_file_name) : "");
}

}  // namespace

void add_tags_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<TagsOptions>();
  auto* cmd = app.add_subcommand("tags", "Every tag with how many contacts have it; `rel tags rename OLD NEW`");
  add_format_options(*cmd, opts->format);
  cmd->require_subcommand(0, 1);
  cmd->callback([opts, cmd, &ctx] {
    if (cmd->get_subcommands().empty()) run_tags(*opts, ctx);
  });

  auto rename = std::make_shared<RenameTagOptions>();
  auto* sub = cmd->add_subcommand("rename", "Rename a tag in every contact that has it (and in .rel.yaml)");
  sub->add_option("tag", rename->from, "The tag to rename")->required();
  sub->add_option("new", rename->to, "Its new name (a contact that has both keeps one)")->required();
  sub->callback([rename, &ctx] { run_rename_tag(*rename, ctx); });
}

}  // namespace rel::cli
