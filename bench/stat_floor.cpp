// The floor for a warm `rel` run: walk the journal and stat every contact file, nothing else.
//
// Usage: rel-bench-stat DIR   (prints the number of files)
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

// Mirrors what any journal reader must do: readdir every folder (skipping dot-entries) and
// stat every `*.yaml` file.
long walk(int dir_fd) {
  DIR* dir = fdopendir(dir_fd);
  if (!dir) return 0;
  long files = 0;
  while (auto* entry = readdir(dir)) {
    const char* name = entry->d_name;
    if (name[0] == '.') continue;
    if (entry->d_type == DT_DIR) {
      int sub = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (sub >= 0) files += walk(sub);
      continue;
    }
    size_t length = std::strlen(name);
    if (length < 5 || std::strcmp(name + length - 5, ".yaml") != 0) continue;
    struct stat st;
    if (fstatat(dir_fd, name, &st, 0) == 0 && S_ISREG(st.st_mode)) ++files;
  }
  closedir(dir);
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  int fd = open(argv[1], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    std::perror(argv[1]);
    return 1;
  }
  std::printf("%ld\n", walk(fd));
  return 0;
}
