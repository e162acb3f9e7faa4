// Reading the history `rel undo` works on: rel's commits known by their trailer, and what one changed.
#include "rel/git/undo.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "rel/core/error.hpp"
#include "rel/git/git.hpp"

namespace rel::git {
namespace {

// Every field, empty ones too ("a,,b," is four).
std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    auto end = text.find(separator, start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.erase(0, 1);
  return text;
}

std::string short_sha(const std::string& sha) { return sha.substr(0, 7); }

// Paths as git's -z output lists them (status letters dropped), relative to `root`.
std::vector<std::string> paths_of_status(const std::string& out) {
  std::vector<std::string> paths;
  auto fields = split(out, '\0');
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].size() < 4) continue;
    paths.push_back(fields[i].substr(3));
    if (fields[i][0] == 'R' || fields[i][0] == 'C') ++i;  // the rename's other name follows
  }
  return paths;
}

std::vector<std::string> with_pathspecs(std::vector<std::string> args, const std::vector<std::string>& paths) {
  args.insert(args.begin(), "--literal-pathspecs");
  args.emplace_back("--");
  args.insert(args.end(), paths.begin(), paths.end());
  return args;
}

}  // namespace

std::vector<CommitInfo> recent_commits(const fs::path& root, size_t limit) {
  // Fields apart by US, commits by NUL; trailers joined by RS.
  auto format = fmt::format(
      "--format=%H%x1f%P%x1f%s%x1f%(trailers:key={},valueonly,separator=%x1e)%x1f%(trailers:key={},valueonly,separator="
      "%x1e)",
      command_trailer, undoes_trailer);
  auto r = run_git(root, {"log", "-z", "--first-parent", fmt::format("-n{}", limit), format});
  std::vector<CommitInfo> out;
  if (!r.ok()) {
    // A repository without a commit yet has no history to undo.
    if (run_git(root, {"rev-parse", "--verify", "--quiet", "HEAD"}).status != 0) return out;
    throw Error(fmt::format("cannot read the journal's git history: {}", git_error_text(r)));
  }
  for (const auto& record : split(r.out, '\0')) {
    if (trimmed(record).empty()) continue;
    auto fields = split(record, '\x1f');
    if (fields.size() < 5) continue;
    CommitInfo c;
    c.sha = trimmed(fields[0]);
    c.parents = trimmed(fields[1]).empty() ? 0 : split(trimmed(fields[1]), ' ').size();
    c.subject = fields[2];
    c.command = trimmed(split(trimmed(fields[3]), '\x1e').front());
    for (const auto& sha : split(trimmed(fields[4]), '\x1e'))
      if (!trimmed(sha).empty()) c.undoes.push_back(trimmed(sha));
    out.push_back(std::move(c));
  }
  return out;
}

UndoChoice choose_undo(const std::vector<CommitInfo>& newest_first) {
  std::set<std::string> undone;
  for (size_t i = 0; i < newest_first.size(); ++i) {
    const auto& c = newest_first[i];
    if (c.command.empty()) {
      if (i == 0)
        return {std::nullopt, fmt::format("the last commit, {} \"{}\", was not made by rel; undo it with git "
                                          "(`rel git revert {}`)",
                                          short_sha(c.sha), c.subject, short_sha(c.sha))};
      return {std::nullopt, fmt::format("what rel did since {} \"{}\" (not made by rel) is undone already",
                                        short_sha(c.sha), c.subject)};
    }
    if (c.command == "undo") {
      for (const auto& sha : c.undoes) undone.insert(sha);
      continue;
    }
    if (undone.count(c.sha)) continue;
    if (c.parents == 0)
      return {std::nullopt,
              fmt::format("{} \"{}\" is the journal's first commit: there is nothing before it to go back to",
                          short_sha(c.sha), c.subject)};
    return {i, {}};
  }
  return {std::nullopt, "nothing to undo: every change rel committed is undone already"};
}

std::vector<ChangedFile> files_changed(const fs::path& root, const std::string& sha) {
  auto r = run_git(
      root, {"diff-tree", "-r", "-z", "--no-commit-id", "--no-renames", "--name-status", "--relative", sha + "^", sha});
  if (!r.ok()) throw Error(fmt::format("cannot read commit {}: {}", short_sha(sha), git_error_text(r)));
  std::vector<ChangedFile> out;
  auto fields = split(r.out, '\0');
  for (size_t i = 0; i + 1 < fields.size(); i += 2)
    if (!fields[i].empty()) out.push_back({fields[i][0], fields[i + 1]});
  return out;
}

std::optional<std::string> file_at(const fs::path& root, const std::string& rev, const std::string& path) {
  auto object = rev + ":./" + path;
  if (run_git(root, {"cat-file", "-e", object}).status != 0) return std::nullopt;
  auto r = run_git(root, {"cat-file", "blob", object});
  if (!r.ok()) throw Error(fmt::format("cannot read {} at {}: {}", path, short_sha(rev), git_error_text(r)));
  return r.out;
}

std::vector<std::string> changed_since(const fs::path& root, const std::string& rev,
                                       const std::vector<std::string>& paths) {
  auto r =
      run_git(root, with_pathspecs({"diff", "--name-only", "-z", "--relative", "--no-renames", rev, "HEAD"}, paths));
  if (!r.ok()) throw Error(fmt::format("cannot compare with {}: {}", short_sha(rev), git_error_text(r)));
  std::vector<std::string> out;
  for (const auto& p : split(r.out, '\0'))
    if (!p.empty()) out.push_back(p);
  return out;
}

std::vector<std::string> uncommitted(const fs::path& root, const std::vector<std::string>& paths) {
  auto r = run_git(root, with_pathspecs({"status", "--porcelain", "-z", "--untracked-files=all"}, paths));
  if (!r.ok()) throw Error(fmt::format("cannot ask git about uncommitted changes: {}", git_error_text(r)));
  return paths_of_status(r.out);
}

}  // namespace rel::git
