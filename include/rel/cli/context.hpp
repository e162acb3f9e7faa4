// What every subcommand shares: global options, streams, today, and the journal.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "rel/core/date.hpp"
#include "rel/store/journal.hpp"

namespace rel::cli {

struct Context {
  Context(std::ostream& out, std::ostream& err);

  // Global options.
  std::string dir;  // --dir; empty when not given

  std::ostream& out;
  std::ostream& err;
  Date today;             // REL_TODAY, else the local date
  bool colour = false;    // stdout is a terminal and NO_COLOR is unset
  bool stdin_is_tty = false;
  bool stderr_is_tty = false;
  int exit_status = 0;    // set by a command that succeeds yet reports "nothing found" (search: 1, like grep)

  std::filesystem::path root() const {
    return store::locate_journal(dir.empty() ? std::nullopt : std::optional<std::string>(dir));
  }

  // Loads every contact once; warns on stderr about each bad file and goes on.
  const store::Journal& journal();

  // Prints a warning line: "rel: warning: ...".
  void warn(const std::string& message) const;

 private:
  std::unique_ptr<store::Journal> m_journal;
};

// Today from REL_TODAY (exactly YYYY-MM-DD) or the local clock; throws on a bad REL_TODAY.
Date today_from_environment();

}  // namespace rel::cli
