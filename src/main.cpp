// The rel binary: everything happens in rel::cli::run.
#include "rel/cli/app.hpp"
#include "rel/watch/monitor.hpp"

int main(int argc, char** argv) {
  // This program is rel: it may start itself as the journal's watcher (see rel monitor).
  rel::watch::allow_monitor_start("/proc/self/exe");
  return rel::cli::run(argc, argv);
}
