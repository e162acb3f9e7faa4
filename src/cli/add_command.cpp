// `rel add NAME...`: a new contact file named by the slug of the name, unless the journal has them already.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "rel/cli/assignment.hpp"
#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/core/error.hpp"
#include "rel/core/identity.hpp"
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
  bool namesake = false;
};

// Adding someone the journal has is how a second file of one person starts: a contact with the same
// name (or aka), email or phone stops the add, unless --namesake says it is someone else.
void refuse_duplicate(Context& ctx, const std::string& name, const std::vector<Assignment>& assignments) {
  Contact wanted;
  wanted.name = name;
  for (const auto& a : assignments) a.apply(wanted);
  auto clashes = find_clashes({name, wanted.emails, wanted.phones}, ctx.journal().contacts);
  if (clashes.empty()) return;
  std::string list;
  for (const auto& c : clashes) list += fmt::format("\n  {}\t{} (same {})", c.id, c.name, c.shared);
  throw Error(
      fmt::format("{} may be in the journal already:{}\nnothing was added; if they are someone else, add "
                  "them with --namesake",
                  name, list));
}

void run_add(const AddOptions& opts, Context& ctx) {
  refuse_during_merge(ctx.root());  // before anything else: a write now would fold into the merge
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
  if (!opts.namesake) refuse_duplicate(ctx, name, assignments);
  journal::JournalLock lock(root);
  auto id = first_free_id(slugify_folder(opts.folder), slugify(name), [&](const std::string& candidate) {
    std::error_code ec;
    return fs::exists(journal::contact_path(root, candidate), ec);
  });
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
  cmd->add_flag("--namesake", opts->namesake,
                "Add them even though a contact has the same name, email or phone (a different person)");
  cmd->callback([opts, &ctx] { run_add(*opts, ctx); });
}

}  // namespace rel::cli
