// Naming a journal's cache folder and the key its derived files carry.
#include "rel/cache/cache_folder.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include "rel/util/binary.hpp"

namespace rel::cache {

std::string CacheFolder::key() const { return fmt::format("{}\n{:016x}", root, build); }

CacheFolder cache_folder(const fs::path& root, const fs::path& cache_home, const fs::path& runtime_home) {
  CacheFolder folder;
  std::error_code ec;
  auto canonical = fs::weakly_canonical(fs::absolute(root, ec), ec);
  folder.root = (ec ? fs::absolute(root).lexically_normal() : canonical).string();
  struct stat st;
  if (::stat("/proc/self/exe", &st) == 0)
    folder.build = static_cast<uint64_t>(st.st_size) * 0x9E3779B185EBCA87ULL ^
                   static_cast<uint64_t>(st.st_mtim.tv_sec * 1'000'000'000 + st.st_mtim.tv_nsec) ^
                   (static_cast<uint64_t>(st.st_ino) << 17);
  folder.path = cache_home / "rel" / fmt::format("{:016x}", util::binary::checksum(folder.root));
  folder.sockets = runtime_home.empty() ? cache_home / "rel" / "sockets" : runtime_home / "rel";
  return folder;
}

}  // namespace rel::cache
