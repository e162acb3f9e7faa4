// The one error type of rel: a message and, where it has one, a place in a file.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace rel {

// A position in a file; line and column count from 1, 0 means unknown.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
  bool operator==(const Location&) const = default;
};

// One problem found in a file: `FILE:LINE:COL: message`.
struct Diagnostic {
  Location where;
  std::string message;
  std::string describe() const;
  bool operator==(const Diagnostic&) const = default;
};

// Exit status a failure maps to: data/I-O errors are 1, usage errors 2.
enum class ErrorKind { data = 1, usage = 2 };

class Error : public std::runtime_error {
 public:
  explicit Error(std::string message, ErrorKind kind = ErrorKind::data);
  Error(Location where, std::string message, ErrorKind kind = ErrorKind::data);
  explicit Error(std::vector<Diagnostic> problems);

  ErrorKind kind() const { return m_kind; }
  // Every problem behind this error, at least one.
  const std::vector<Diagnostic>& problems() const { return m_problems; }

 private:
  ErrorKind m_kind;
  std::vector<Diagnostic> m_problems;
};

// A mistake on the command line (exit status 2).
class UsageError : public Error {
 public:
  explicit UsageError(std::string message) : Error(std::move(message), ErrorKind::usage) {}
};

}  // namespace rel
