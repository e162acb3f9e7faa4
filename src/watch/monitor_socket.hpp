// What the watcher and its clients share: where the watcher listens, who may talk to it, and the
// first line of every answer.
#pragma once

#include <fmt/format.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <string>

#include "rel/cache/cache_folder.hpp"
#include "rel/util/binary.hpp"

namespace rel::watch::monitor_socket {

// Every answer opens with this, then a space and the watcher's token.
inline constexpr const char* greeting = "rel-monitor 1";

// An abstract Unix socket (no file to leave behind, no path length to fit): one per user, journal
// and build of rel, since the protocol and the walk's rules may change between builds.
struct Address {
  sockaddr_un addr{};
  socklen_t length = 0;
};

inline Address address_of(const std::filesystem::path& root) {
  const auto journal = cache::cache_folder(root, {});  // only its absolute path and build are used
  const auto name =
      fmt::format("rel-monitor/{}/{:016x}/{:016x}", ::getuid(), util::binary::checksum(journal.root), journal.build);
  Address a;
  a.addr.sun_family = AF_UNIX;
  a.addr.sun_path[0] = '\0';
  const size_t n = std::min(name.size(), sizeof a.addr.sun_path - 1);
  std::memcpy(a.addr.sun_path + 1, name.data(), n);
  a.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + n);
  return a;
}

// Whether the process at the other end of `fd` runs as this user: anyone may bind an abstract name,
// so each side checks the other.
inline bool same_user(int fd) {
  ucred cred{};
  socklen_t size = sizeof cred;
  return ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &size) == 0 && cred.uid == ::getuid();
}

}  // namespace rel::watch::monitor_socket
