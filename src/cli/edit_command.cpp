// `rel edit WHO`: the whole file in $EDITOR, saved only once it reads back as a valid contact.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
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

void write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw Error(fmt::format("cannot write {}", path.string()));
}

// A private copy of the file for the editor; the journal file itself is never opened for writing.
fs::path write_temp_copy(const std::string& text) {
  auto path = temporary_file("rel-edit", ".yaml");
  write_text(path, text);
  return path;
}

// The line above which the re-opened text is the user's, as in `git commit --cleanup=scissors`: it and
// every line below it are rel's note of the problems, and go away when the text is read back.
constexpr std::string_view scissors = "# ------------------------ >8 ------------------------\n";

// The text with its problems below it as comments, for the editor to re-open with: at the end, so
// that the line numbers of the problems are the lines the user sees.
std::string with_problems(const std::string& text, const std::string& shown, const std::vector<Diagnostic>& problems) {
  std::string out = text;
  if (!out.empty() && out.back() != '\n') out += '\n';
  out += scissors;
  out += fmt::format("# rel: {} is not saved while it has {}; this line and those below go away:\n", shown,
                     problems.size() == 1 ? "this problem" : "these problems");
  for (const auto& p : problems) {
    auto message = p.describe();
    std::replace(message.begin(), message.end(), '\n', ' ');
    out += fmt::format("# rel:   {}\n", message);
  }
  out += "# rel: to give up, empty the file or make the editor fail (e.g. :cq in vi)\n";
  return out;
}

// The text the user wrote: without the note with_problems added, when it is still there.
std::string without_problems(std::string text) {
  if (text.starts_with(scissors)) return {};
  auto at = text.rfind(fmt::format("\n{}", scissors));
  if (at != std::string::npos) text.resize(at + 1);
  return text;
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
  bool noted = false;  // the text in the editor carries rel's note of its problems
  for (;;) {
    try {
      run_editor(temp);
      text = journal::read_text_file(temp, temp.string());
      if (noted) text = without_problems(std::move(text));
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
      write_text(temp, text);
      throw Error(fmt::format("{} was not saved; your edited text is in {}", shown, temp.string()));
    }
    ctx.err << fmt::format(
        "rel: {} is not saved while it has problems; re-opening the editor (to give up, empty the file or make "
        "the editor fail, e.g. :cq in vi)\n",
        shown);
    // The editor takes the whole terminal and hides what was just said: the text says it again.
    write_text(temp, with_problems(text, shown, problems));
    noted = true;
  }

  journal::JournalLock lock(root);
  journal::PendingWrite write;
  write.path = path;
  write.id = id;
  write.old_text = journal::read_text_file(path, shown);
  if (write.old_text != original) {
    write_text(temp, text);
    throw Error(fmt::format("{} changed while you were editing it; nothing was saved, your version is in {}", shown,
                            temp.string()));
  }
  write.new_text = text;
  Contact before;
  if (problems_of(original, id, shown, before).empty()) write.before = before;
  write.after = after;
  // Resolving a file a merge left in conflict is what `rel edit` is for even then: saved and marked
  // resolved, for the merge's own commit.
  bool merging = git::has_git_above(root) && git::merge_in_progress(root);
  try {
    save(ctx, {write}, fmt::format("edit: {}", after.name), DuringMerge::stage);
  } catch (const Error& e) {
    // Whatever stopped the write (a read-only file, a link), the user's work is not lost with it.
    write_text(temp, text);
    throw Error(fmt::format("{}; your edited text is in {}", e.what(), temp.string()));
  }
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
