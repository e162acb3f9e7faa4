// Tests of the derived index: its binary format round-trips every field, and any damage is detected.
#include "rel/cache/index.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

#include "rel/cache/cached_load.hpp"
#include "rel/journal/journal.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/mapped_file.hpp"

namespace rel::cache {
using namespace journal;
using namespace util;

namespace {

Contact full_contact() {
  Contact c;
  c.id = "work/alice-chen";
  c.name = "Alice Chén";
  c.aka = {"Ali", "A.C."};
  c.tags = {"client", "acme"};
  c.cadence_days = 14;
  c.since = Date::from_ymd(2019, 3, 1);
  c.emails = {"alice@example.com", "ali@acme.example"};
  c.phones = {"+1 555 0100"};
  c.org = "Acme";
  c.title = "COO";
  c.status = ContactStatus::dormant;
  c.snooze = Date::from_ymd(2027, 1, 15);
  c.uid = {"urn:uuid:1"};
  c.dates = {{"birthday", 3, 14, 1985}, {"anniversary", 2, 29, std::nullopt}};
  c.details = {{"spouse", "Ben"}, {"kids", "Maya (7)\nLeo (4)"}};
  c.promises = {{"send the agenda", Date::from_ymd(2026, 11, 1), Date::from_ymd(2026, 11, 8), std::nullopt, By::me},
                {"intro to Sofia", std::nullopt, std::nullopt, Date::from_ymd(2026, 10, 2), By::them}};
  c.log = {{Timestamp{*Date::from_ymd(2026, 11, 20), 9 * 60 + 30}, Via::call, By::them, {"ben"}, "Talked: Q3", "ics:1"},
           {Timestamp{*Date::from_ymd(2026, 1, 2), std::nullopt}, Via::social, By::me, {}, "", {}}};
  c.extra = {{"linkedin", "alice-c"}};
  return c;
}

LoadedFile good_file() {
  LoadedFile f;
  f.id = "work/alice-chen";
  f.stamp = {1234, 1'700'000'000'123'456'789, 42, 1'700'000'001'000'000'001};
  f.contact = full_contact();
  return f;
}

LoadedFile bad_file() {
  LoadedFile f;
  f.id = "zed";
  f.stamp = {7, -1, 99, 5};
  Diagnostic date;
  date.where = {"zed.yaml", 3, 9};
  date.message = "invalid date \"2024-13-01\"";
  Diagnostic name;
  name.where.file = "zed.yaml";
  name.message = "no name";
  f.problems.push_back(date);
  f.problems.push_back(name);
  return f;
}

const IndexKey key{"/home/me/rel", 0xfeedULL};

std::vector<LoadedFile> round_trip(const std::vector<LoadedFile>& files, std::string* bytes_out = nullptr) {
  std::vector<const LoadedFile*> refs;
  for (const auto& f : files) refs.push_back(&f);
  auto bytes = encode_index(key, refs);
  if (bytes_out) *bytes_out = bytes;
  auto table = decode_index_table(bytes, key);
  REQUIRE(table);
  std::vector<LoadedFile> out;
  for (const auto& entry : table->entries) {
    auto loaded = decode_index_entry(entry);
    REQUIRE(loaded);
    out.push_back(*loaded);
  }
  return out;
}

}  // namespace

TEST_CASE("the index round-trips every field of a contact and every problem of a bad file") {
  std::vector<LoadedFile> files = {good_file(), bad_file()};
  CHECK(round_trip(files) == files);

  SUBCASE("an empty contact and an empty journal") {
    LoadedFile empty;
    empty.id = "a";
    empty.contact = Contact{};
    empty.contact->id = "a";
    CHECK(round_trip({empty}) == std::vector<LoadedFile>{empty});
    CHECK(round_trip({}).empty());
  }
}

TEST_CASE("the index table carries names and akas for WHO resolution without decoding bodies") {
  std::string bytes;
  round_trip({good_file(), bad_file()}, &bytes);
  auto table = decode_index_table(bytes, key);
  REQUIRE(table);
  REQUIRE(table->entries.size() == 2);
  CHECK(table->entries[0].name == "Alice Chén");
  CHECK(table->entries[0].aka == std::vector<std::string_view>{"Ali", "A.C."});
  // Folded once when written, so that resolving WHO does not fold every name of the journal again.
  CHECK(table->entries[0].folded == "alice chen\nali\na.c.");
  CHECK(table->entries[1].folded.empty());
  CHECK_FALSE(table->entries[0].bad);
  CHECK(table->entries[1].bad);
  CHECK(table->entries[1].stamp == FileStamp{7, -1, 99, 5});
}

TEST_CASE("a damaged index is refused, never half-read") {
  std::string bytes;
  round_trip({good_file(), bad_file()}, &bytes);

  SUBCASE("every truncation") {
    for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(decode_index_table(bytes.substr(0, n), key));
  }
  SUBCASE("every flipped byte") {
    for (size_t i = 0; i < bytes.size(); ++i) {
      auto damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ 0x20);
      CHECK_FALSE(decode_index_table(damaged, key));
    }
  }
  SUBCASE("another journal or another build of rel") {
    CHECK_FALSE(decode_index_table(bytes, IndexKey{"/home/me/other", key.build}));
    CHECK_FALSE(decode_index_table(bytes, IndexKey{key.root, key.build + 1}));
  }
  SUBCASE("trailing bytes") { CHECK_FALSE(decode_index_table(bytes + "x", key)); }
}

TEST_CASE("loading through the index gives the same journal as parsing every file") {
  auto base = fs::temp_directory_path() / ("rel-index-test-" + std::to_string(::getpid()));
  fs::remove_all(base);
  auto root = base / "journal";
  fs::create_directories(root / "work");
  std::ofstream(root / "work" / "alice.yaml") << "name: Alice\naka: [Al]\nlog:\n  - date: 2026-01-02\n    via: call\n";
  std::ofstream(root / "ben.yaml") << "name: Ben\ntags: [family]\n";
  std::ofstream(root / "broken.yaml") << "name: Broken\nsince: 2024-13-01\n";
  const char* old_cache = std::getenv("XDG_CACHE_HOME");
  std::string saved = old_cache ? old_cache : "";
  ::setenv("XDG_CACHE_HOME", (base / "cache").c_str(), 1);

  // Files changed within the kernel's clock tick of a load are not cached yet (they may change again unseen).
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  auto plain = journal::load_journal(root);
  LoadOptions options;
  options.cache = Cache::use;
  auto first = load_journal(root, options);   // parses, writes the index
  auto second = load_journal(root, options);  // reads the index
  for (const auto* j : {&first, &second}) {
    CHECK(j->contacts == plain.contacts);
    CHECK(j->problems == plain.problems);
    CHECK(j->bad_ids == plain.bad_ids);
  }
  auto folder = index_folder(root);
  REQUIRE(folder);
  CHECK(folder->string().rfind((base / "cache" / "rel").string(), 0) == 0);
  CHECK(fs::exists(*folder / "index"));

  auto names = load_journal_names(root);
  REQUIRE(names);
  REQUIRE(names->contacts.size() == 2);
  CHECK(names->contacts[0].id == "ben");
  CHECK(names->contacts[1].aka == std::vector<std::string_view>{"Al"});
  CHECK(names->contacts[1].folded == "alice\nal");
  CHECK(names->bad_ids == plain.bad_ids);
  CHECK(names->problems == plain.problems);

  if (old_cache)
    ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  else
    ::unsetenv("XDG_CACHE_HOME");
  fs::remove_all(base);
}

TEST_CASE("a cache file is replaced whole, whether or not it was there, leaving no temporary file") {
  auto folder = fs::temp_directory_path() / ("rel-cache-file-test-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  auto path = folder / "sub" / "cache";
  auto contents = [&] { return read_text_file(path, "cache"); };

  write_derived_file(path, "first");  // the folder is created, and there is nothing to exchange with
  CHECK(contents() == "first");
  struct stat before;
  REQUIRE(::stat(path.c_str(), &before) == 0);
  write_derived_file(path, "second, longer");
  CHECK(contents() == "second, longer");
  struct stat after;
  REQUIRE(::stat(path.c_str(), &after) == 0);
  CHECK(after.st_ino != before.st_ino);  // a new file took the name: a reader of the old one reads it whole
  write_derived_file(path, "");
  CHECK(contents().empty());
  CHECK(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator()) == 1);
  fs::remove_all(folder);
}

}  // namespace rel::cache
