// Formatting of errors and diagnostics as `FILE:LINE:COL: message`.
#include "rel/core/error.hpp"

#include <fmt/format.h>

namespace rel {

std::string Diagnostic::describe() const {
  if (where.file.empty()) return message;
  if (where.line == 0) return fmt::format("{}: {}", where.file, message);
  if (where.column == 0) return fmt::format("{}:{}: {}", where.file, where.line, message);
  return fmt::format("{}:{}:{}: {}", where.file, where.line, where.column, message);
}

namespace {
std::string join_problems(const std::vector<Diagnostic>& problems) {
  std::string text;
  for (const auto& p : problems) {
    if (!text.empty()) text += '\n';
    text += p.describe();
  }
  return text;
}
}  // namespace

Error::Error(std::string message, ErrorKind kind)
    : std::runtime_error(message), m_kind(kind), m_problems{{Location{}, std::move(message)}} {}

Error::Error(Location where, std::string message, ErrorKind kind)
    : std::runtime_error(Diagnostic{where, message}.describe()),
      m_kind(kind),
      m_problems{{std::move(where), std::move(message)}} {}

Error::Error(std::vector<Diagnostic> problems)
    : std::runtime_error(join_problems(problems)), m_kind(ErrorKind::data), m_problems(std::move(problems)) {}

}  // namespace rel
