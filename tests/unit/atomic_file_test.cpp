// Tests of the one atomic file writer, as derived files use it.
#include "rel/util/atomic_file.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iterator>

#include "rel/journal/journal.hpp"

namespace rel::util {

using journal::read_text_file;

TEST_CASE("a cache file is replaced whole, whether or not it was there, leaving no temporary file") {
  auto folder = fs::temp_directory_path() / ("rel-cache-file-test-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  auto path = folder / "sub" / "cache";
  auto contents = [&] { return read_text_file(path, "cache"); };

  write_derived_file(
      path, std::vector<std::string_view>{"first"});  // the folder is created, and there is nothing to exchange with
  CHECK(contents() == "first");
  struct stat before;
  REQUIRE(::stat(path.c_str(), &before) == 0);
  write_derived_file(path, std::vector<std::string_view>{"second, ", "longer"});
  CHECK(contents() == "second, longer");
  struct stat after;
  REQUIRE(::stat(path.c_str(), &after) == 0);
  CHECK(after.st_ino != before.st_ino);  // a new file took the name: a reader of the old one reads it whole
  write_derived_file(path, std::vector<std::string_view>{});
  CHECK(contents().empty());
  CHECK(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator()) == 1);
  fs::remove_all(folder);
}

}  // namespace rel::util
