// `rel add NAME...`: a new contact file named by the slug of the name.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/assignment.hpp"
#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/core/error.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

struct AddOptions {
  std::vector<std::string> name_words;
  std::vector<std::string> tags;
  std::string cadence, email, phone, folder;
  std::vector<std::string> sets;
};

// The first free id for the slug: alice-chen, alice-chen-2, ...
std::string free_id(const fs::path& root, const std::string& folder, const std::string& slug) {
  for (int n = 1;; ++n) {
    auto stem = n == 1 ? slug : fmt::format("{}-{}", slug, n);
    auto id = folder.empty() ? stem : folder + "/" + stem;
    std::error_code ec;
    if (!fs::exists(journal::contact_path(root, id), ec)) return id;
  }
}

void run_add(const AddOptions& opts, Context& ctx) {
  auto name = join(opts.name_words, " ");
  if (name.find_first_not_of(" \t") == std::string::npos) throw UsageError("a contact needs a name");
  if (!is_clean_text(name)) throw UsageError("a name cannot contain control characters or invalid UTF-8");
  std::vector<Assignment> assignments;
  auto today = ctx.today;
  if (!opts.tags.empty()) {
    std::string joined;
    for (const auto& t : opts.tags) joined += (joined.empty() ? "" : ",") + t;
    assignments.push_back(parse_assignment("tags", joined, today));
  }
  if (!opts.cadence.empty()) assignments.push_back(parse_assignment("cadence", opts.cadence, today));
  if (!opts.email.empty()) assignments.push_back(parse_assignment("email", opts.email, today));
  if (!opts.phone.empty()) assignments.push_back(parse_assignment("phone", opts.phone, today));
  for (const auto& kv : opts.sets) {
    auto eq = kv.find('=');
    if (eq == std::string::npos) throw UsageError(fmt::format("--set \"{}\": expected KEY=VALUE", kv));
    assignments.push_back(parse_assignment(kv.substr(0, eq), kv.substr(eq + 1), today));
  }

  auto root = ctx.root();
  journal::require_journal(root);
  journal::JournalLock lock(root);
  auto id = free_id(root, slugify_folder(opts.folder), slugify(name));
  Contact expected;
  expected.id = id;
  expected.name = name;
  std::string text = "name: " + journal::render_scalar(name) + "\n";
  for (const auto& a : assignments) {
    text = journal::set_value(text, journal::parse_yaml(text, id + ".yaml"), a.path, a.value);
    a.apply(expected);
  }
  auto write = journal::prepare_new(root, id, text, expected);
  save(ctx, {write}, fmt::format("add: {}", name));
  ctx.out << id << '\n';
}

}  // namespace

void add_add_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<AddOptions>();
  auto* cmd = app.add_subcommand("add", "Add a contact; prints its id");
  cmd->add_option("name", opts->name_words, "The person's name (words are joined)")->required();
  cmd->add_option("--tag,-t", opts->tags, "A tag (repeatable)");
  cmd->add_option("--cadence", opts->cadence, "How often you want contact: 14d, 2w, 3m, 1y");
  cmd->add_option("--email", opts->email, "Email address");
  cmd->add_option("--phone", opts->phone, "Phone number");
  cmd->add_option("--in", opts->folder, "A sub-folder of the journal (e.g. work)");
  cmd->add_option("--set", opts->sets, "KEY=VALUE, e.g. details.spouse=Ben or dates.birthday=1985-03-14");
  cmd->callback([opts, &ctx] { run_add(*opts, ctx); });
}

}  // namespace rel::cli
