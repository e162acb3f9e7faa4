// git as a child process: always an argument vector, never a shell, so names and notes can hold anything.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rel::git {

namespace fs = std::filesystem;

struct GitResult {
  int status = 0;   // git's exit status; 127 when git could not be started, 128+N when killed by signal N
  std::string out;  // captured stdout (empty with Output::inherit)
  std::string err;  // captured stderr (empty with Output::inherit)
  bool ok() const { return status == 0; }
};

// Capture git's output, or let it talk to the user's terminal (`rel git log` with its pager),
// or the same with its stdout sent to stderr, so that rel's own report is all of stdout (`rel sync`).
enum class Output { capture, inherit, inherit_to_stderr };

// Runs `git ARGS...` in `cwd` and waits for it, with `env` ("NAME=value") added to its environment.
// Throws only when the process cannot be set up at all (no pipes); a missing git binary is status 127
// with a message in `err`.
GitResult run_git(const fs::path& cwd, const std::vector<std::string>& args, Output output = Output::capture,
                  const std::vector<std::string>& env = {});

// Whether `dir` lies in a folder tree that has a `.git` entry somewhere above it: a cheap
// test, without starting git, that lets plain (non-git) journals pay nothing.
bool has_git_above(const fs::path& dir);

// The work tree's top folder, when `dir` is inside one (asks git).
std::optional<fs::path> git_toplevel(const fs::path& dir);

// The command git runs for a conflicting `*.yaml` file: this very binary (so a build-dir
// rel in tests, or a moved install, is what merges), quoted for git's `sh -c`.
std::string merge_driver_command();

// Makes sure the repository's `.git/config` names rel's merge driver, which `.gitattributes`
// refers to: config is not cloned, so every rel write in a repository checks it.
// Returns git's error text when it could not be set, nothing on success.
std::optional<std::string> ensure_merge_driver(const fs::path& root);

// The trailer that marks every commit rel makes, by which `rel undo` knows them from the user's own.
inline constexpr const char* command_trailer = "Rel-Command";
// The trailer of an undo commit naming the commit it reverted.
inline constexpr const char* undoes_trailer = "Rel-Undoes";

// The message of every commit rel makes — the one place it is composed: `summary` ("log: Alice Chen
// (meeting)"), a blank line, the trailer `Rel-Command: log` (the word before the summary's first colon),
// then `extra_trailers` ("Rel-Undoes: 3f2a...").
std::string commit_message(const std::string& summary, const std::vector<std::string>& extra_trailers = {});

// A note or a promise as a summary quotes it: `"asked about Berlin…"` — one line (the text's lines and
// blanks run together), at most `max_characters` characters, cut at a character with an ellipsis.
std::string excerpt(std::string_view text, size_t max_characters = 48);

// The git folder of the repository whose work tree holds `dir` (a `.git` folder, or where a `.git` file
// points), found without starting git; nothing outside a repository.
std::optional<fs::path> git_dir(const fs::path& dir);

// Whether the repository holding `dir` is in the middle of a merge (git left MERGE_HEAD): a commit made
// then would fold into the merge commit. Costs a few stats, no git process.
bool merge_in_progress(const fs::path& dir);

// Whether git tracks `path` (relative to `root`): it is in the index.
bool is_tracked(const fs::path& root, const std::string& path);

// The files git still has in conflict, relative to `root`.
std::vector<std::string> unmerged_paths(const fs::path& root);

// Commits exactly `paths` (relative to `root`; each as it is in the work tree, or its removal) with
// `message` (see commit_message), whatever else the user has staged or changed, and stages them as committed. Built
// with git's plumbing against a temporary index seeded from HEAD, so that no step looks at every file of the work tree
// (git commit refreshes the whole index: seconds at 10,000 files); commit.gpgSign is honoured. When the repository has
// commit hooks (pre-commit, prepare-commit-msg, commit-msg, post-commit), or a merge, cherry-pick, revert or rebase is
// under way, it is `git commit --only` instead, which runs the hooks (and refuses during a merge) as git does. Returns
// git's error text on failure (the files stay as they are), nothing on success or when there is nothing to commit.
std::optional<std::string> commit_paths(const fs::path& root, const std::vector<std::string>& paths,
                                        const std::string& message);

// The last lines of git's stderr without trailing blank space, for one warning line.
std::string git_error_text(const GitResult& result);

}  // namespace rel::git
