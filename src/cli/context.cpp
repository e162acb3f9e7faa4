// The shared context of a run: today's date, terminal detection, the journal loaded once.
#include "rel/cli/context.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <ostream>

using namespace std::chrono_literals;

namespace rel::cli {
namespace {

// What WHO is resolved against: names read from the index come with their keys folded already.
Candidate candidate_of(const Candidate& names) { return names; }
Candidate candidate_of(const Contact& contact) {
  return {contact.id, contact.name, {contact.aka.begin(), contact.aka.end()}};
}

}  // namespace

Date today_from_environment() {
  if (const char* fixed = std::getenv("REL_TODAY"); fixed && *fixed) {
    auto date = Date::parse_iso(fixed);
    if (!date) throw UsageError(fmt::format("REL_TODAY=\"{}\" is not a date (expected YYYY-MM-DD)", fixed));
    return *date;
  }
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return *Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
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

const journal::Journal& Context::journal(cache::Detail detail) {
  if (m_journal && m_journal_detail == cache::Detail::listing && detail == cache::Detail::full) {
    // Rare (no command asks for both): the lean journal is dropped, not freed, like at exit.
#if defined(REL_SANITIZED)
    m_journal.reset();
#else
    (void)m_journal.release();
#endif
    if (!m_names) m_candidates.reset();  // they were views of it
  }
  if (!m_journal) {
    cache::LoadOptions options;
    options.cache = cache::Cache::use;
    options.detail = detail;
    m_journal_detail = detail;
    // A cold load of a large journal takes seconds: say so, but only to a person at a terminal.
    const auto start = std::chrono::steady_clock::now();
    auto last = start;
    bool shown = false;
    options.progress = [&](size_t done, size_t total) {
      if (!stderr_is_tty) return;
      if (done == total) {
        if (shown) err << "\r\033[K" << std::flush;
        return;
      }
      const auto now = std::chrono::steady_clock::now();
      if (now - start < 1s || (shown && now - last < 100ms)) return;
      last = now;
      shown = true;
      err << fmt::format("\rrel: reading {}/{} files", done, total) << std::flush;
    };
    m_journal = std::make_unique<journal::Journal>(cache::load_journal(root(), options));
    warn_about_journal(m_journal->problems, m_journal->bad_ids.size());
  }
  return *m_journal;
}

const cache::JournalNames* Context::journal_names() {
  if (!m_names_tried && !m_journal) {
    m_names_tried = true;
    m_names = cache::load_journal_names(root());
    if (m_names) warn_about_journal(m_names->problems, m_names->bad_ids.size());
  }
  return m_names ? &*m_names : nullptr;
}

const std::vector<Candidate>& Context::candidates() {
  if (m_candidates) return *m_candidates;
  // A file with problems can still be named by its id (to `rel edit` it, say).
  auto add_all = [](std::vector<Candidate>& to, const auto& contacts, const std::vector<std::string>& bad_ids) {
    to.reserve(contacts.size() + bad_ids.size());
    for (const auto& c : contacts) to.push_back(candidate_of(c));
    for (const auto& id : bad_ids) to.push_back({id, id, {}});
  };
  if (const auto* names = journal_names()) {
    if (names->bad_ids.empty()) return names->contacts;  // the usual case: no copy of thousands of names
    add_all(m_candidates.emplace(), names->contacts, names->bad_ids);
  } else {
    const auto& loaded = journal();
    add_all(m_candidates.emplace(), loaded.contacts, loaded.bad_ids);
  }
  return *m_candidates;
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
