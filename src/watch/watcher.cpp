// The watcher process (`rel monitor run`): an inotify watch on every folder of the journal, a count of
// changes, and for each contact file the count at its last change, so that it can answer "what changed
// since N?" (see monitor.cpp for the questions). It keeps no contact data: only paths.
//
// It says "all" (walk everything) rather than guess: to a token of another watcher, and to one from
// before it lost track — its event queue overflowed, a folder was created, removed or moved (the files
// in a new folder may predate its watch), or a folder could not be watched.
#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <unordered_map>

#include "monitor_socket.hpp"
#include "rel/cache/cache_folder.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/util/descriptor.hpp"
#include "rel/watch/monitor.hpp"

namespace rel::watch {

using namespace journal;
using namespace util;
namespace {

// What a folder's watch reports: writes, metadata (a chmod can make a file unreadable), and names
// coming and going; and the folder's own end.
constexpr uint32_t folder_events = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                   IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW;

// More changed paths than this and clients are better off walking: the record starts afresh.
constexpr size_t most_remembered = 4096;

class Watcher {
 public:
  explicit Watcher(fs::path root) : m_root(std::move(root)) {
    m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_inotify < 0) throw Error(fmt::format("{}: cannot watch: {}", m_root.string(), std::strerror(errno)));
    std::random_device random;
    m_instance = fmt::format("{:08x}{:08x}", random(), random());
    watch_all();
  }
  ~Watcher() { ::close(m_inotify); }
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  int fd() const { return m_inotify; }
  bool journal_gone() const { return m_gone; }
  std::string token() const { return fmt::format("{}.{}", m_instance, m_count); }

  // Reads every event queued so far: one queued before a question was asked is in its answer.
  void drain() {
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
      const auto n = ::read(m_inotify, buffer, sizeof buffer);
      if (n <= 0) {
        if (n < 0 && errno == EINTR) continue;
        return;
      }
      for (const char* p = buffer; p < buffer + n;) {
        const auto* event = reinterpret_cast<const inotify_event*>(p);
        take(*event);
        p += sizeof(inotify_event) + event->len;
      }
      if (m_rewatch) {
        m_rewatch = false;
        watch_all();
      }
    }
  }

  // The answer to "since TOKEN" (TOKEN empty for none).
  std::string changes_since(std::string_view since) const {
    std::string out = "all\n";
    const auto dot = since.rfind('.');
    if (!m_blind && dot != std::string_view::npos && since.substr(0, dot) == m_instance) {
      uint64_t from = 0;
      auto digits = since.substr(dot + 1);
      bool valid = !digits.empty() && digits.size() < 20;
      for (char c : digits) {
        valid = valid && c >= '0' && c <= '9';
        from = from * 10 + static_cast<uint64_t>(c - '0');
      }
      if (valid && from >= m_floor && from <= m_count) {
        out = "changed\n";
        for (const auto& [path, when] : m_changed)
          if (when > from) out += path + '\n';
      }
    }
    return out;
  }

  // Whether the journal's path no longer leads to the folder watched (a folder above it was moved, and
  // another put in its place): then nothing this watcher knows is about the journal.
  bool journal_replaced() const {
    struct stat st;
    return ::stat(m_root.c_str(), &st) != 0 || std::pair{st.st_dev, st.st_ino} != m_root_id;
  }

  std::string status() const {
    return fmt::format("pid {}\nroot {}\nfolders {}\n", ::getpid(), m_root.string(), m_folders.size());
  }

 private:
  // Forgets what changed when: every token given out so far now gets "all".
  void lose_track() {
    m_floor = ++m_count;
    m_changed.clear();
  }

  // A watch on every folder the walk enters (dot-folders and links to folders are not), afresh.
  void watch_all() {
    for (const auto& [wd, prefix] : m_folders) ::inotify_rm_watch(m_inotify, wd);
    m_folders.clear();
    m_blind = false;
    lose_track();
    struct stat root_st;
    if (::stat(m_root.c_str(), &root_st) != 0) {
      m_gone = true;
      return;
    }
    m_root_id = {root_st.st_dev, root_st.st_ino};
    std::vector<std::string> pending{""};
    while (!pending.empty()) {
      const std::string prefix = std::move(pending.back());
      pending.pop_back();
      const auto path = prefix.empty() ? m_root.string() : (m_root / prefix).string();
      const int wd = ::inotify_add_watch(m_inotify, path.c_str(), folder_events);
      if (wd < 0) {
        if (prefix.empty()) m_gone = true;     // the journal itself is gone (or was never a folder)
        m_blind = m_blind || errno != ENOENT;  // out of watches, a name too long: never answer but "all"
        continue;
      }
      m_folders[wd] = prefix;
      // Unreadable (as for the walk, which skips it), or removed meanwhile: its watch reports a change
      // of either.
      std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(path.c_str()), ::closedir);
      if (!dir) continue;
      // Another file system mounted here (perhaps a remote one): its changes are not all seen.
      struct stat folder_st;
      if (::fstat(dirfd(dir.get()), &folder_st) != 0 || folder_st.st_dev != m_root_id.first) m_blind = true;
      while (auto* entry = ::readdir(dir.get())) {
        if (entry->d_name[0] == '.') continue;
        bool is_dir = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {
          struct stat st;
          is_dir = ::fstatat(dirfd(dir.get()), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
        }
        if (is_dir) pending.push_back(prefix + entry->d_name + "/");
      }
    }
  }

  void take(const inotify_event& event) {
    if (event.mask & IN_Q_OVERFLOW) {  // events lost, a folder's creation among them, perhaps
      lose_track();
      m_rewatch = true;
      return;
    }
    const auto folder = m_folders.find(event.wd);
    if (folder == m_folders.end()) return;
    const bool is_root = folder->second.empty();
    if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED)) {
      if (is_root) m_gone = true;
      if (event.mask & IN_IGNORED) m_folders.erase(folder);
      lose_track();
      return;
    }
    if (event.len == 0) {
      // A watched folder's own permissions changed: the walk may read it no longer, or again.
      if (event.mask & IN_ATTRIB) m_rewatch = true;
      return;
    }
    const std::string_view name(event.name);
    if (event.mask & IN_ISDIR) {
      // A folder created, removed, moved, or its permissions changed: rewatch the tree (a moved
      // folder's watch would report its files under the old name) once this batch of events is read.
      constexpr uint32_t folder_changes = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB;
      if (name.front() != '.' && (event.mask & folder_changes)) m_rewatch = true;
      return;
    }
    std::string path = folder->second + std::string(name);
    if (!is_contact_path(path)) return;
    if (path.find('\n') != std::string::npos) {  // a name the answer's lines cannot carry
      lose_track();
      return;
    }
    m_changed[std::move(path)] = ++m_count;
    if (m_changed.size() > most_remembered) lose_track();
  }

  fs::path m_root;
  int m_inotify = -1;
  std::string m_instance;
  uint64_t m_count = 0;  // changes seen, the number in a token
  uint64_t m_floor = 0;  // the oldest count that a "since" can be answered from
  bool m_blind = false;
  bool m_gone = false;
  bool m_rewatch = false;
  std::pair<dev_t, ino_t> m_root_id{};             // of the journal folder watched
  std::unordered_map<int, std::string> m_folders;  // watch → "" or "work/"
  std::map<std::string, uint64_t> m_changed;       // path → count at its last change
};

// Whether this process's executable has been replaced or removed (rel rebuilt or upgraded): its
// clients are then of another build, which asks a watcher of its own.
bool executable_replaced() {
  char link[4096];
  const auto n = ::readlink("/proc/self/exe", link, sizeof link - 1);
  return n > 0 && std::string_view(link, static_cast<size_t>(n)).ends_with(" (deleted)");
}

// Reads one line (the question) from a client, briefly.
std::string read_question(int fd) {
  std::string line;
  char c;
  while (line.size() < 4096 && ::recv(fd, &c, 1, 0) == 1 && c != '\n') line += c;
  return line;
}

void send_all(int fd, const std::string& text) {
  const char* p = text.data();
  size_t left = text.size();
  while (left > 0) {
    const auto n = ::send(fd, p, left, MSG_NOSIGNAL);
    if (n <= 0) {
      if (n < 0 && errno == EINTR) continue;
      return;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
}

}  // namespace

// The watcher's socket and the lock beside it that makes it the only watcher of its journal; the
// socket is removed, and the lock released, before the last answer, so that a new watcher may start
// as soon as it is read.
class Listening {
 public:
  explicit Listening(monitor_socket::Address address) : m_address(std::move(address)) {}
  Listening(const Listening&) = delete;
  Listening& operator=(const Listening&) = delete;
  ~Listening() { close(); }

  // False when another watcher holds the lock.
  bool lock() {
    const auto name = m_address.name + ".lock";
    m_lock = ::openat(m_address.folder->get(), name.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_lock < 0) throw Error(fmt::format("cannot watch: {}: {}", name, std::strerror(errno)));
    if (::flock(m_lock, LOCK_EX | LOCK_NB) == 0) return true;
    if (errno != EWOULDBLOCK) throw Error(fmt::format("cannot watch: {}: {}", name, std::strerror(errno)));
    return false;
  }

  void bind() {
    m_socket = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_socket < 0) throw Error(fmt::format("cannot watch: {}", std::strerror(errno)));
    // A socket left by a watcher that was killed: nobody listens there, since the lock was free.
    ::unlinkat(m_address.folder->get(), m_address.name.c_str(), 0);
    if (::bind(m_socket, reinterpret_cast<const sockaddr*>(&m_address.addr), m_address.length) != 0)
      throw Error(fmt::format("cannot watch: {}: {}", m_address.name, std::strerror(errno)));
    m_bound = true;
  }

  void listen() const {
    if (::listen(m_socket, 64) != 0) throw Error(fmt::format("cannot watch: {}", std::strerror(errno)));
  }

  int fd() const { return m_socket; }

  void close() {
    if (m_socket >= 0) ::close(m_socket);
    if (m_bound) ::unlinkat(m_address.folder->get(), m_address.name.c_str(), 0);
    if (m_lock >= 0) ::close(m_lock);  // closing releases the lock
    m_socket = m_lock = -1;
    m_bound = false;
  }

 private:
  monitor_socket::Address m_address;
  int m_lock = -1;
  int m_socket = -1;
  bool m_bound = false;
};

bool run_monitor(const cache::CacheFolder& journal, std::chrono::milliseconds idle) {
  const fs::path absolute(journal.root);
  if (on_remote_file_system(absolute))
    throw Error(
        fmt::format("{}: cannot watch: changes on a network file system are not all seen here", absolute.string()));
  auto address = monitor_socket::address_of(journal, monitor_socket::Create::if_missing);
  if (!address)
    throw Error(fmt::format("cannot watch: {} must be a folder of yours that no one else may enter (mode 700)",
                            journal.sockets.string()));
  Listening listening(std::move(*address));
  if (!listening.lock()) return false;
  listening.bind();
  const int listener = listening.fd();
  // Watching starts before the first question can be asked, so that every token given out is good (a
  // run that asks meanwhile is refused, and walks).
  Watcher watcher(absolute);
  listening.listen();
  if (::chdir("/") != 0) {
  }  // not to keep the journal's file system busy; nothing depends on it

  auto last_question = std::chrono::steady_clock::now();
  while (!watcher.journal_gone()) {
    const auto waited = std::chrono::steady_clock::now() - last_question;
    if (idle.count() > 0 && waited >= idle) break;
    const auto left = idle.count() > 0
                          ? std::chrono::duration_cast<std::chrono::milliseconds>(idle - waited).count() + 1
                          : int64_t{60'000};
    pollfd fds[2] = {{watcher.fd(), POLLIN, 0}, {listener, POLLIN, 0}};
    if (::poll(fds, 2, static_cast<int>(std::min<int64_t>(left, 60'000))) < 0 && errno != EINTR) break;
    if (executable_replaced()) break;
    watcher.drain();
    if (!(fds[1].revents & POLLIN)) continue;
    const int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    const Descriptor client_socket(client);
    if (!monitor_socket::same_user(client)) continue;
    timeval limit{1, 0};
    ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    last_question = std::chrono::steady_clock::now();
    const auto question = read_question(client);
    watcher.drain();
    std::string answer = fmt::format("{} {}\n", monitor_socket::greeting, watcher.token());
    const bool since = question == "since" || question.rfind("since ", 0) == 0;
    if (since && watcher.journal_replaced()) {
      // Nothing known here is about the folder at the journal's path now: "all", and make way for a
      // watcher of it.
      listening.close();
      send_all(client, answer + "all\n");
      return true;
    }
    if (since) {
      answer += watcher.changes_since(question.size() > 6 ? std::string_view(question).substr(6) : "");
    } else if (question == "status") {
      answer += watcher.status() + (idle.count() > 0
                                        ? fmt::format("idle {:g} minutes\n", static_cast<double>(idle.count()) / 60'000)
                                        : std::string("idle never\n"));
    } else if (question == "stop") {
      // No new question reaches a watcher that is about to go: the name is free before the answer.
      listening.close();
      send_all(client, answer);
      return true;
    } else {
      continue;
    }
    send_all(client, answer);
  }
  return true;
}

}  // namespace rel::watch
