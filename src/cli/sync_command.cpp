// `rel sync`: pulls (merging, never rebasing) and pushes the journal's repository, and says what came in.
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

// What the pull brought: log entries that HEAD has and `before` had not, file by file.
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

// A failed pull is either a merge that needs a human (files left unmerged) or git's own trouble.
void pull(const fs::path& root, const std::vector<std::string>& args, const std::string& remote) {
  auto r = git::run_git(root, args, git::Output::inherit_to_stderr);
  if (r.ok()) return;
  auto unmerged = git::run_git(root, {"diff", "--name-only", "--diff-filter=U"});
  if (unmerged.ok() && !unmerged.out.empty())
    throw Error("the merge needs you: fix the files git names above (look for <<<<<<<), then `rel git commit -a`");
  throw Error(fmt::format("could not pull from {} (git's message is above)", remote));
}

// A merge the pull made says in its first line what came in ("sync: 3 new interactions from origin"),
// git's "Merge branch 'main' of ..." below it, instead of only naming the branch. Before the push, so
// the commit is still only here; a fast-forward made no commit of its own and is left as it is.
void say_in_the_merge(const fs::path& root, const std::string& before, const std::string& came_in, Context& ctx) {
  auto parents = split(git_line(root, {"rev-list", "--parents", "-n", "1", "HEAD"}).value_or(""), ' ');
  if (parents.size() != 3 || parents[1] != before) return;
  auto body = git::run_git(root, {"log", "-1", "--format=%B", "HEAD"});
  if (!body.ok()) return;
  auto message = fmt::format("sync: {}\n\n{}", came_in, body.out);
  auto amended = git::run_git(root, {"commit", "--amend", "--quiet", "--allow-empty", "-m", message});
  if (!amended.ok())
    ctx.warn(fmt::format("could not say what came in in the merge's message: {}", git::git_error_text(amended)));
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
  auto before = git_line(root, {"rev-parse", "--verify", "--quiet", "HEAD"});
  auto upstream_remote = git_line(root, {"config", "--get", "branch." + *branch + ".remote"});
  bool has_upstream = upstream_remote && git_line(root, {"rev-parse", "--abbrev-ref", "@{upstream}"});

  ctx.out.flush();
  std::cout.flush();
  // --ff overrides a user's pull.ff=only, which would refuse exactly the merge sync exists for.
  std::vector<std::string> pull_args = {"pull", "--no-rebase", "--ff", "--no-edit", "--quiet"};
  std::string remote;
  bool set_upstream = false;
  if (has_upstream) {
    remote = *upstream_remote;
    pull(root, pull_args, remote);
  } else {
    auto origin = std::find(remotes.begin(), remotes.end(), "origin");
    remote = origin != remotes.end() ? *origin : remotes.front();
    // A remote without this branch yet (a new, empty bare repository) has nothing to pull.
    auto heads = git::run_git(root, {"ls-remote", "--exit-code", "--heads", remote, *branch});
    if (heads.ok()) {
      pull_args.push_back(remote);
      pull_args.push_back(*branch);
      pull(root, pull_args, remote);
    } else if (heads.status != 2) {
      throw Error(fmt::format("cannot reach {}: {}", remote, git::git_error_text(heads)));
    }
    set_upstream = true;
  }

  auto after = git_line(root, {"rev-parse", "--verify", "--quiet", "HEAD"});
  Incoming in;
  if (after && after != before) in = incoming_since(root, before, *after);
  std::string came_in;
  if (in.interactions == 0 && in.contacts == 0) {
    came_in = fmt::format("nothing new from {}", remote);
  } else if (in.contacts == 0) {
    came_in = fmt::format("{} from {}", plural(in.interactions, "interaction"), remote);
  } else {
    came_in = fmt::format("{} and {} from {}", plural(in.interactions, "interaction"), plural(in.contacts, "contact"),
                          remote);
  }
  if (after && before && after != before) say_in_the_merge(root, *before, came_in, ctx);

  bool pushed = true;
  if (set_upstream) {
    run_step(root, {"push", "--quiet", "--set-upstream", remote, *branch}, fmt::format("could not push to {}", remote));
  } else {
    // Just fetched by the pull, so the upstream ref says whether the remote lacks anything.
    pushed = git_line(root, {"rev-list", "--count", "@{upstream}..HEAD"}) != "0";
    if (pushed) run_step(root, {"push", "--quiet"}, fmt::format("could not push to {}", remote));
  }
  ctx.out << came_in << '\n';
  ctx.out << fmt::format("{} {}\n", pushed ? "pushed to" : "nothing to push to", remote);
}

}  // namespace

void add_sync_command(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("sync", "Pull (merge, never rebase) and push the journal's git repository; says what came in");
  cmd->footer("Exit 1 when there is no remote to sync with, or the merge needs a hand.");
  cmd->callback([&ctx] { run_sync(ctx); });
}

}  // namespace rel::cli
