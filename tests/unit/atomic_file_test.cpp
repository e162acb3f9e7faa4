// Tests of the one atomic file writer, as derived files use it.
#include "rel/util/atomic_file.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

#include "rel/core/error.hpp"
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

TEST_CASE("many files are written at once, each whole, keeping modes, leaving no temporary file") {
  auto folder = fs::temp_directory_path() / ("rel-batch-write-test-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder / "sub");
  std::vector<std::string> texts;
  std::vector<FileWrite> files;
  for (int k = 0; k < 300; ++k) texts.push_back(fmt::format("name: Person {}\n", k));
  for (int k = 0; k < 300; ++k)
    files.push_back({folder / (k % 2 ? "sub" : "") / fmt::format("p{}.yaml", k), texts[k], Replace::never});
  {
    std::ofstream old(folder / "sub" / "p1.yaml");
    old << "old";
  }
  ::chmod((folder / "sub" / "p1.yaml").c_str(), 0600);
  files[1].replace = Replace::allowed;
  write_files_atomically(files);
  for (int k = 0; k < 300; ++k) CHECK(read_text_file(files[k].path, "p") == texts[k]);
  struct stat st {};
  REQUIRE(::stat(files[1].path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  // A file that exists is never replaced through Replace::never: the call fails at it.
  CHECK_THROWS_AS(write_files_atomically({{files[0].path, "again", Replace::never}}), Error);
  CHECK(read_text_file(files[0].path, "p") == texts[0]);
  size_t entries = 0;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) entries += entry.is_regular_file() ? 1 : 0;
  CHECK(entries == 300);
  fs::remove_all(folder);
}

}  // namespace rel::util
