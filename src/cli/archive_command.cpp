// `rel archive WHO` and `rel unarchive WHO`: a contact out of the morning list, upcoming, the report and
// default listings (`status: archived`), and back (`status: active`).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/assignment.hpp"
#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/journal/lock.hpp"

namespace rel::cli {
namespace {

enum class Direction { archive, unarchive };

void run_archive(const std::string& who, Direction direction, Context& ctx) {
  const bool archiving = direction == Direction::archive;
  auto assignment = parse_assignment("status", archiving ? "archived" : "active", ctx.today);
  auto id = resolve_id(ctx, who);
  auto root = ctx.root();
  journal::JournalLock lock(root);
  auto write = prepare_assignment(root, id, assignment);
  const auto& name = write.after.name;
  const auto status = write.before.status;
  // Only an archived contact is unarchived: a dormant or deceased one keeps what the user said of it.
  if (archiving ? status == ContactStatus::archived : status != ContactStatus::archived) {
    ctx.out << fmt::format(
        "{} is {}; nothing changed\n", name,
        status == ContactStatus::archived ? "already archived" : fmt::format("not archived ({})", to_string(status)));
    return;
  }
  save(ctx, {write}, fmt::format("{}: {}", archiving ? "archive" : "unarchive", name));
  ctx.out << fmt::format("{} {}\n", archiving ? "archived" : "unarchived", name);
}

}  // namespace

void add_archive_command(CLI::App& app, Context& ctx) {
  auto who = std::make_shared<std::string>();
  auto* archive = app.add_subcommand(
      "archive",
      "Out of who-to-call, upcoming, the report and listings (status: archived); show and search still find it");
  archive->add_option("who", *who, "Contact: id, name, aka or a unique part of a name")->required();
  archive->footer("`rel list --all` and `rel list --status archived` list archived contacts; `rel unarchive` undoes.");
  archive->callback([who, &ctx] { run_archive(*who, Direction::archive, ctx); });

  auto back = std::make_shared<std::string>();
  auto* unarchive = app.add_subcommand("unarchive", "Back in every listing (status: active)");
  unarchive->add_option("who", *back, "Contact: id, name, aka or a unique part of a name")->required();
  unarchive->callback([back, &ctx] { run_archive(*back, Direction::unarchive, ctx); });
}

}  // namespace rel::cli
