// One commit of a few paths without looking at every file of the work tree: git's plumbing against a
// temporary index seeded from HEAD (`git commit --only` refreshes the whole index first).
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <system_error>

#include "rel/git/git.hpp"

namespace rel::git {
namespace {

std::vector<std::string> lines_of(const std::string& text, char separator = '\n') {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1)
    lines.push_back(text.substr(start, end - start));
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

bool is_true(std::string_view value) { return value == "true" || value == "yes" || value == "on" || value == "1"; }

// Where the repository is, relative to the journal, and what decides how to commit.
struct Repository {
  fs::path top;           // the work tree's top folder: plumbing runs there, on paths from there
  fs::path git_dir;       // absolute
  std::string prefix;     // the journal folder relative to `top` ("" or "journal/")
  std::string head;       // HEAD's commit, empty on a branch without commits yet
  std::string head_tree;  // its tree
  bool sign = false;      // commit.gpgSign
  fs::path hooks;         // core.hooksPath, else GIT_DIR/hooks
};

std::optional<Repository> find_repository(const fs::path& root, std::string& error) {
  // One question for where the repository is and what HEAD is; a branch without commits cannot
  // answer the second half, so it is asked again without it.
  std::vector<std::string> ask = {"rev-parse", "--show-toplevel", "--absolute-git-dir", "--show-prefix"};
  auto where = run_git(root, {ask[0], ask[1], ask[2], ask[3], "HEAD^{commit}", "HEAD^{tree}"});
  if (!where.ok()) where = run_git(root, ask);
  auto lines = lines_of(where.out);
  if (!where.ok() || lines.size() < 3) {
    error = git_error_text(where);
    return std::nullopt;
  }
  Repository repo{lines[0], lines[1], lines[2], "", "", false, fs::path(lines[1]) / "hooks"};
  if (lines.size() >= 5) {
    repo.head = lines[3];
    repo.head_tree = lines[4];
  }
  auto config = run_git(root, {"config", "-z", "--get-regexp", "^(commit\\.gpgsign|core\\.hookspath)$"});
  for (const auto& entry : lines_of(config.out, '\0')) {
    const auto newline = entry.find('\n');
    const auto key = entry.substr(0, newline);
    const auto value = newline == std::string::npos ? std::string("true") : entry.substr(newline + 1);
    if (key == "commit.gpgsign") repo.sign = is_true(value);
    if (key == "core.hookspath") repo.hooks = fs::path(value).is_absolute() ? fs::path(value) : repo.top / value;
  }
  return repo;
}

// Whether `git commit` would do more than write a commit: hooks to run, or an operation under way
// whose state a commit must take into account.
bool needs_porcelain(const Repository& repo) {
  std::error_code ec;
  for (const char* hook : {"pre-commit", "prepare-commit-msg", "commit-msg", "post-commit"})
    if (::access((repo.hooks / hook).c_str(), X_OK) == 0) return true;
  for (const char* state : {"MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"})
    if (fs::exists(repo.git_dir / state, ec)) return true;
  return false;
}

// `git add` and `git commit --only`: what a user would type, hooks and all.
std::optional<std::string> commit_with_porcelain(const fs::path& root, const std::vector<std::string>& paths,
                                                 const std::string& message) {
  // Literal pathspecs: a file named `*.yaml` or `:(top)x` means just that file.
  std::vector<std::string> add = {"--literal-pathspecs", "add", "-A", "--"};
  add.insert(add.end(), paths.begin(), paths.end());
  auto added = run_git(root, add);
  if (!added.ok()) return git_error_text(added);
  // --only commits these paths' contents and leaves everything else the user staged alone.
  std::vector<std::string> commit = {"--literal-pathspecs", "commit", "--quiet", "-m", message, "--only", "--"};
  commit.insert(commit.end(), paths.begin(), paths.end());
  auto committed = run_git(root, commit);
  if (committed.ok()) return std::nullopt;
  // Content that git already has (a write that restored the committed text) is not a failure.
  std::vector<std::string> diff = {"--literal-pathspecs", "diff", "--cached", "--quiet", "--"};
  diff.insert(diff.end(), paths.begin(), paths.end());
  if (run_git(root, diff).status == 0) return std::nullopt;
  return git_error_text(committed);
}

// A temporary index in GIT_DIR, removed however the commit ends.
class TemporaryIndex {
 public:
  explicit TemporaryIndex(const fs::path& git_dir)
      : m_path(git_dir / fmt::format("rel-index-{}", ::getpid())), m_env{"GIT_INDEX_FILE=" + m_path.string()} {}
  ~TemporaryIndex() {
    std::error_code ec;
    fs::remove(m_path, ec);
    fs::remove(fs::path(m_path.string() + ".lock"), ec);
  }
  TemporaryIndex(const TemporaryIndex&) = delete;
  TemporaryIndex& operator=(const TemporaryIndex&) = delete;
  const std::vector<std::string>& env() const { return m_env; }

 private:
  fs::path m_path;
  std::vector<std::string> m_env;
};

}  // namespace

std::optional<std::string> commit_paths(const fs::path& root, const std::vector<std::string>& paths,
                                        const std::string& message) {
  if (paths.empty()) return std::nullopt;
  std::string error;
  auto repo = find_repository(root, error);
  if (!repo) return error;
  if (needs_porcelain(*repo)) return commit_with_porcelain(root, paths, message);

  std::vector<std::string> from_top;
  for (const auto& path : paths) from_top.push_back(repo->prefix + path);
  auto plumbing = [&](std::vector<std::string> args, const std::vector<std::string>& env = {}) {
    args.insert(args.begin(), "--literal-pathspecs");
    return run_git(repo->top, args, Output::capture, env);
  };
  auto with_paths = [&](std::vector<std::string> args) {
    args.insert(args.end(), from_top.begin(), from_top.end());
    return args;
  };
  const auto& parent = repo->head;
  // The user's index: these paths staged as they are now (and the blobs written), nothing else touched.
  auto staged = plumbing(with_paths({"update-index", "--add", "--remove", "--"}));
  if (!staged.ok()) return git_error_text(staged);
  // The commit's tree: HEAD's with these paths as they are now. Most often that is the user's index's
  // tree (nothing else staged: write-tree reuses the trees HEAD has), which diff-tree confirms;
  // otherwise it is built in a temporary index seeded from HEAD.
  std::string tree;
  if (!parent.empty()) {
    auto written = plumbing({"write-tree"});
    if (written.ok()) {
      tree = lines_of(written.out).at(0);
      auto changed = plumbing({"diff-tree", "-r", "--name-only", "-z", repo->head_tree, tree});
      const auto names = lines_of(changed.out, '\0');
      const bool only_ours = changed.ok() && std::all_of(names.begin(), names.end(), [&](const std::string& name) {
                               return std::find(from_top.begin(), from_top.end(), name) != from_top.end();
                             });
      if (!only_ours) tree.clear();
    }
  }
  if (tree.empty()) {
    TemporaryIndex index(repo->git_dir);
    auto seeded =
        parent.empty() ? plumbing({"read-tree", "--empty"}, index.env()) : plumbing({"read-tree", parent}, index.env());
    if (!seeded.ok()) return git_error_text(seeded);
    auto updated = plumbing(with_paths({"update-index", "--add", "--remove", "--"}), index.env());
    if (!updated.ok()) return git_error_text(updated);
    auto written = plumbing({"write-tree"}, index.env());
    if (!written.ok()) return git_error_text(written);
    tree = lines_of(written.out).at(0);
  }
  if (tree == repo->head_tree) return std::nullopt;  // content git already has: nothing to commit
  std::vector<std::string> commit_tree = {"commit-tree", tree, "-m", message};
  if (!parent.empty()) commit_tree.insert(commit_tree.end(), {"-p", parent});
  if (repo->sign) commit_tree.push_back("-S");  // commit-tree leaves commit.gpgSign to its callers
  auto committed = plumbing(commit_tree);
  if (!committed.ok()) return git_error_text(committed);
  const auto commit = lines_of(committed.out).at(0);
  // Moves the branch only if it is still where it was read: a commit made meanwhile is never lost.
  auto moved = plumbing({"update-ref", "-m", "commit: " + lines_of(message).at(0), "HEAD", commit,
                         parent.empty() ? std::string(40, '0') : parent});
  if (!moved.ok()) return git_error_text(moved);
  return std::nullopt;
}

}  // namespace rel::git
