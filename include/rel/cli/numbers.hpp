// Checks of numeric options that say in words what is expected (CLI11's own print a range to DBL_MAX).
#pragma once

#include <CLI/CLI.hpp>
#include <climits>

namespace rel::cli {

// A whole number from `low` to `high`: "expected a whole number from 0 to 3660, not \"-1\"" (or "of 1
// or more" when there is no upper bound to speak of).
CLI::Validator whole_number(long long low, long long high = INT_MAX);

// A number, fractions allowed, from `low` to `high`.
CLI::Validator decimal_number(double low, double high);

}  // namespace rel::cli
