// Running $VISUAL or $EDITOR as a child process, without a shell.
#include "rel/cli/editor.hpp"

#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "rel/core/error.hpp"

namespace rel::cli {

std::filesystem::path temporary_file(const std::string& stem, const std::string& suffix) {
  const char* tmpdir = std::getenv("TMPDIR");
  auto pattern =
      (std::filesystem::path(tmpdir && *tmpdir ? tmpdir : "/tmp") / fmt::format("{}-XXXXXX{}", stem, suffix)).string();
  int fd = ::mkstemps(pattern.data(), static_cast<int>(suffix.size()));
  if (fd < 0) throw Error("cannot create a temporary file for the editor");
  ::close(fd);
  return pattern;
}

void run_editor(const std::filesystem::path& path) {
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  if (!editor || !*editor) editor = "vi";
  std::vector<std::string> words;
  std::istringstream split(editor);
  for (std::string w; split >> w;) words.push_back(w);
  words.push_back(path.string());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) throw Error("cannot start the editor");
  if (pid == 0) {
    ::execvp(argv[0], argv.data());
    std::_Exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw Error("cannot wait for the editor");
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Error(fmt::format("the editor \"{}\" failed (exit status {}); nothing changed", editor,
                            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)));
}

std::string edit_text_in_editor(const std::string& initial, const std::string& instructions) {
  const auto path = temporary_file("rel-note", ".txt");
  {
    std::ofstream out(path);
    out << initial << "\n" << instructions;
  }
  try {
    run_editor(path);
  } catch (...) {
    std::filesystem::remove(path);
    throw;
  }
  std::ifstream in(path);
  std::string text, line;
  while (std::getline(in, line))
    if (!line.starts_with("#")) text += line + "\n";
  std::filesystem::remove(path);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace rel::cli
