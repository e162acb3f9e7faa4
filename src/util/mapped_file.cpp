// Mapping a file read-only, for derived files read far more often than written.
#include "rel/util/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rel::util {

MappedFile::MappedFile(const std::filesystem::path& path, Populate populate) {
  // O_NONBLOCK: a FIFO put in a derived file's place must not block the run (it is then not mapped).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    int flags = MAP_PRIVATE | (populate == Populate::all ? MAP_POPULATE : 0);
    void* data = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, flags, fd, 0);
    if (data != MAP_FAILED) {
      m_data = data;
      m_size = static_cast<size_t>(st.st_size);
    }
  }
  ::close(fd);
}

MappedFile::~MappedFile() {
  if (m_data) munmap(m_data, m_size);
}

}  // namespace rel::util
