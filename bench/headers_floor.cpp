// The floor of a mail import: read the headers of every message of a maildir with a plain loop (one
// core, each file read up to the blank line that ends its headers), nothing else — no decoding, no
// journal. bench/activity.sh measures `rel import` of the maildir against it.
//
// Usage: rel-bench-headers MAILDIR   (prints the number of messages and of header bytes read)
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s MAILDIR\n", argv[0]);
    return 2;
  }
  long messages = 0;
  long bytes = 0;
  char buffer[8192];
  for (const char* sub : {"/cur", "/new"}) {
    std::string folder = std::string(argv[1]) + sub;
    DIR* dir = opendir(folder.c_str());
    if (!dir) continue;
    while (dirent* entry = readdir(dir)) {
      if (entry->d_name[0] == '.') continue;
      int fd = open((folder + "/" + entry->d_name).c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) continue;
      ++messages;
      std::string head;
      ssize_t n = 0;
      while ((n = read(fd, buffer, sizeof buffer)) > 0) {
        head.append(buffer, static_cast<size_t>(n));
        auto end = head.find("\r\n\r\n");
        if (end == std::string::npos) end = head.find("\n\n");
        if (end != std::string::npos) {
          head.resize(end);
          break;
        }
      }
      bytes += static_cast<long>(head.size());
      close(fd);
    }
    closedir(dir);
  }
  std::printf("%ld messages, %ld header bytes\n", messages, bytes);
  return 0;
}
