// Checks of numeric options, with messages a person reads: what was expected, and what was given.
#include "rel/cli/numbers.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <string>

namespace rel::cli {
namespace {

std::string range_text(long long low, long long high) {
  if (high == INT_MAX) return fmt::format("of {} or more", low);
  return fmt::format("from {} to {}", low, high);
}

}  // namespace

CLI::Validator whole_number(long long low, long long high) {
  // CLI11 prefixes the option's name: "-n: expected a whole number of 1 or more, not \"-1\"".
  CLI::Validator check(
      [low, high](std::string& value) -> std::string {
        long long n = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || end != value.data() + value.size() || n < low || n > high)
          return fmt::format("expected a whole number {}, not \"{}\"", range_text(low, high), value);
        return {};
      },
      "");
  return check;
}

CLI::Validator decimal_number(double low, double high) {
  CLI::Validator check(
      [low, high](std::string& value) -> std::string {
        double x = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
        if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(x) || x < low || x > high)
          return fmt::format("expected a number from {} to {}, not \"{}\"", low, high, value);
        return {};
      },
      "");
  return check;
}

}  // namespace rel::cli
