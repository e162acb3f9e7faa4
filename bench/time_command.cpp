// Runs a command once and prints its wall time in milliseconds and its peak resident memory
// in KiB, so that bench/run.sh needs neither GNU time nor a shell's own timer.
//
// Usage: rel-bench-time COMMAND [ARGS...]   (prints "MS KIB"; the command's output goes to /dev/null)
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s COMMAND [ARGS...]\n", argv[0]);
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    execvp(argv[1], argv + 1);
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  if (pid < 0 || wait4(pid, &status, 0, &usage) < 0) {
    std::perror("rel-bench-time");
    return 1;
  }
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("%.2f %ld\n", elapsed, usage.ru_maxrss);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "rel-bench-time: %s exited with status %d\n", argv[1], WEXITSTATUS(status));
    return 1;
  }
  return 0;
}
