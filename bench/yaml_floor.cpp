// The floor for a cold `rel` run: read and parse every contact file with yaml-cpp on one core.
//
// Usage: rel-bench-yaml DIR   (prints the number of files and of bytes)
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  long files = 0;
  long bytes = 0;
  fs::recursive_directory_iterator it(argv[1]), end;
  for (; it != end; ++it) {
    const auto name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() != ".yaml" || !it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = std::move(buffer).str();  // one copy, as rel reads a file
    auto node = YAML::Load(text);
    if (!node.IsMap()) std::fprintf(stderr, "%s: not a map\n", it->path().c_str());
    ++files;
    bytes += static_cast<long>(text.size());
  }
  std::printf("%ld %ld\n", files, bytes);
  return 0;
}
