// `rel check`: validates every file of the journal and reports each problem, and every `with:` naming a
// contact the journal does not have.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <set>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::cli {
namespace {

// Where `with:` item `item` of log entry `entry` stands in the contact's file (line 0 when it cannot tell).
Location with_location(const std::filesystem::path& root, const Contact& c, size_t entry, size_t item) {
  auto shown = c.id + ".yaml";
  Location where{shown, 0, 0};
  try {
    auto tree = journal::parse_yaml(journal::read_text_file(journal::contact_path(root, c.id), shown), shown);
    const auto* log = tree.find("log");
    const auto* with = log && entry < log->items.size() ? log->items[entry].find("with") : nullptr;
    const auto* node = with && with->kind == journal::YamlNode::Kind::sequence && item < with->items.size()
                           ? &with->items[item]
                           : with;
    if (node) where = {shown, node->line + 1, node->column + 1};
  } catch (const Error&) {
    // Changed since it was loaded: the problem stands, without a place.
  }
  return where;
}

// Every `with:` naming an id that is no contact file's (renamed or removed since, or mistyped).
std::vector<Diagnostic> dangling_references(const journal::Journal& journal) {
  std::set<std::string> ids(journal.bad_ids.begin(), journal.bad_ids.end());
  for (const auto& c : journal.contacts) ids.insert(c.id);
  std::vector<Diagnostic> out;
  for (const auto& c : journal.contacts)
    for (size_t e = 0; e < c.log.size(); ++e)
      for (size_t i = 0; i < c.log[e].with.size(); ++i)
        if (!ids.count(c.log[e].with[i]))
          out.push_back({with_location(journal.root, c, e, i),
                         fmt::format("with: no contact has the id \"{}\" (renamed or removed?)", c.log[e].with[i])});
  return out;
}

void run_check(Context& ctx) {
  auto journal = journal::load_journal(ctx.root());
  auto references = dangling_references(journal);
  for (const auto& problem : journal.problems) ctx.out << problem.describe() << '\n';
  for (const auto& problem : references) ctx.out << problem.describe() << '\n';
  auto files = journal.contacts.size() + journal.bad_ids.size();
  auto count = journal.problems.size() + references.size();
  if (count > 0) {
    std::set<std::string> referring;
    for (const auto& problem : references) referring.insert(problem.where.file);
    auto bad = journal.bad_ids.size() + referring.size();
    ctx.out.flush();
    throw Error(
        fmt::format("{} problem{} in {} of {} files", count, count == 1 ? "" : "s", bad + (bad == 0 ? 1 : 0), files));
  }
  ctx.err << fmt::format("{} contact{} checked, no problems\n", files, files == 1 ? "" : "s");
}

}  // namespace

void add_check_command(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "check", "Validate every file, and every with: naming a contact; each problem as FILE:LINE:COL: message");
  cmd->callback([&ctx] { run_check(ctx); });
}

}  // namespace rel::cli
