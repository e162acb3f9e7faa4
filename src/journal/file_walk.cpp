// The journal walk: readdir every folder and stat every `*.yaml` file, the stat calls spread over
// every core while the folders are still being read (a warm run is mostly this walk).
#include "rel/journal/file_walk.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>

#include "rel/core/error.hpp"
#include "rel/util/descriptor.hpp"

namespace rel::journal {
namespace {

// stat(2) of `path` below the folder `root_fd`, following a link at the end only. A path longer than
// the system allows (PATH_MAX) is taken a folder at a time, as the walk reached it.
bool stat_below(int root_fd, const std::string& path, struct stat& st) {
  if (fstatat(root_fd, path.c_str(), &st, 0) == 0) return true;
  if (errno != ENAMETOOLONG) return false;
  int dir_fd = root_fd;
  std::optional<util::Descriptor> folder;
  size_t start = 0;
  for (size_t slash; (slash = path.find('/', start)) != std::string::npos; start = slash + 1) {
    const auto part = path.substr(start, slash - start);
    int sub = openat(dir_fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sub < 0) return false;
    folder.emplace(sub);
    dir_fd = sub;
  }
  return fstatat(dir_fd, path.c_str() + start, &st, 0) == 0;
}

// Paths relative to the journal ("work/alice.yaml") and what their stat found: a stamp for a regular
// file, nothing for anything else.
struct Batch {
  std::vector<std::string> paths;
  std::vector<std::optional<FileStamp>> stamps;
  bool linked = false;  // a file of the batch has other hard links (see WalkNotes)

  void stat_all(int root_fd) {
    stamps.assign(paths.size(), std::nullopt);
    for (size_t k = 0; k < paths.size(); ++k) {
      struct stat st;
      if (stat_below(root_fd, paths[k], st) && S_ISREG(st.st_mode)) {
        stamps[k] = stamp_of(st);
        if (st.st_nlink > 1) linked = true;
      }
    }
  }
};

// Stats the paths handed to it, a batch at a time: the walk hands each full batch over and goes on
// reading folders, then joins in. A helper thread starts with each full batch, up to one per other
// core, so a journal of fewer files than a batch starts none.
class StatPool {
 public:
  explicit StatPool(int root_fd) : m_root_fd(root_fd) {}
  StatPool(const StatPool&) = delete;
  StatPool& operator=(const StatPool&) = delete;
  ~StatPool() { stop(); }

  void add(std::string path) {
    m_open->paths.push_back(std::move(path));
    if (m_open->paths.size() < batch_size) return;
    publish();
    start_helper();
  }

  // Every batch, stat'ed: what is left is done on this thread too.
  std::vector<std::unique_ptr<Batch>> finish() {
    if (!m_open->paths.empty()) publish();
    {
      std::lock_guard lock(m_mutex);
      m_done = true;
    }
    m_ready.notify_all();
    work();
    stop();
    return std::move(m_batches);
  }

 private:
  // Small enough to share the work out evenly, large enough that the lock is rare.
  static constexpr size_t batch_size = 256;

  void publish() {
    {
      std::lock_guard lock(m_mutex);
      m_batches.push_back(std::move(m_open));
    }
    m_open = std::make_unique<Batch>();
    m_ready.notify_one();
  }

  void start_helper() {
    static const size_t most = std::max(1u, std::thread::hardware_concurrency()) - 1;
    if (m_helpers.size() >= most || m_no_threads) return;
    try {
      m_helpers.emplace_back([this] { work(); });
    } catch (const std::system_error&) {
      m_no_threads = true;  // the walk's own thread stats the rest in finish()
    }
  }

  void work() {
    for (;;) {
      Batch* batch = nullptr;
      {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_next < m_batches.size() || m_done; });
        if (m_next == m_batches.size()) return;
        batch = m_batches[m_next++].get();
      }
      batch->stat_all(m_root_fd);
    }
  }

  void stop() {
    {
      std::lock_guard lock(m_mutex);
      m_done = true;
    }
    m_ready.notify_all();
    for (auto& helper : m_helpers)
      if (helper.joinable()) helper.join();
  }

  int m_root_fd;
  std::unique_ptr<Batch> m_open = std::make_unique<Batch>();
  std::mutex m_mutex;
  std::condition_variable m_ready;
  std::vector<std::unique_ptr<Batch>> m_batches;  // guarded by m_mutex while helpers run
  size_t m_next = 0;
  bool m_done = false;
  bool m_no_threads = false;
  std::vector<std::thread> m_helpers;
};

bool is_yaml(std::string_view name) { return name.size() > 5 && name.substr(name.size() - 5) == ".yaml"; }

// readdir every folder below `root_dir_fd` (which it closes). Under Stamps::skip only the entries readdir
// cannot classify (links, unknown types) go to the pool, to keep exactly the same files; the rest are
// listed at once, unstamped.
void walk(int root_dir_fd, Stamps stamping, StatPool& pool, std::vector<ContactFile>& files, WalkNotes& notes) {
  // A folder being walked: open while its sub-folders are, for openat.
  struct Folder {
    std::unique_ptr<DIR, int (*)(DIR*)> dir;
    std::string prefix;  // "" or "work/"
    std::vector<std::string> folders;
    size_t next = 0;
  };
  // Depth first, with a stack of its own rather than recursion: folders may nest deeper than a
  // thread's stack would take.
  std::vector<Folder> stack;
  auto enter = [&](int dir_fd, std::string prefix) {
    Folder folder{{fdopendir(dir_fd), closedir}, std::move(prefix), {}, 0};
    if (!folder.dir) {
      ::close(dir_fd);
      return;
    }
    while (auto* entry = readdir(folder.dir.get())) {
      const char* name = entry->d_name;
      if (name[0] == '.') continue;  // dot-files and dot-folders are never contacts
      bool is_dir = entry->d_type == DT_DIR;
      bool is_link = entry->d_type == DT_LNK;
      if (entry->d_type == DT_UNKNOWN) {
        struct stat st;
        if (fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
        is_dir = S_ISDIR(st.st_mode);
        is_link = S_ISLNK(st.st_mode);
      }
      if (is_dir) {
        folder.folders.emplace_back(name);
        continue;
      }
      std::string_view n(name);
      if (!is_yaml(n)) continue;
      if (is_link) notes.linked = true;
      if (stamping == Stamps::skip && entry->d_type == DT_REG)
        files.push_back({folder.prefix + std::string(n.substr(0, n.size() - 5)), {}});
      else
        pool.add(folder.prefix + std::string(n));
    }
    stack.push_back(std::move(folder));
  };
  enter(root_dir_fd, "");
  while (!stack.empty()) {
    auto& top = stack.back();
    if (top.next == top.folders.size()) {
      stack.pop_back();
      continue;
    }
    const auto& name = top.folders[top.next++];
    int sub = openat(dirfd(top.dir.get()), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sub >= 0) enter(sub, top.prefix + name + "/");  // may move `top`: its values are taken first
  }
}

}  // namespace

FileStamp stamp_of(const struct ::stat& st) {
  FileStamp s;
  s.size = static_cast<uint64_t>(st.st_size);
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.inode = static_cast<uint64_t>(st.st_ino);
  s.ctime_ns = static_cast<int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
  return s;
}

bool is_contact_path(std::string_view path) {
  if (!is_yaml(path)) return false;
  size_t start = 0;
  for (;;) {
    const auto slash = path.find('/', start);
    const auto part = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part.empty() || part.front() == '.') return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

void require_journal(const fs::path& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec))
    throw Error(fmt::format("{}: no journal here (create one with `rel init`)", root.string()));
}

std::vector<ContactFile> scan_contact_files(const fs::path& root, Stamps stamps, WalkNotes* notes) {
  require_journal(root);
  util::Descriptor root_fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (root_fd.get() < 0) throw Error(fmt::format("{}: {}", root.string(), std::strerror(errno)));
  std::vector<ContactFile> files;
  std::vector<std::unique_ptr<Batch>> batches;
  WalkNotes noted;
  {
    StatPool pool(root_fd.get());
    int walk_fd = ::dup(root_fd.get());  // the walk closes its folders; the pool stats from the root
    if (walk_fd < 0) throw Error(fmt::format("{}: {}", root.string(), std::strerror(errno)));
    walk(walk_fd, stamps, pool, files, noted);
    batches = pool.finish();
  }
  for (auto& batch : batches) {
    noted.linked = noted.linked || batch->linked;
    for (size_t k = 0; k < batch->paths.size(); ++k) {
      if (!batch->stamps[k]) continue;
      auto& id = batch->paths[k];
      id.resize(id.size() - 5);
      files.push_back({std::move(id), stamps == Stamps::take ? *batch->stamps[k] : FileStamp{}});
    }
  }
  if (notes) *notes = noted;
  std::sort(files.begin(), files.end(), [](const ContactFile& a, const ContactFile& b) { return a.id < b.id; });
  return files;
}

}  // namespace rel::journal
