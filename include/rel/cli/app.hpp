// The command line of rel: parsing, dispatch, and the one place errors are printed.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace rel::cli {

// Runs rel with `args` (without the program name); returns the exit status:
// 0 success, 1 data or I/O error, 2 usage error.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

int run(int argc, char** argv);

}  // namespace rel::cli
