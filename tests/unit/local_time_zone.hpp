// Setting the process's time zone (TZ) for one test and restoring it after, for readers that give
// local times.
#pragma once

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace rel {

class LocalTimeZone {
 public:
  explicit LocalTimeZone(const char* zone) {
    if (const char* old = std::getenv("TZ")) m_saved = old;
    ::setenv("TZ", zone, 1);
    ::tzset();
  }
  ~LocalTimeZone() {
    if (m_saved)
      ::setenv("TZ", m_saved->c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }
  LocalTimeZone(const LocalTimeZone&) = delete;
  LocalTimeZone& operator=(const LocalTimeZone&) = delete;

 private:
  std::optional<std::string> m_saved;
};

}  // namespace rel
