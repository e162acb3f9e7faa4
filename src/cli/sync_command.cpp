// `rel sync`: fetches, merges (never rebases) under the journal lock, pushes, and says what came in.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "rel/cli/commands.hpp"
#include "rel/cli/context.hpp"
#include "rel/core/error.hpp"
#include "rel/git/git.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/journal/journal.hpp"
#include "rel/journal/lock.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::cli {
namespace {

namespace fs = std::filesystem;

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(separator, start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::optional<std::string> git_line(const fs::path& root, const std::vector<std::string>& args) {
  auto r = git::run_git(root, args);
  if (!r.ok()) return std::nullopt;
  auto line = first_line(r.out);
  if (line.empty()) return std::nullopt;
  return line;
}

// The log entries of a contact file as of commit `rev`; nothing when it did not exist then.
std::optional<size_t> log_entries_at(const fs::path& root, const std::string& rev, const std::string& path) {
  auto r = git::run_git(root, {"--literal-pathspecs", "show", rev + ":./" + path});
  if (!r.ok()) return std::nullopt;
  try {
    auto tree = journal::parse_yaml(r.out, path);
    const auto* log = tree.kind == journal::YamlNode::Kind::map ? tree.find("log") : nullptr;
    return log && log->kind == journal::YamlNode::Kind::sequence ? log->items.size() : 0;
  } catch (const Error&) {
    return 0;
  }
}

struct Incoming {
  size_t interactions = 0;
  size_t contacts = 0;
};

// What the merge brought: log entries that HEAD has and `before` had not, file by file.
Incoming incoming_since(const fs::path& root, const std::optional<std::string>& before, const std::string& after) {
  Incoming in;
  auto listed = before ? git::run_git(root, {"diff", "--name-only", "-z", "--relative", "--no-renames", *before, after})
                       : git::run_git(root, {"ls-tree", "-r", "-z", "--name-only", after});
  if (!listed.ok()) return in;
  for (const auto& path : split(listed.out, '\0')) {
    if (!journal::is_contact_path(path)) continue;
    auto now = log_entries_at(root, after, path);
    if (!now) continue;
    auto then = before ? log_entries_at(root, *before, path) : std::nullopt;
    if (!then) ++in.contacts;
    size_t old = then.value_or(0);
    if (*now > old) in.interactions += *now - old;
  }
  return in;
}

std::string plural(size_t n, const char* word) { return fmt::format("{} new {}{}", n, word, n == 1 ? "" : "s"); }

void run_step(const fs::path& root, const std::vector<std::string>& args, const std::string& failure) {
  auto r = git::run_git(root, args, git::Output::inherit_to_stderr);
  if (!r.ok()) throw Error(failure);
}

// A failed merge is either one that needs a human (files left unmerged) or one git would not start
// (a change of the user's not committed yet that it would overwrite, say), which changed nothing.
// git's own words are shown only then: a clean merge says nothing of its own ("Auto-merging FILE").
void merge(const fs::path& root, const std::vector<std::string>& args, const std::string& remote, std::ostream& err) {
  auto r = git::run_git(root, args, git::Output::capture);
  if (r.ok()) return;
  err << r.out << r.err;
  err.flush();
  auto unmerged = git::run_git(root, {"diff", "--name-only", "--diff-filter=U"});
  if (unmerged.ok() && !unmerged.out.empty())
    throw Error("the merge needs you: fix the files git names above (look for <<<<<<<), then `rel git commit -a`");
  if (git::merge_in_progress(root))
    throw Error(
        fmt::format("the merge with {} stopped (git's message is above): finish it with `rel git commit`, or "
                    "give it up with `rel git merge --abort`",
                    remote));
  throw Error(fmt::format(
      "fetched from {}, but git would not merge (its message is above), so nothing in the journal changed and "
      "nothing was pushed: if it names changes of yours not committed yet, commit them (`rel git commit -a`) or "
      "undo them, then `rel sync` again",
      remote));
}

void run_sync(Context& ctx) {
  auto root = ctx.root();
  if (!git::has_git_above(root) || git_line(root, {"rev-parse", "--is-inside-work-tree"}) != "true")
    throw Error(fmt::format("{} is not in a git repository (start one with `rel init --git`)", root.string()));
  if (auto problem = git::ensure_merge_driver(root))
    ctx.warn(fmt::format("could not configure the merge driver in .git/config: {}", *problem));
  auto remotes = split(git::run_git(root, {"remote"}).out, '\n');
  if (remotes.empty())
    throw Error(
        "nothing to sync with: the journal's repository has no remote (add one with "
        "`rel git remote add origin URL`)");
  auto branch = git_line(root, {"symbolic-ref", "--quiet", "--short", "HEAD"});
  if (!branch) throw Error("cannot sync a detached HEAD: check out a branch first (`rel git switch main`)");
  auto upstream_remote = git_line(root, {"config", "--get", "branch." + *branch + ".remote"});
  bool has_upstream = upstream_remote && git_line(root, {"rev-parse", "--abbrev-ref", "@{upstream}"});

  ctx.out.flush();
  std::cout.flush();
  // Fetched first, without the journal lock: the network may be slow, and a fetch changes no file.
  std::string remote;
  std::optional<std::string> incoming;  // the commit to merge; nothing when the remote has no such branch yet
  if (has_upstream) {
    remote = *upstream_remote;
    run_step(root, {"fetch", "--quiet", remote},
             fmt::format("could not fetch from {} (git's message is above); nothing was changed", remote));
    incoming = git_line(root, {"rev-parse", "--verify", "--quiet", "@{upstream}"});
  } else {
    auto origin = std::find(remotes.begin(), remotes.end(), "origin");
    remote = origin != remotes.end() ? *origin : remotes.front();
    // A remote without this branch yet (a new, empty bare repository) has nothing to fetch.
    auto heads = git::run_git(root, {"ls-remote", "--exit-code", "--heads", remote, *branch});
    if (heads.ok()) {
      run_step(root, {"fetch", "--quiet", remote, *branch},
               fmt::format("could not fetch from {} (git's message is above); nothing was changed", remote));
      incoming = git_line(root, {"rev-parse", "--verify", "--quiet", "FETCH_HEAD^{commit}"});
    } else if (heads.status != 2) {
      throw Error(fmt::format("cannot reach {}: {}", remote, git::git_error_text(heads)));
    }
  }

  // The merge holds the journal lock, as every write does: a `rel log` that committed while git was
  // merging would see its file put back to what it was when the merge began, and its entry lost.
  std::optional<std::string> before;
  std::optional<std::string> after;
  {
    journal::JournalLock lock(root);
    before = git_line(root, {"rev-parse", "--verify", "--quiet", "HEAD"});
    if (incoming) {
      // --ff overrides a user's merge.ff=only, which would refuse exactly the merge sync exists for.
      merge(root,
            {"merge", "--no-edit", "--ff", "--quiet", "-m", fmt::format("Merge branch '{}' of {}", *branch, remote),
             *incoming},
            remote, ctx.err);
    }
    after = git_line(root, {"rev-parse", "--verify", "--quiet", "HEAD"});
  }

  Incoming in;
  if (after && after != before) in = incoming_since(root, before, *after);
  if (in.interactions == 0 && in.contacts == 0) {
    ctx.out << fmt::format("nothing new from {}\n", remote);
  } else if (in.contacts == 0) {
    ctx.out << fmt::format("{} from {}\n", plural(in.interactions, "interaction"), remote);
  } else {
    ctx.out << fmt::format("{} and {} from {}\n", plural(in.interactions, "interaction"),
                           plural(in.contacts, "contact"), remote);
  }
  ctx.out.flush();

  // Pushed without the lock: a push changes no file, and a write meanwhile only waits for the next sync.
  bool pushed = true;
  const auto unpushed = fmt::format(
      "could not push to {} (git's message is above); what came in is merged, and "
      "the next `rel sync` pushes",
      remote);
  if (has_upstream) {
    pushed = git_line(root, {"rev-list", "--count", "@{upstream}..HEAD"}) != "0";
    if (pushed) run_step(root, {"push", "--quiet"}, unpushed);
  } else {
    run_step(root, {"push", "--quiet", "--set-upstream", remote, *branch}, unpushed);
  }
  ctx.out << fmt::format("{} {}\n", pushed ? "pushed to" : "nothing to push to", remote);
}

}  // namespace

void add_sync_command(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("sync", "Pull (merge, never rebase) and push the journal's git repository; says what came in");
  cmd->footer(
      "It fetches, then merges holding the journal's lock (a rel write meanwhile waits for the merge, so none is\n"
      "lost), then pushes. Exit 1 when there is no remote to sync with, or the merge needs a hand.");
  cmd->callback([&ctx] { run_sync(ctx); });
}

}  // namespace rel::cli
