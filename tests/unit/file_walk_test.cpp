// Tests of the journal walk: exactly the contact files, each stamped as stat(2) sees it, whichever
// thread stat'ed it.
#include "rel/journal/file_walk.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "rel/journal/journal.hpp"

namespace rel::journal {
namespace {

struct TempJournal {
  fs::path root = fs::temp_directory_path() / ("rel-walk-test-" + std::to_string(::getpid()));
  TempJournal() {
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~TempJournal() { fs::remove_all(root); }
  void write(const fs::path& relative, const std::string& text) const {
    fs::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << text;
  }

  struct Nested {
    std::string id;   // folders/.../name
    FileStamp stamp;  // of the file, as stat(2) gives it
  };
  // `name`.yaml at the bottom of the folders `parts`, made one folder at a time (openat), since the
  // whole path may be longer than the system takes.
  Nested write_nested(const std::vector<std::string>& parts, const std::string& name, const std::string& text) const {
    fs::path relative;
    int dir_fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(dir_fd >= 0);
    for (const auto& part : parts) {
      relative /= part;
      REQUIRE(::mkdirat(dir_fd, part.c_str(), 0700) == 0);
      int sub = ::openat(dir_fd, part.c_str(), O_RDONLY | O_DIRECTORY);
      ::close(dir_fd);
      REQUIRE(sub >= 0);
      dir_fd = sub;
    }
    const auto file_name = name + ".yaml";
    int file = ::openat(dir_fd, file_name.c_str(), O_WRONLY | O_CREAT, 0600);
    REQUIRE(file >= 0);
    REQUIRE(::write(file, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(file);
    struct stat st;
    REQUIRE(::fstatat(dir_fd, file_name.c_str(), &st, 0) == 0);
    ::close(dir_fd);
    return {(relative / name).string(), stamp_of(st)};
  }
};

std::vector<std::string> ids_of(const std::vector<ContactFile>& files) {
  std::vector<std::string> ids;
  for (const auto& f : files) ids.push_back(f.id);
  return ids;
}

TEST_CASE("the walk stamps every contact file, in every folder, skipping dot-files and other names") {
  TempJournal j;
  // Enough files in the top folder and in a sub-folder for the stat calls to go to several threads
  // while the next folder is read.
  std::vector<std::string> expected;
  for (int i = 0; i < 1500; ++i) {
    expected.push_back(fmt::format("p{}", i));
    j.write(expected.back() + ".yaml", std::string(static_cast<size_t>(i % 7), 'x'));
  }
  for (int i = 0; i < 700; ++i) {
    expected.push_back(fmt::format("work/q{}", i));
    j.write(expected.back() + ".yaml", std::string(static_cast<size_t>(i % 5), 'y'));
  }
  j.write("sub/deeper/z.yaml", "name: Z\n");
  expected.push_back("sub/deeper/z");
  j.write(".rel.yaml", "");
  j.write(".git/x.yaml", "");
  j.write(".hidden.yaml", "");
  j.write("notes.txt", "");
  j.write(".yaml", "");
  fs::create_directories(j.root / "folder.yaml");
  std::sort(expected.begin(), expected.end());

  auto files = scan_contact_files(j.root);
  CHECK(ids_of(files) == expected);
  for (const auto& f : files) {
    struct stat st;
    REQUIRE(::stat(contact_path(j.root, f.id).c_str(), &st) == 0);
    CHECK(f.stamp == stamp_of(st));
    CHECK(f.stamp.size == static_cast<uint64_t>(st.st_size));
    CHECK(f.stamp.inode == static_cast<uint64_t>(st.st_ino));
  }

  auto unstamped = scan_contact_files(j.root, Stamps::skip);
  CHECK(ids_of(unstamped) == expected);
  CHECK(std::all_of(unstamped.begin(), unstamped.end(), [](const auto& f) { return f.stamp == FileStamp{}; }));
  CHECK(list_contact_ids(j.root) == expected);
}

TEST_CASE("the walk lists a link to a contact file but neither a dangling link nor a linked folder") {
  TempJournal j;
  j.write("alice.yaml", "name: Alice\n");
  j.write("elsewhere/bob.yaml", "name: Bob\n");
  fs::create_directories(j.root / ".store");
  j.write(".store/carol.yaml", "name: Carol\n");
  fs::create_symlink(j.root / ".store" / "carol.yaml", j.root / "carol.yaml");
  fs::create_symlink(j.root / "nowhere.yaml", j.root / "dangling.yaml");
  fs::create_directory_symlink(j.root / "elsewhere", j.root / "linked");

  const std::vector<std::string> expected{"alice", "carol", "elsewhere/bob"};
  auto files = scan_contact_files(j.root);
  CHECK(ids_of(files) == expected);
  struct stat target;
  REQUIRE(::stat((j.root / ".store" / "carol.yaml").c_str(), &target) == 0);
  CHECK(files[1].stamp == stamp_of(target));  // the file's own stamp, as an edit through the link changes it
  CHECK(ids_of(scan_contact_files(j.root, Stamps::skip)) == expected);
}

TEST_CASE("the walk lists a file deeper than the longest path the system takes whole") {
  TempJournal j;
  // 17 folders of 250 characters: the path inside the journal is over PATH_MAX (4096), each part fine.
  std::vector<std::string> parts;
  for (int level = 0; level < 17; ++level) parts.emplace_back(250, static_cast<char>('a' + level));
  const auto deep = j.write_nested(parts, "deep", "name: Deep\n");
  j.write("top.yaml", "name: Top\n");
  const std::string& deep_id = deep.id;
  REQUIRE(deep_id.size() > 4096);

  auto files = scan_contact_files(j.root);
  REQUIRE(ids_of(files) == std::vector<std::string>{deep_id, "top"});
  CHECK(files[0].stamp == deep.stamp);
  CHECK(ids_of(scan_contact_files(j.root, Stamps::skip)) == ids_of(files));
}

TEST_CASE("the walk goes as deep as folders nest, on a thread with a small stack") {
  TempJournal j;
  // 900 levels (each open while the walk is below it, as few descriptors as that takes), walked on
  // a thread with 128 KiB of stack, as WHO resolution walks on a thread of its own: a walk that
  // recursed per folder would overflow it.
  const auto bottom = j.write_nested(std::vector<std::string>(900, "d"), "bottom", "");
  j.write("top.yaml", "name: Top\n");

  struct Walk {
    fs::path root;
    std::vector<std::string> ids;
  } walk{j.root, {}};
  pthread_attr_t attributes;
  REQUIRE(pthread_attr_init(&attributes) == 0);
  REQUIRE(pthread_attr_setstacksize(&attributes, 128 * 1024) == 0);
  pthread_t thread;
  auto body = [](void* arg) -> void* {
    auto* w = static_cast<Walk*>(arg);
    w->ids = ids_of(scan_contact_files(w->root));
    return nullptr;
  };
  REQUIRE(pthread_create(&thread, &attributes, body, &walk) == 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
  CHECK(walk.ids == std::vector<std::string>{bottom.id, "top"});
}

TEST_CASE("the walk refuses a journal that is not a folder") {
  TempJournal j;
  CHECK_THROWS_AS(scan_contact_files(j.root / "missing"), Error);
  j.write("file", "");
  CHECK_THROWS_AS(scan_contact_files(j.root / "file"), Error);
}

}  // namespace
}  // namespace rel::journal
