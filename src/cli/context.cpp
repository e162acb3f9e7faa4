// The shared context of a run: today's date, terminal detection, the journal looked at once.
#include "rel/cli/context.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <ostream>

#include "rel/util/clock.hpp"
#include "rel/watch/journal_files.hpp"

using namespace std::chrono_literals;

namespace rel::cli {
namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

// $REL_MONITOR: off never asks a watcher; on starts one when none answers; else (unset) a watcher is
// asked when one runs, and started only by `monitor: true` in .rel.yaml.
enum class MonitorUse { off, on, asked };
MonitorUse monitor_use() {
  const auto value = env("REL_MONITOR");
  if (value == "off" || value == "0" || value == "no") return MonitorUse::off;
  if (value == "on" || value == "1" || value == "yes") return MonitorUse::on;
  return MonitorUse::asked;
}

// $REL_PROGRESS_DELAY: milliseconds a long step runs before its progress line appears (default 1000).
std::chrono::milliseconds progress_delay() {
  const auto value = env("REL_PROGRESS_DELAY");
  if (!value || value->find_first_not_of("0123456789") != std::string::npos || value->size() > 6) return 1s;
  return std::chrono::milliseconds(std::stoi(*value));
}

}  // namespace

Date today_from_environment() {
  // Every window rel looks through (a year of history, a birthday's next occurrence, a period before
  // --since) must stay inside the calendar of years 1 to 9999, so today keeps well away from its ends.
  const Date earliest = *Date::from_ymd(today_first_year, 1, 1);
  const Date latest = *Date::from_ymd(today_last_year, 12, 31);
  if (const char* fixed = std::getenv("REL_TODAY"); fixed && *fixed) {
    auto date = Date::parse_iso(fixed);
    if (!date) throw UsageError(fmt::format("REL_TODAY=\"{}\" is not a date (expected YYYY-MM-DD)", fixed));
    if (*date < earliest || *date > latest)
      throw UsageError(fmt::format("REL_TODAY={} is outside the years rel works in ({} to {})", fixed, today_first_year,
                                   today_last_year));
    return *date;
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  auto date = Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  if (!date || *date < earliest || *date > latest)
    throw Error(fmt::format("the system clock says the year is {}, outside the years rel works in ({} to {})",
                            local.tm_year + 1900, today_first_year, today_last_year));
  return *date;
}

Context::Context(std::ostream& out_stream, std::ostream& err_stream) : out(out_stream), err(err_stream) {
  const char* no_colour = std::getenv("NO_COLOR");
  colour = ::isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
  stdin_is_tty = ::isatty(STDIN_FILENO);
  stderr_is_tty = ::isatty(STDERR_FILENO);
}

#if defined(__SANITIZE_ADDRESS__)
#define REL_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define REL_SANITIZED 1
#endif
#endif

Context::~Context() {
#if !defined(REL_SANITIZED)
  // A run ends with its context: freeing a large journal piece by piece only delays the exit, by
  // as much as a tenth of the run (the sanitizer build frees it, to keep leak checks meaningful).
  (void)m_journal.release();
#endif
}

const cache::CacheFolder* Context::cache_folder() {
  if (!m_cache_folder) {
    std::optional<std::filesystem::path> home;
    if (auto xdg = env("XDG_CACHE_HOME"))
      home = *xdg;
    else if (auto user = env("HOME"))
      home = std::filesystem::path(*user) / ".cache";
    // The watcher's socket goes in $XDG_RUNTIME_DIR, a private folder made for such things, when there
    // is one (a relative path is no place the next run can rely on).
    std::filesystem::path runtime;
    if (auto xdg = env("XDG_RUNTIME_DIR"); xdg && xdg->starts_with('/')) runtime = *xdg;
    m_cache_folder.emplace(home ? std::optional(cache::cache_folder(root(), *home, runtime)) : std::nullopt);
  }
  return *m_cache_folder ? &**m_cache_folder : nullptr;
}

const Settings& Context::settings() {
  if (!m_settings) m_settings = journal::load_settings(root(), m_settings_problems);
  return *m_settings;
}

const journal::FileListing& Context::files() {
  if (!m_files) {
    const auto use = monitor_use();
    const auto* folder = cache_folder();
    const auto root_path = root();
    if (use == MonitorUse::off || !folder) {
      m_files.emplace();
      m_files->started_ns = util::coarse_now_ns();
      m_files->files = journal::scan_contact_files(root_path);
    } else {
      journal::require_journal(root_path);
      std::optional<std::filesystem::path> start;
      if (use == MonitorUse::on || settings().monitor) start = "/proc/self/exe";
      m_files = watch::list_files(root_path, *folder, start);
    }
  }
  return *m_files;
}

cache::Progress Context::progress(std::string doing, std::string things) {
  struct Shown {
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last = start;
    bool shown = false;
  };
  return [this, shown = std::make_shared<Shown>(), delay = progress_delay(), doing = std::move(doing),
          things = std::move(things)](size_t done, size_t total) {
    if (!stderr_is_tty) return;
    if (done == total) {
      if (shown->shown) err << "\r\033[K" << std::flush;
      return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - shown->start < delay || (shown->shown && now - shown->last < 100ms)) return;
    shown->last = now;
    shown->shown = true;
    err << fmt::format("\rrel: {} {}/{} {}", doing, done, total, things) << std::flush;
  };
}

const journal::Journal& Context::journal(cache::Detail detail) {
  if (m_journal && m_journal_detail == cache::Detail::listing && detail == cache::Detail::full) {
    // Rare (no command asks for both): the lean journal is dropped, not freed, like at exit.
#if defined(REL_SANITIZED)
    m_journal.reset();
#else
    (void)m_journal.release();
#endif
  }
  if (!m_journal) {
    m_journal_detail = detail;
    const auto& listed = files();
    auto look = cache::load_contacts(root(), listed, cache_folder(), detail, progress());
    m_journal = std::make_unique<journal::Journal>();
    m_journal->root = root();
    m_journal->settings = settings();
    m_journal->problems = m_settings_problems;
    m_journal->problems.insert(m_journal->problems.end(), look.problems.begin(), look.problems.end());
    m_journal->contacts = std::move(look.contacts);
    m_journal->bad_ids = std::move(look.bad_ids);
    warn_about_journal(m_journal->problems, m_journal->bad_ids.size());
  }
  return *m_journal;
}

cache::Look<cache::Assessment> Context::assessments() {
  const auto& listed = files();
  const auto& config = settings();
  auto look = cache::assess_journal(root(), listed, cache_folder(), config, today, progress());
  auto problems = m_settings_problems;
  problems.insert(problems.end(), look.problems.begin(), look.problems.end());
  warn_about_journal(problems, look.bad_ids.size());
  return look;
}

const cache::JournalNames& Context::journal_names() {
  if (!m_names) {
    settings();
    m_names = cache::load_names(root(), files(), cache_folder());
    auto problems = m_settings_problems;
    problems.insert(problems.end(), m_names->problems.begin(), m_names->problems.end());
    warn_about_journal(problems, m_names->bad_ids.size());
  }
  return *m_names;
}

const std::vector<Candidate>& Context::candidates() {
  if (m_candidates) return *m_candidates;
  const auto& names = journal_names();
  if (names.bad_ids.empty()) return names.contacts;  // the usual case: no copy of thousands of names
  // A file with problems can still be named by its id (to `rel edit` it, say).
  auto& all = m_candidates.emplace();
  all.reserve(names.contacts.size() + names.bad_ids.size());
  all.insert(all.end(), names.contacts.begin(), names.contacts.end());
  for (const auto& id : names.bad_ids) all.push_back({id, id, {}});
  return all;
}

const Contact& Context::contact_file(const std::string& id) {
  auto it = m_contact_files.find(id);
  if (it == m_contact_files.end()) it = m_contact_files.emplace(id, journal::load_contact(root(), id)).first;
  return it->second;
}

void Context::warn_about_journal(const std::vector<Diagnostic>& problems, size_t bad_files) {
  // Once per run: the first look at the journal that finds a problem tells (a later, closer look, as
  // WHO resolution may take, would only repeat it).
  if (m_warned || (problems.empty() && bad_files == 0)) return;
  m_warned = true;
  for (const auto& problem : problems) warn(problem.describe());
  if (bad_files > 0)
    warn(fmt::format("skipped {} file{} with problems (see `rel check`)", bad_files, bad_files == 1 ? "" : "s"));
}

void Context::warn(const std::string& message) const { err << "rel: warning: " << message << '\n'; }

}  // namespace rel::cli
