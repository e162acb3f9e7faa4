// What every subcommand shares: global options, streams, today, and the journal — its settings, its
// files, and the looks at them through the cache, each taken once per run.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rel/cache/cache_folder.hpp"
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

  // The journal's cache folder, ${XDG_CACHE_HOME:-$HOME/.cache}/rel/…; nullptr when neither variable
  // is set (then every look parses every file).
  const cache::CacheFolder* cache_folder();

  // The journal's settings (.rel.yaml), read once; its problems are warned about with the journal's.
  const Settings& settings();

  // Every contact file as it is now, listed once: by a walk, or by asking the watcher what changed
  // since the last walk when one runs ($REL_MONITOR=off: never asked). A watcher is started only when
  // the user asked for one (`monitor: true` in .rel.yaml, or $REL_MONITOR=on).
  const journal::FileListing& files();

  // Loads every contact once (through the index, parsing changed files on every core); warns on
  // stderr about each bad file and goes on. Detail::listing is for listings, which print no notes,
  // details or `with:` (a later call with Detail::full loads again, whole).
  const journal::Journal& journal(cache::Detail detail = cache::Detail::full);

  // Every contact's who-to-call assessment as of today (see cache::assess_journal); warns as journal().
  cache::Look<cache::Assessment> assessments();

  // The ids, names and akas of every contact, from the index (only files changed since are parsed);
  // warns about bad files like journal(). Taken once.
  const cache::JournalNames& journal_names();

  // What WHO is matched against: every contact (bad files by their id); built once.
  const std::vector<Candidate>& candidates();

  // One contact parsed from its own file, kept for the run; throws the file's problems.
  const Contact& contact_file(const std::string& id);

  // A progress line on stderr ("rel: reading 1200/10000 files") while a long step runs past a
  // second, only to a person at a terminal; cleared when the step is done.
  cache::Progress progress(std::string doing = "reading", std::string things = "files");

  // Prints a warning line: "rel: warning: ...".
  void warn(const std::string& message) const;

  // Warns once per run about the journal's problems (those of .rel.yaml first) and bad files.
  void warn_about_journal(const std::vector<Diagnostic>& problems, size_t bad_files);

 private:
  std::optional<std::optional<cache::CacheFolder>> m_cache_folder;
  std::optional<Settings> m_settings;
  std::vector<Diagnostic> m_settings_problems;
  std::optional<journal::FileListing> m_files;
  std::unique_ptr<journal::Journal> m_journal;
  cache::Detail m_journal_detail = cache::Detail::full;
  std::optional<cache::JournalNames> m_names;
  std::optional<std::vector<Candidate>> m_candidates;  // when they are not m_names->contacts as they are
  bool m_warned = false;
  std::map<std::string, Contact> m_contact_files;
};

// The years today may fall in (REL_TODAY or the clock): far enough inside the calendar's 1 to 9999 that
// no window of dates around today reaches past its ends.
inline constexpr int today_first_year = 1900;
inline constexpr int today_last_year = 9000;

// Today from REL_TODAY (exactly YYYY-MM-DD) or the local clock; throws on a bad REL_TODAY, or a today
// outside today_first_year to today_last_year.
Date today_from_environment();

}  // namespace rel::cli
