// The temp-file + fsync + rename dance of atomic writes, for the user's files and for derived ones.
#include "rel/util/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view text, WriteOptions options) {
  write_file_atomically(path, std::span<const std::string_view>(&text, 1), options);
}

void write_file_atomically(const fs::path& path, std::span<const std::string_view> pieces, WriteOptions options) {
  auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  // One temporary name per file, claimed with flock: a write killed half-way leaves at most
  // this dot-file (never read as a contact), and the next write of the file reuses it. Only
  // while another live process holds it (a writer outside the journal lock) is a
  // per-process name used instead.
  // A derived file holds the journal's names and notes: private unless it already was otherwise.
  const mode_t mode = options.durability == Durability::synced ? 0644 : 0600;
  auto temp = folder / fmt::format(".{}.rel-tmp", path.filename().string());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode);
  if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd);
    temp = folder / fmt::format(".{}.rel-tmp-{}", path.filename().string(), ::getpid());
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode);
  }
  if (fd < 0) fail(temp, "cannot create");
  if (::ftruncate(fd, 0) != 0) {
    int saved = errno;
    ::close(fd);
    errno = saved;
    fail(temp, "cannot truncate");
  }
  // Keep the permissions a user gave the file (a private journal stays private).
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) ::fchmod(fd, st.st_mode & 07777);
  // The temporary file stays open (so claimed) until it has been renamed; on failure it is
  // removed before it is released, so no other writer's file is ever removed.
  auto give_up = [&](const fs::path& shown, std::string_view what) {
    int saved = errno;
    ::unlink(temp.c_str());
    ::close(fd);
    errno = saved;
    fail(shown, what);
  };
  for (const auto text : pieces) {
    const char* data = text.data();
    size_t left = text.size();
    while (left > 0) {
      ssize_t n = ::write(fd, data, left);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) give_up(temp, "cannot write");
      data += n;
      left -= static_cast<size_t>(n);
    }
  }
  const bool synced = options.durability == Durability::synced;
  if (synced && ::fsync(fd) != 0) give_up(temp, "cannot flush");
  if (options.replace == Replace::never) {
    // link(2) refuses to overwrite, so a file created meanwhile is never clobbered.
    if (::link(temp.c_str(), path.c_str()) != 0) give_up(path, "cannot create");
    ::unlink(temp.c_str());
  } else if (!synced && ::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) == 0) {
    // Renaming over an existing file makes ext4 write the new one out at once (its auto_da_alloc
    // rule for replace-by-rename), which a derived file does not need; exchanging the two names is
    // just as atomic and does not. The old version is then unlinked under the temporary name.
    ::unlink(temp.c_str());
  } else if (::rename(temp.c_str(), path.c_str()) != 0) {
    give_up(path, "cannot replace");
  }
  ::close(fd);
  if (synced) fsync_folder(folder);
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
