// What every subcommand shares: global options, streams, today, and the journal.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rel/cache/cached_load.hpp"
#include "rel/core/date.hpp"
#include "rel/journal/journal.hpp"

namespace rel::cli {

struct Context {
  Context(std::ostream& out, std::ostream& err);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  // Global options.
  std::string dir;  // --dir; empty when not given

  std::ostream& out;
  std::ostream& err;
  Date today;           // REL_TODAY, else the local date
  bool colour = false;  // stdout is a terminal and NO_COLOR is unset
  bool stdin_is_tty = false;
  bool stderr_is_tty = false;
  int exit_status = 0;  // set by a command that succeeds yet reports "nothing found" (search: 1, like grep)

  std::filesystem::path root() const {
    return journal::locate_journal(dir.empty() ? std::nullopt : std::optional<std::string>(dir));
  }

  // Loads every contact once (through the index, parsing changed files on every core); warns on
  // stderr about each bad file and goes on.
  // Detail::listing is for listings, which print no notes, details or `with:` (see cache::Detail): a
  // lighter load (and a later call with Detail::full loads again, whole).
  const journal::Journal& journal(cache::Detail detail = cache::Detail::full);

  // The ids, names and akas of every contact, read from the index when it is fresh: every file is
  // stat'ed, as a load does, and only the few changed since are parsed (warning about bad files like
  // journal()); nullptr when it is not: then use journal().
  const cache::JournalNames* journal_names();

  // What WHO is matched against: every contact (bad files by their id), from journal_names() when the
  // index is fresh, else from journal(); built once.
  const std::vector<Candidate>& candidates();

  // One contact parsed from its own file, kept for the run; throws the file's problems.
  const Contact& contact_file(const std::string& id);

  // Prints a warning line: "rel: warning: ...".
  void warn(const std::string& message) const;

  // Warns once per run about the journal's problems and bad files, as journal() does; for a command
  // that takes them from a cache of its own (who-to-call's results) instead of loading the journal.
  void warn_about_journal(const std::vector<Diagnostic>& problems, size_t bad_files);

 private:
  std::unique_ptr<journal::Journal> m_journal;
  cache::Detail m_journal_detail = cache::Detail::full;
  bool m_names_tried = false;
  std::optional<cache::JournalNames> m_names;
  std::optional<std::vector<Candidate>> m_candidates;  // when they are not m_names->contacts as they are
  bool m_warned = false;
  std::map<std::string, Contact> m_contact_files;
};

// Today from REL_TODAY (exactly YYYY-MM-DD) or the local clock; throws on a bad REL_TODAY.
Date today_from_environment();

}  // namespace rel::cli
