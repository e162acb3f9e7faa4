// `rel check`: validates every file of the journal and reports each problem, and every `with:` naming a
// contact the journal does not have.
#include <fmt/format.h>
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <memory>
#include <set>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

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

// Every `*.yaml` where the walk looks that is no file to read: a FIFO, a socket, a symbolic link to
// nothing or round in a loop. The walk leaves them out of every listing; check names them.
std::vector<Diagnostic> unreadable_names(const fs::path& root) {
  std::vector<Diagnostic> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    const auto name = it->path().filename().string();
    const auto type = it->symlink_status(ec).type();
    if (name.starts_with('.') || type == fs::file_type::directory) {
      if (name.starts_with('.') && type == fs::file_type::directory) it.disable_recursion_pending();
      continue;
    }
    if (!name.ends_with(".yaml") || name.size() == 5) continue;
    const auto shown = it->path().lexically_relative(root).string();
    struct stat st {};
    std::string message;
    if (::stat(it->path().c_str(), &st) != 0) {
      if (errno == ELOOP)
        message = "a symbolic link that leads round in a loop, so no contact file: it is left out of every listing";
      else
        message = fmt::format(
            "a symbolic link to {}, which does not exist, so no contact file: it is left out of "
            "every listing",
            fs::read_symlink(it->path(), ec).string());
    } else if (!S_ISREG(st.st_mode)) {
      message = fmt::format("{}, not a regular file, so no contact file: it is left out of every listing",
                            S_ISFIFO(st.st_mode)   ? "a FIFO"
                            : S_ISDIR(st.st_mode)  ? "a folder"
                            : S_ISSOCK(st.st_mode) ? "a socket"
                                                   : "a device");
    } else {
      continue;
    }
    out.push_back({{shown, 0, 0}, std::move(message)});
  }
  return out;
}

void run_check(Context& ctx) {
  auto journal = journal::load_journal(ctx.root());
  auto references = dangling_references(journal);
  auto unreadable = unreadable_names(journal.root);
  // In the order of the files, as the journal's own problems are.
  auto problems = journal.problems;
  problems.insert(problems.end(), unreadable.begin(), unreadable.end());
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.where.file < b.where.file; });
  for (const auto& problem : problems) ctx.out << problem.describe() << '\n';
  for (const auto& problem : references) ctx.out << problem.describe() << '\n';
  auto files = journal.contacts.size() + journal.bad_ids.size() + unreadable.size();
  auto count = problems.size() + references.size();
  if (count > 0) {
    std::set<std::string> referring;
    for (const auto& problem : references) referring.insert(problem.where.file);
    auto bad = journal.bad_ids.size() + unreadable.size() + referring.size();
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
