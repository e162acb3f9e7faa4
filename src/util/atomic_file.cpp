// The temp-file + fsync + rename dance of atomic writes, for the user's files and for derived ones.
#include "rel/util/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "rel/core/error.hpp"

namespace rel::util {
namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view what) {
  throw Error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

void fsync_folder(const fs::path& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(folder, "cannot open folder");
  ::fsync(fd);  // not every file system can sync a folder; the rename itself already happened
  ::close(fd);
}

// A temporary file beside `path`, claimed and written, not yet given the name; removed unless it is.
class Staged {
 public:
  Staged(const fs::path& path, std::span<const std::string_view> pieces, Durability durability) : m_path(path) {
    auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    // One temporary name per file, claimed with flock: a write killed half-way leaves at most
    // this dot-file (never read as a contact), and the next write of the file reuses it. Only
    // while another live process holds it (a writer outside the journal lock) is a
    // per-process name used instead.
    // A derived file holds the journal's names and notes: private unless it already was otherwise.
    const mode_t mode = durability == Durability::synced ? 0644 : 0600;
    m_temp = folder / fmt::format(".{}.rel-tmp", path.filename().string());
    m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode);
    if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
      ::close(m_fd);
      m_temp = folder / fmt::format(".{}.rel-tmp-{}", path.filename().string(), ::getpid());
      m_fd = ::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode);
    }
    if (m_fd < 0) fail(m_temp, "cannot create");
    if (::ftruncate(m_fd, 0) != 0) give_up(m_temp, "cannot truncate");
    // Keep the permissions a user gave the file (a private journal stays private).
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) ::fchmod(m_fd, st.st_mode & 07777);
    for (const auto text : pieces) {
      const char* data = text.data();
      size_t left = text.size();
      while (left > 0) {
        ssize_t n = ::write(m_fd, data, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) give_up(m_temp, "cannot write");
        data += n;
        left -= static_cast<size_t>(n);
      }
    }
  }

  Staged(const Staged&) = delete;
  Staged& operator=(const Staged&) = delete;

  // The temporary file stays open (so claimed) until it has been renamed; on failure it is
  // removed before it is released, so no other writer's file is ever removed.
  ~Staged() {
    if (m_fd < 0) return;
    ::unlink(m_temp.c_str());
    ::close(m_fd);
  }

  void flush() {
    if (::fsync(m_fd) != 0) give_up(m_temp, "cannot flush");
  }

  int fd() const { return m_fd; }

  // Gives the file its name.
  void publish(Replace replace, Durability durability) {
    if (replace == Replace::never) {
      // link(2) refuses to overwrite, so a file created meanwhile is never clobbered.
      if (::link(m_temp.c_str(), m_path.c_str()) != 0) give_up(m_path, "cannot create");
      ::unlink(m_temp.c_str());
    } else if (durability == Durability::unsynced &&
               ::renameat2(AT_FDCWD, m_temp.c_str(), AT_FDCWD, m_path.c_str(), RENAME_EXCHANGE) == 0) {
      // Renaming over an existing file makes ext4 write the new one out at once (its auto_da_alloc
      // rule for replace-by-rename), which a derived file does not need; exchanging the two names is
      // just as atomic and does not. The old version is then unlinked under the temporary name.
      ::unlink(m_temp.c_str());
    } else if (::rename(m_temp.c_str(), m_path.c_str()) != 0) {
      give_up(m_path, "cannot replace");
    }
    ::close(m_fd);
    m_fd = -1;
  }

 private:
  [[noreturn]] void give_up(const fs::path& shown, std::string_view what) {
    int saved = errno;
    ::unlink(m_temp.c_str());
    ::close(m_fd);
    m_fd = -1;
    errno = saved;
    fail(shown, what);
  }

  fs::path m_path;
  fs::path m_temp;
  int m_fd = -1;
};

fs::path folder_of(const fs::path& path) { return path.parent_path().empty() ? fs::path(".") : path.parent_path(); }

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view text, WriteOptions options) {
  write_file_atomically(path, std::span<const std::string_view>(&text, 1), options);
}

void write_file_atomically(const fs::path& path, std::span<const std::string_view> pieces, WriteOptions options) {
  Staged staged(path, pieces, options.durability);
  const bool synced = options.durability == Durability::synced;
  if (synced) staged.flush();
  staged.publish(options.replace, options.durability);
  if (synced) fsync_folder(folder_of(path));
}

void write_files_atomically(const std::vector<FileWrite>& files,
                            const std::function<void(size_t done, size_t total)>& progress) {
  // Staged a few hundred at a time: each holds a descriptor until it is renamed.
  constexpr size_t batch = 256;
  for (size_t start = 0; start < files.size(); start += batch) {
    const size_t end = std::min(files.size(), start + batch);
    std::vector<std::unique_ptr<Staged>> staged;
    staged.reserve(end - start);
    for (size_t k = start; k < end; ++k)
      staged.push_back(std::make_unique<Staged>(files[k].path, std::span<const std::string_view>(&files[k].text, 1),
                                                Durability::synced));
    // One flush of each file system holding them instead of one per file: every staged file's data
    // and metadata are on disk when syncfs(2) returns, at the cost of one journal commit.
    std::vector<dev_t> devices;
    for (const auto& s : staged) {
      struct stat st {};
      if (::fstat(s->fd(), &st) != 0 || std::find(devices.begin(), devices.end(), st.st_dev) != devices.end()) continue;
      devices.push_back(st.st_dev);
      if (::syncfs(s->fd()) != 0) fail(files[start].path, "cannot flush");
    }
    std::vector<fs::path> folders;
    for (size_t k = start; k < end; ++k) {
      staged[k - start]->publish(files[k].replace, Durability::synced);
      auto folder = folder_of(files[k].path);
      if (std::find(folders.begin(), folders.end(), folder) == folders.end()) folders.push_back(std::move(folder));
    }
    for (const auto& folder : folders) fsync_folder(folder);
    if (progress) progress(end, files.size());
  }
}

void remove_file_durably(const fs::path& path) {
  if (::unlink(path.c_str()) != 0) fail(path, "cannot remove");
  fsync_folder(path.parent_path().empty() ? fs::path(".") : path.parent_path());
}

void write_derived_file(const fs::path& path, std::span<const std::string_view> pieces) noexcept {
  try {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    write_file_atomically(path, pieces, {Replace::allowed, Durability::unsynced});
  } catch (...) {
    // Only a shortcut: the next run computes it again.
  }
}

}  // namespace rel::util
