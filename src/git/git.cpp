// Running git as a child process (fork + execvp with an argument vector) and the few git steps rel needs.
#include "rel/git/git.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "rel/core/error.hpp"

extern char** environ;

namespace rel::git {
namespace {

// A pipe whose ends are closed on exec and on destruction, so no descriptor leaks into git.
class Pipe {
 public:
  Pipe() {
    if (::pipe2(m_fds.data(), O_CLOEXEC) != 0) throw Error(fmt::format("cannot run git: {}", std::strerror(errno)));
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;

  int read_end() const { return m_fds[0]; }
  int write_end() const { return m_fds[1]; }
  void close_read() { close_fd(m_fds[0]); }
  void close_write() { close_fd(m_fds[1]); }

 private:
  static void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  std::array<int, 2> m_fds{-1, -1};
};

// SIGINT and SIGQUIT ignored for this object's lifetime; restore() gives the saved handlers back.
class IgnoreInterrupts {
 public:
  IgnoreInterrupts() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGINT, &ignore, &m_int);
    ::sigaction(SIGQUIT, &ignore, &m_quit);
  }
  ~IgnoreInterrupts() { restore(); }
  IgnoreInterrupts(const IgnoreInterrupts&) = delete;
  IgnoreInterrupts& operator=(const IgnoreInterrupts&) = delete;
  void restore() {
    ::sigaction(SIGINT, &m_int, nullptr);
    ::sigaction(SIGQUIT, &m_quit, nullptr);
  }

 private:
  struct sigaction m_int {};
  struct sigaction m_quit {};
};

// Reads both pipes until git closes them; polling both avoids the deadlock of a full stderr pipe.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  std::array<pollfd, 2> fds{pollfd{out_fd, POLLIN, 0}, pollfd{err_fd, POLLIN, 0}};
  std::array<std::string*, 2> sinks{&out, &err};
  int open = 2;
  char buffer[8192];
  while (open > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        fds[i].fd = -1;  // poll ignores negative descriptors
        --open;
        continue;
      }
      sinks[i]->append(buffer, static_cast<size_t>(n));
    }
  }
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return 127;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 127;
}

// Only async-signal-safe calls between fork and exec: write(2) and _exit(2).
[[noreturn]] void child_fail(const char* what) {
  const char* reason = std::strerror(errno);
  auto say = [](const char* s) { (void)!::write(STDERR_FILENO, s, std::strlen(s)); };
  say("git: ");
  say(what);
  say(": ");
  say(reason);
  say("\n");
  ::_exit(127);
}

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
    text.pop_back();
  size_t start = text.find_first_not_of("\n\r \t");
  return start == std::string::npos ? std::string() : text.substr(start);
}

// Quotes a word for `sh -c`, which is how git runs a merge driver.
std::string shell_quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

GitResult run_git(const fs::path& cwd, const std::vector<std::string>& args, Output output,
                  const std::vector<std::string>& env) {
  // The child's environment, built before fork: between fork and exec only async-signal-safe calls.
  std::vector<std::string> env_text;
  for (char** e = environ; *e; ++e) {
    const std::string_view entry(*e);
    const auto name = entry.substr(0, entry.find('=') + 1);
    if (std::none_of(env.begin(), env.end(), [&](const std::string& v) { return v.starts_with(name); }))
      env_text.emplace_back(entry);
  }
  env_text.insert(env_text.end(), env.begin(), env.end());
  std::vector<char*> envp;
  for (auto& e : env_text) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_text;
  argv_text.reserve(args.size() + 1);
  argv_text.emplace_back("git");
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::string dir = cwd.empty() ? std::string(".") : cwd.string();

  std::optional<Pipe> out_pipe, err_pipe;
  if (output == Output::capture) {
    out_pipe.emplace();
    err_pipe.emplace();
  }
  // While git talks to the terminal, Ctrl-C is for git (and its pager), as system(3) does it:
  // rel waits and returns git's status instead of dying underneath it.
  std::optional<IgnoreInterrupts> ignoring;
  if (output != Output::capture) ignoring.emplace();
  pid_t pid = ::fork();
  if (pid < 0) throw Error(fmt::format("cannot run git: {}", std::strerror(errno)));
  if (pid == 0) {
    if (ignoring) ignoring->restore();
    if (output == Output::capture) {
      // Captured runs must never wait on the user's keyboard.
      int null_fd = ::open("/dev/null", O_RDONLY);
      if (null_fd >= 0 && ::dup2(null_fd, STDIN_FILENO) >= 0 && null_fd != STDIN_FILENO) ::close(null_fd);
      if (::dup2(out_pipe->write_end(), STDOUT_FILENO) < 0 || ::dup2(err_pipe->write_end(), STDERR_FILENO) < 0)
        ::_exit(127);
    }
    if (output == Output::inherit_to_stderr && ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) ::_exit(127);
    if (::chdir(dir.c_str()) != 0) child_fail("cannot enter the journal folder");
    ::execvpe("git", argv.data(), envp.data());
    child_fail("cannot run git");
  }

  GitResult result;
  if (output == Output::capture) {
    out_pipe->close_write();
    err_pipe->close_write();
    drain(out_pipe->read_end(), err_pipe->read_end(), result.out, result.err);
  }
  result.status = wait_for(pid);
  return result;
}

bool has_git_above(const fs::path& dir) {
  std::error_code ec;
  auto path = fs::absolute(dir, ec);
  if (ec) return false;
  for (;;) {
    if (fs::exists(path / ".git", ec)) return true;
    auto parent = path.parent_path();
    if (parent == path || parent.empty()) return false;
    path = parent;
  }
}

std::optional<fs::path> git_toplevel(const fs::path& dir) {
  auto r = run_git(dir, {"rev-parse", "--show-toplevel"});
  if (!r.ok()) return std::nullopt;
  auto top = trim(r.out);
  if (top.empty()) return std::nullopt;
  return fs::path(top);
}

std::string merge_driver_command() {
  std::string self = "rel";
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && !exe.empty()) {
    self = exe.string();
    // A binary rebuilt while running reads as "PATH (deleted)"; the path is still the one to use.
    constexpr std::string_view deleted = " (deleted)";
    if (self.ends_with(deleted)) self.resize(self.size() - deleted.size());
  }
  return shell_quote(self) + " merge-driver %O %A %B %P";
}

std::optional<std::string> ensure_merge_driver(const fs::path& root) {
  auto wanted = merge_driver_command();
  auto current = run_git(root, {"config", "--get", "merge.rel.driver"});
  if (current.ok() && trim(current.out) == wanted) return std::nullopt;
  auto name = run_git(root, {"config", "merge.rel.name", "rel: union of contact log entries and promises"});
  if (!name.ok()) return git_error_text(name);
  auto driver = run_git(root, {"config", "merge.rel.driver", wanted});
  if (!driver.ok()) return git_error_text(driver);
  return std::nullopt;
}

std::string commit_message(const std::string& summary, const std::vector<std::string>& extra_trailers) {
  auto colon = summary.find(':');
  auto command = colon == std::string::npos ? summary : summary.substr(0, colon);
  std::string message = fmt::format("{}\n\n{}: {}\n", summary, command_trailer, command);
  for (const auto& trailer : extra_trailers) message += trailer + "\n";
  return message;
}

std::string excerpt(std::string_view text, size_t max_characters) {
  std::string out;
  size_t characters = 0;
  bool blank = false;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == ' ' || c == 0x7f) {
      blank = !out.empty();
      continue;
    }
    bool starts_character = (c & 0xc0) != 0x80;
    if (starts_character) {
      if (characters + (blank ? 1 : 0) >= max_characters) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return fmt::format("\"{}…\"", out);
      }
      if (blank) out += ' ', ++characters;
      blank = false;
      ++characters;
    }
    out += static_cast<char>(c);
  }
  return fmt::format("\"{}\"", out);
}

std::optional<fs::path> git_dir(const fs::path& dir) {
  std::error_code ec;
  auto path = fs::absolute(dir, ec);
  if (ec) return std::nullopt;
  for (;;) {
    auto dot_git = path / ".git";
    if (fs::is_directory(dot_git, ec)) return dot_git;
    if (fs::is_regular_file(dot_git, ec)) {
      // A linked work tree or a submodule: "gitdir: PATH", relative to the file's folder.
      std::string line;
      if (FILE* f = std::fopen(dot_git.c_str(), "r")) {
        char buffer[4096];
        if (std::fgets(buffer, sizeof buffer, f)) line = buffer;
        std::fclose(f);
      }
      line = trim(line);
      if (!line.starts_with("gitdir:")) return std::nullopt;
      fs::path target(trim(line.substr(7)));
      return target.is_absolute() ? target : path / target;
    }
    auto parent = path.parent_path();
    if (parent == path || parent.empty()) return std::nullopt;
    path = parent;
  }
}

bool merge_in_progress(const fs::path& dir) {
  auto git = git_dir(dir);
  std::error_code ec;
  return git && fs::exists(*git / "MERGE_HEAD", ec);
}

bool is_tracked(const fs::path& root, const std::string& path) {
  auto r = run_git(root, {"--literal-pathspecs", "ls-files", "-z", "--", path});
  return r.ok() && !r.out.empty();
}

std::vector<std::string> unmerged_paths(const fs::path& root) {
  auto r = run_git(root, {"diff", "--name-only", "-z", "--relative", "--diff-filter=U"});
  std::vector<std::string> out;
  size_t start = 0;
  while (r.ok() && start < r.out.size()) {
    auto end = r.out.find('\0', start);
    if (end == std::string::npos) end = r.out.size();
    if (end > start) {
      auto path = r.out.substr(start, end - start);
      if (std::find(out.begin(), out.end(), path) == out.end()) out.push_back(path);
    }
    start = end + 1;
  }
  return out;
}

namespace {

// The work tree a lock file in a `.git` folder belongs to (empty when it is in no `.git` folder).
fs::path work_tree_of(const fs::path& lock) {
  fs::path top;
  for (const auto& part : lock) {
    if (part == ".git") return top;
    top /= part;
  }
  return {};
}

// The process ids of this user's processes that have `path` open, or that are git working in the
// same repository (which may hold a lock file it has closed, as `git commit` does while a hook runs):
// those that may still need a lock file git found in its way. Git elsewhere on the machine is not.
std::vector<std::string> possible_holders(const fs::path& path) {
  std::vector<std::string> pids;
  std::error_code ec;
  const auto self = std::to_string(::getpid());
  const auto top = work_tree_of(path).string();
  auto works_here = [&](const fs::path& process) {
    if (top.empty()) return true;
    std::error_code cwd_ec;
    const auto cwd = fs::read_symlink(process / "cwd", cwd_ec).string();
    return !cwd_ec && (cwd == top || cwd.starts_with(top + "/"));
  };
  for (fs::directory_iterator it("/proc", ec), end; !ec && it != end; it.increment(ec)) {
    const auto pid = it->path().filename().string();
    if (pid.empty() || pid == self || !std::all_of(pid.begin(), pid.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    std::string comm;
    if (FILE* f = std::fopen((it->path() / "comm").c_str(), "r")) {
      char buffer[64] = {};
      if (std::fgets(buffer, sizeof buffer, f)) comm = trim(buffer);
      std::fclose(f);
    }
    bool holds = comm == "git" && works_here(it->path());
    std::error_code fd_ec;
    for (fs::directory_iterator fd(it->path() / "fd", fd_ec), fd_end; !holds && !fd_ec && fd != fd_end;
         fd.increment(fd_ec))
      holds = fs::read_symlink(fd->path(), ec) == path;
    if (holds) pids.push_back(pid);
  }
  return pids;
}

// git's "Unable to create '….lock': File exists" said so that the user knows what to do: a lock that
// no process may still need was left by a git that was killed, and may be removed.
std::optional<std::string> explain_lock_in_the_way(const std::string& text) {
  constexpr std::string_view opening = "Unable to create '";
  const auto begin = text.find(opening);
  if (begin == std::string::npos) return std::nullopt;
  const auto path_begin = begin + opening.size();
  const auto path_end = text.find("': File exists", path_begin);
  if (path_end == std::string::npos) return std::nullopt;
  const fs::path lock = text.substr(path_begin, path_end - path_begin);
  const auto holders = possible_holders(lock);
  if (holders.empty())
    return fmt::format(
        "{} is in the way: git's lock file, which no running process holds, so it is stale (left by a git that was "
        "killed or crashed) and may be removed: `rm '{}'`, then `rel git commit -a` commits what was saved",
        lock.string(), lock.string());
  std::string list;
  for (const auto& pid : holders) list += (list.empty() ? "" : ", ") + pid;
  return fmt::format(
      "{} is in the way: git's lock file, which a running git may be holding (process {}); once that is done, "
      "`rel git commit -a` commits what was saved",
      lock.string(), list);
}

}  // namespace

std::string git_error_text(const GitResult& result) {
  if (auto lock = explain_lock_in_the_way(result.err)) return *lock;
  auto text = trim(result.err);
  if (text.empty()) text = trim(result.out);
  if (text.empty()) text = fmt::format("git exited with status {}", result.status);
  return text;
}

}  // namespace rel::git
