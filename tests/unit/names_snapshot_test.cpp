// Tests of the names snapshot: with a watcher running, WHO's view of the journal is taken from it and
// the files changed since, and is always what a walk and the index give.
#include "rel/watch/names_snapshot.hpp"

#include <doctest/doctest.h>

#include "rel/cache/cached_load.hpp"
#include "rel/journal/journal.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/mapped_file.hpp"
#include "watched_journal.hpp"

namespace rel::watch {
using namespace journal;
using namespace util;
using namespace cache;

namespace {

// What a JournalNames says, as one comparable text.
std::string describe(const JournalNames& names) {
  std::string out;
  for (const auto& c : names.contacts) out += fmt::format("{} | {} | {}\n", c.id, c.name, c.folded);
  for (size_t i = 0; i < names.bad_ids.size(); ++i)
    out += fmt::format("bad {} ({} problems)\n", names.bad_ids[i], names.problem_counts[i]);
  for (const auto& p : names.problems) out += p.describe() + '\n';
  return out;
}

// The names as a walk and the index give them, with no snapshot and no watcher.
std::string walked(const fs::path& root) {
  ::setenv("REL_MONITOR", "off", 1);
  load_journal(root, LoadOptions{Cache::use, Detail::full, {}});  // the index, fresh
  auto names = load_journal_names(root);
  ::setenv("REL_MONITOR", "on", 1);
  REQUIRE(names);
  return describe(*names);
}

fs::path snapshot_file(const fs::path& root) { return *index_folder(root) / "names"; }

TEST_CASE("with a watcher, the names come from the snapshot and the files changed since") {
  WatchedJournal j;
  ::setenv("REL_MONITOR", "on", 1);
  j.write(".rel.yaml", "cadence: {default: 3x}\n");  // a problem of the settings: always first
  j.write("alice.yaml", "name: Alice Chen\naka: [Ali, Chen Li]\n");
  j.write("work/bob.yaml", "name: Bob Stone\n");
  j.write("broken.yaml", "name: Broken\nsince: 2024-13-01\n");
  Watching watching(j.root);
  load_journal(j.root, LoadOptions{Cache::use, Detail::full, {}});  // the index

  CHECK_FALSE(names_from_snapshot(j.root));  // none yet
  auto first = load_journal_names(j.root);   // a walk, which leaves the snapshot
  REQUIRE(first);
  REQUIRE(fs::exists(snapshot_file(j.root)));
  auto second = names_from_snapshot(j.root);
  REQUIRE(second);
  CHECK(describe(*second) == describe(*first));
  CHECK(describe(*second) == walked(j.root));
  CHECK(second->contacts[0].folded == "alice chen\nali\nchen li");
  REQUIRE(second->problems.size() == 2);
  CHECK(second->problems[0].where.file == ".rel.yaml");

  SUBCASE("the snapshot is taken on trust for every file the watcher did not see change") {
    // A contact that is in no file proves that neither a walk nor the index was read.
    JournalNames forged = std::move(*second);
    forged.contacts.insert(forged.contacts.begin(), Candidate{"aaa", "Aaa Ghost", {}, "aaa ghost"});
    const auto token = ask_monitor(j.root, "")->token;
    write_names_snapshot(j.root, token, forged);
    auto trusted = load_journal_names(j.root);
    REQUIRE(trusted);
    CHECK(trusted->contacts.front().id == "aaa");
    // A token the watcher cannot answer from: a walk, and the truth again.
    write_names_snapshot(j.root, "0123456789abcdef.1", forged);
    CHECK_FALSE(names_from_snapshot(j.root));
    auto again = load_journal_names(j.root);
    REQUIRE(again);
    CHECK(describe(*again) == walked(j.root));
  }
  SUBCASE("every kind of change is seen, and the snapshot written again once several files were parsed") {
    const auto before = fs::last_write_time(snapshot_file(j.root));
    j.write("alice.yaml", "name: Alice Wong\n");                 // renamed in place
    j.write("work/bob.yaml", "name: Bob\nsince: 1999-99-99\n");  // broken
    j.write("broken.yaml", "name: Mended\n");                    // mended
    j.write("work/carol.yaml", "name: Carol\n");                 // added
    auto names = names_from_snapshot(j.root);
    REQUIRE(names);
    CHECK(describe(*names) == walked(j.root));
    CHECK(fs::last_write_time(snapshot_file(j.root)) != before);  // four files parsed: written again
    auto next = names_from_snapshot(j.root);
    REQUIRE(next);
    CHECK(describe(*next) == describe(*names));

    fs::remove(j.root / "alice.yaml");
    fs::remove(j.root / ".rel.yaml");
    const auto written = fs::last_write_time(snapshot_file(j.root));
    names = names_from_snapshot(j.root);
    REQUIRE(names);
    CHECK(describe(*names) == walked(j.root));
    CHECK(fs::last_write_time(snapshot_file(j.root)) == written);  // one file: parsed, not written
  }
  SUBCASE("many files changed, a damaged snapshot, or REL_MONITOR=off: not used") {
    for (int i = 0; i < 40; ++i) j.write(fmt::format("new-{:02}.yaml", i), fmt::format("name: New {}\n", i));
    CHECK_FALSE(names_from_snapshot(j.root));
    CHECK_FALSE(load_journal_names(j.root));  // too many to parse here: a full load does it
    // Files as new as a load are not cached by it yet (they may change again unseen): let them age.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    load_journal(j.root, LoadOptions{Cache::use, Detail::full, {}});
    auto names = load_journal_names(j.root);
    REQUIRE(names);
    CHECK(describe(*names) == walked(j.root));
    REQUIRE(names_from_snapshot(j.root));  // the walk wrote it again

    std::string bytes;
    {
      MappedFile mapped(snapshot_file(j.root));
      bytes = std::string(mapped.bytes());
    }
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
    write_derived_file(snapshot_file(j.root), bytes);
    CHECK_FALSE(names_from_snapshot(j.root));
    REQUIRE(load_journal_names(j.root));
    REQUIRE(names_from_snapshot(j.root));
    ::setenv("REL_MONITOR", "off", 1);
    CHECK_FALSE(names_from_snapshot(j.root));
  }
}

}  // namespace
}  // namespace rel::watch
