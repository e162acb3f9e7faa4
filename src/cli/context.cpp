// The shared context of a run: today's date, terminal detection, the journal loaded once.
#include "rel/cli/context.hpp"

#include <unistd.h>

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <ostream>

namespace rel::cli {

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

const store::Journal& Context::journal() {
  if (!m_journal) {
    m_journal = std::make_unique<store::Journal>(store::load_journal(root()));
    for (const auto& problem : m_journal->problems) warn(problem.describe());
    if (!m_journal->bad_ids.empty())
      warn(fmt::format("skipped {} file{} with problems (see `rel check`)", m_journal->bad_ids.size(),
                       m_journal->bad_ids.size() == 1 ? "" : "s"));
  }
  return *m_journal;
}

void Context::warn(const std::string& message) const { err << "rel: warning: " << message << '\n'; }

}  // namespace rel::cli
