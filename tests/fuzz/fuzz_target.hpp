// What every fuzz target shares: the libFuzzer entry point, and a check that stops the run (so that
// libFuzzer, or the replay driver, reports the input) when an invariant does not hold.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace rel::fuzz {

[[noreturn]] inline void broken(const char* invariant, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, invariant);
  std::abort();
}

inline std::string_view text_of(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// How many lines `text` has: a line ends at LF, CRLF or a CR alone (old Mac files; the readers say so).
inline size_t line_count(std::string_view text) {
  size_t lines = 1;
  for (size_t k = 0; k < text.size(); ++k)
    if (text[k] == '\n' || (text[k] == '\r' && (k + 1 == text.size() || text[k + 1] != '\n'))) ++lines;
  return lines;
}

}  // namespace rel::fuzz

#define REL_FUZZ_CHECK(condition) ((condition) ? (void)0 : ::rel::fuzz::broken(#condition, __FILE__, __LINE__))
