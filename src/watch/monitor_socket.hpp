// What the watcher and its clients share: where the watcher listens, who may talk to it, and the
// first line of every answer.
#pragma once

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "rel/cache/cache_folder.hpp"
#include "rel/util/binary.hpp"
#include "rel/util/descriptor.hpp"

namespace rel::watch::monitor_socket {

// Every answer opens with this, then a space and the watcher's token.
inline constexpr const char* greeting = "rel-monitor 1";

// Whether the sockets folder may be made (by a watcher) or only looked into (by a run).
enum class Create { if_missing, never };

// The folder of this user's watcher sockets, open; nothing unless it is a folder (not a link) owned
// by this user that no one else may enter, so that no one else can bind a name in it first (a name
// another local user can take, as an abstract socket's, costs every run a second's wait).
inline std::optional<std::shared_ptr<util::Descriptor>> open_sockets_folder(const std::filesystem::path& folder,
                                                                            Create create) {
  if (folder.empty()) return std::nullopt;
  if (create == Create::if_missing) {
    std::error_code ec;
    std::filesystem::create_directories(folder.parent_path(), ec);
    ::mkdir(folder.c_str(), 0700);  // an existing one is checked like any other
  }
  auto fd = std::make_shared<util::Descriptor>(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  struct stat st {};
  if (fd->get() < 0 || ::fstat(fd->get(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid() ||
      (st.st_mode & 077) != 0)
    return std::nullopt;
  return fd;
}

// Where the watcher of one journal listens: a socket in the sockets folder named for the journal and
// the build of rel (the protocol and the walk's rules may change between builds).
struct Address {
  sockaddr_un addr{};
  socklen_t length = 0;
  std::string name;                          // in the sockets folder
  std::shared_ptr<util::Descriptor> folder;  // the sockets folder, open while the address is used
};

inline std::optional<Address> address_of(const cache::CacheFolder& journal, Create create) {
  auto folder = open_sockets_folder(journal.sockets, create);
  if (!folder) return std::nullopt;
  Address a;
  a.folder = std::move(*folder);
  a.name = fmt::format("{:016x}-{:016x}", util::binary::checksum(journal.root), journal.build);
  auto path = (journal.sockets / a.name).string();
  // A path too long for sun_path (108 bytes) is reached through the folder already open.
  if (path.size() >= sizeof a.addr.sun_path) path = fmt::format("/proc/self/fd/{}/{}", a.folder->get(), a.name);
  if (path.size() >= sizeof a.addr.sun_path) return std::nullopt;
  a.addr.sun_family = AF_UNIX;
  std::memcpy(a.addr.sun_path, path.data(), path.size());
  a.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path.size() + 1);
  return a;
}

// Whether the process at the other end of `fd` runs as this user: the folder is private, and each
// side checks the other all the same.
inline bool same_user(int fd) {
  ucred cred{};
  socklen_t size = sizeof cred;
  return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &size) == 0 && cred.uid == ::getuid();
}

}  // namespace rel::watch::monitor_socket
