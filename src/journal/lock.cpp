// The journal's writer lock: flock(2) on the journal folder.
#include "rel/journal/lock.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "rel/core/error.hpp"

namespace rel::journal {
namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view what) {
  throw Error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

}  // namespace

JournalLock::JournalLock(const fs::path& root) {
  m_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (m_fd < 0) fail(root, "cannot open journal folder");
  while (::flock(m_fd, LOCK_EX) != 0) {
    if (errno != EINTR) {
      ::close(m_fd);
      fail(root, "cannot lock journal");
    }
  }
}

JournalLock::~JournalLock() {
  if (m_fd >= 0) ::close(m_fd);  // closing releases the lock
}

}  // namespace rel::journal
