// The rel binary: everything happens in rel::cli::run.
#include "rel/cli/app.hpp"

int main(int argc, char** argv) { return rel::cli::run(argc, argv); }
