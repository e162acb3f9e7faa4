// `rel edit WHO`: the whole file in $EDITOR, saved only once it reads back as a valid contact.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/cli/editor.hpp"
#include "rel/cli/render.hpp"
#include "rel/cli/save.hpp"
#include "rel/cli/who.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/update.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

struct EditOptions {
  std::string who;
};

// A private copy of the file for the editor; the journal file itself is never opened for writing.
fs::path write_temp_copy(const std::string& text) {
  const char* tmpdir = std::getenv("TMPDIR");
  auto pattern = (fs::path(tmpdir && *tmpdir ? tmpdir : "/tmp") / "rel-edit-XXXXXX.yaml").string();
  int fd = ::mkstemps(pattern.data(), 5);
  if (fd < 0) throw Error("cannot create a temporary file for the editor");
  ::close(fd);
  fs::path path(pattern);
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw Error(fmt::format("cannot write {}", path.string()));
  return path;
}

// The problems of `text` as a contact file (none when it is valid).
std::vector<Diagnostic> problems_of(const std::string& text, const std::string& id, const std::string& shown,
                                    Contact& contact) {
  try {
    contact = journal::parse_contact(text, id, shown);
    return {};
  } catch (const Error& e) {
    return e.problems();
  }
}

void run_edit(const EditOptions& opts, Context& ctx) {
  auto id = resolve_id(ctx, opts.who);
  auto root = ctx.root();
  auto path = journal::contact_path(root, id);
  auto shown = id + ".yaml";
  auto original = journal::read_text_file(path, shown);
  auto temp = write_temp_copy(original);
  std::string text;
  Contact after;
  for (;;) {
    try {
      run_editor(temp);
      text = journal::read_text_file(temp, temp.string());
    } catch (...) {
      std::error_code ec;
      fs::remove(temp, ec);
      throw;
    }
    if (text == original) {
      fs::remove(temp);
      ctx.out << fmt::format("no changes to {}\n", shown);
      return;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      // As with an empty git commit message: emptying the file is how to give up.
      fs::remove(temp);
      throw Error(fmt::format("the edited text is empty; {} was left as it was", shown));
    }
    auto problems = problems_of(text, id, shown, after);
    if (problems.empty()) break;
    for (const auto& p : problems) ctx.err << "rel: error: " << p.describe() << '\n';
    if (!ctx.stdin_is_tty) {
      // Nobody to fix it: keep the user's text where they can find it, never in the journal.
      throw Error(fmt::format("{} was not saved; your edited text is in {}", shown, temp.string()));
    }
    ctx.err << fmt::format(
        "rel: {} is not saved while it has problems; re-opening the editor (to give up, empty the file or make "
        "the editor fail, e.g. :cq in vi)\n",
        shown);
  }

  journal::JournalLock lock(root);
  journal::PendingWrite write;
  write.path = path;
  write.id = id;
  write.old_text = journal::read_text_file(path, shown);
  if (write.old_text != original)
    throw Error(fmt::format("{} changed while you were editing it; nothing was saved, your version is in {}", shown,
                            temp.string()));
  write.new_text = text;
  Contact before;
  if (problems_of(original, id, shown, before).empty()) write.before = before;
  write.after = after;
  // Resolving a file a merge left in conflict is what `rel edit` is for even then: saved and marked
  // resolved, for the merge's own commit.
  bool merging = git::has_git_above(root) && git::merge_in_progress(root);
  save(ctx, {write}, fmt::format("edit: {}", after.name), DuringMerge::stage);
  fs::remove(temp);
  ctx.out << fmt::format("saved {}\n", shown);
  if (!merging) return;
  auto left = git::unmerged_paths(root);
  if (left.empty())
    ctx.out << "no conflicts left: finish the merge with `rel git commit`\n";
  else
    ctx.out << fmt::format("marked it resolved; still in conflict: {}\n", join(left, ", "));
}

}  // namespace

void add_edit_command(CLI::App& app, Context& ctx) {
  auto opts = std::make_shared<EditOptions>();
  auto* cmd = app.add_subcommand(
      "edit", "Open a contact's file in $VISUAL/$EDITOR; it is saved only when valid, and re-opened while it is not");
  cmd->add_option("who", opts->who, "Contact: id, name, aka or a unique part of a name (a broken file by its id)")
      ->required();
  cmd->callback([opts, &ctx] { run_edit(*opts, ctx); });
}

}  // namespace rel::cli
