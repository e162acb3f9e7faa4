// Talking to the journal's watcher: one question per connection, a few lines back.
//
// The protocol, one line asked and the answer read to the end of the connection:
//   since TOKEN | since   →  "rel-monitor 1 TOKEN2" then "all", or "changed" and one path per line
//   status                →  "rel-monitor 1 TOKEN2" then "pid N", "root PATH", "folders N"
//   stop                  →  "rel-monitor 1 TOKEN2", and the watcher exits
#include "rel/watch/monitor.hpp"

#include <fcntl.h>
#include <linux/magic.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/statfs.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstring>

#include "monitor_socket.hpp"
#include "rel/util/descriptor.hpp"

extern char** environ;

namespace rel::watch {

namespace {

// A question asked and its whole answer; nothing when no watcher listens or it does not answer in time.
std::optional<std::string> converse(const cache::CacheFolder& journal, std::string_view question) {
  const auto address = monitor_socket::address_of(journal, monitor_socket::Create::never);
  if (!address) return std::nullopt;
  const util::Descriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  const int fd = socket.get();
  if (fd < 0) return std::nullopt;
  // A watcher answers in well under a millisecond; one that hangs must not hang rel with it.
  timeval limit{1, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address->addr), address->length) != 0) return std::nullopt;
  if (!monitor_socket::same_user(fd)) return std::nullopt;
  std::string line(question);
  line += '\n';
  if (::send(fd, line.data(), line.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(line.size())) return std::nullopt;
  std::string answer;
  char buffer[16384];
  for (;;) {
    const auto n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::nullopt;
    }
    answer.append(buffer, static_cast<size_t>(n));
  }
  return answer;
}

// The answer's lines after the greeting, and the token the greeting carries; nothing when the answer
// is not one (cut short, or from something else).
std::optional<std::pair<std::string, std::vector<std::string>>> split_answer(const std::string& answer) {
  if (answer.empty() || answer.back() != '\n') return std::nullopt;
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = answer.find('\n', start)) != std::string::npos; start = end + 1)
    lines.push_back(answer.substr(start, end - start));
  const std::string opening = std::string(monitor_socket::greeting) + ' ';
  if (lines.empty() || lines.front().rfind(opening, 0) != 0) return std::nullopt;
  std::string token = lines.front().substr(opening.size());
  if (token.empty()) return std::nullopt;
  lines.erase(lines.begin());
  return std::pair{std::move(token), std::move(lines)};
}

}  // namespace

bool is_remote_file_system(unsigned long type) {
  switch (type) {
    case NFS_SUPER_MAGIC:
    case SMB_SUPER_MAGIC:
    case 0xFF534D42:  // CIFS
    case 0xFE534D42:  // SMB2
    case 0x65735546:  // FUSE
    case V9FS_MAGIC:
    case AFS_SUPER_MAGIC:
    case CODA_SUPER_MAGIC:
    case 0x00C36400:  // Ceph
      return true;
    default: return false;
  }
}

bool on_remote_file_system(const fs::path& path) {
  struct statfs st;
  return ::statfs(path.c_str(), &st) != 0 || is_remote_file_system(static_cast<unsigned long>(st.f_type));
}

std::optional<MonitorAnswer> ask_monitor(const cache::CacheFolder& journal, std::string_view token) {
  auto answer = converse(journal, token.empty() ? std::string("since") : fmt::format("since {}", token));
  if (!answer) return std::nullopt;
  auto split = split_answer(*answer);
  if (!split || split->second.empty()) return std::nullopt;
  auto& [now, lines] = *split;
  if (lines.front() == "all" && lines.size() == 1) return MonitorAnswer{std::move(now), std::nullopt};
  if (lines.front() != "changed") return std::nullopt;
  lines.erase(lines.begin());
  return MonitorAnswer{std::move(now), std::move(lines)};
}

void start_monitor(const fs::path& root, const fs::path& rel_executable, std::chrono::milliseconds idle) {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  if (posix_spawn_file_actions_init(&actions) != 0) return;
  if (posix_spawnattr_init(&attributes) != 0) {
    posix_spawn_file_actions_destroy(&actions);
    return;
  }
  // Its own session, nothing of this process's open files (a pipe left open would keep a reader of
  // rel's output waiting for the watcher), its output nowhere.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
  for (int fd = 0; fd < 3; ++fd) posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0);
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);
  const std::string dir = root.string();
  const std::string minutes = fmt::format("{}", static_cast<double>(idle.count()) / 60'000);
  std::vector<const char*> argv = {"rel", "--dir", dir.c_str(), "monitor", "run"};
  if (idle.count() > 0) argv.insert(argv.end(), {"--idle", minutes.c_str()});
  argv.push_back(nullptr);
  pid_t pid;
  posix_spawn(&pid, rel_executable.c_str(), &actions, &attributes, const_cast<char* const*>(argv.data()), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
}

std::optional<std::string> monitor_status(const cache::CacheFolder& journal) {
  auto answer = converse(journal, "status");
  if (!answer) return std::nullopt;
  auto split = split_answer(*answer);
  if (!split) return std::nullopt;
  std::string text;
  for (const auto& line : split->second) text += line + '\n';
  return text;
}

bool stop_monitor(const cache::CacheFolder& journal) {
  auto answer = converse(journal, "stop");
  return answer && split_answer(*answer);
}

}  // namespace rel::watch
