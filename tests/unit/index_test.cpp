// Tests of the derived index: its records round-trip every field, damage is refused, and every look
// at the journal through it gives what parsing every file gives, as it is appended to and compacted.
#include "rel/cache/index.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "rel/cache/cached_load.hpp"
#include "rel/core/settings.hpp"
#include "rel/core/text.hpp"
#include "rel/journal/journal.hpp"
#include "rel/util/clock.hpp"
#include "rel/util/frame_log.hpp"

namespace rel::cache {
using namespace journal;

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
           {Timestamp{*Date::from_ymd(2026, 1, 2), std::nullopt}, Via::social, By::me, {}, "", ""}};
  c.extra = {{"linkedin", "alice-c"}};
  return c;
}

const FileStamp stamp{1234, 1'700'000'000'123'456'789, 42, 1'700'000'001'000'000'001};

std::vector<Diagnostic> problems_of_bad_file() {
  std::vector<Diagnostic> problems(2);
  problems[0].where = Location{"zed.yaml", 3, 9};
  problems[0].message = "invalid date \"2024-13-01\"";
  problems[1].where.file = "zed.yaml";
  problems[1].message = "no name";
  return problems;
}

// A temporary journal with a cache folder of its own.
struct TempJournal {
  fs::path base = fs::temp_directory_path() / ("rel-index-test-" + std::to_string(::getpid()));
  fs::path root = base / "journal";
  CacheFolder folder = cache_folder(root, base / "cache");
  TempJournal() {
    fs::remove_all(base);
    fs::create_directories(root / "work");
  }
  ~TempJournal() { fs::remove_all(base); }
  void write(const std::string& id, const std::string& text) const { std::ofstream(root / (id + ".yaml")) << text; }
  // The files as a walk lists them, as if the listing began a second after their last change, so
  // that every one may be recorded (the clock is passed in, never waited for).
  FileListing listing() const { return {scan_contact_files(root), util::coarse_now_ns() + 1'000'000'000}; }
  size_t index_bytes() const { return fs::file_size(folder.path / "index"); }
  size_t index_frames() const {
    std::ifstream in(folder.path / "index", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return util::read_frame_log(bytes, {"RELINDEX", index_format_version, folder.key()}).frames.size();
  }
};

}  // namespace

TEST_CASE("an index record and a details record together give back every field of a contact") {
  const auto c = full_contact();
  const auto index = encode_index_record(c, stamp);
  const auto details = encode_details_record(c, stamp);
  const auto frame = index + details;
  auto records = read_records(frame);
  REQUIRE(records);
  REQUIRE(records->size() == 2);
  const auto& r = (*records)[0];
  CHECK(r.id == "work/alice-chen");
  CHECK(r.stamp == stamp);
  CHECK_FALSE(r.bad);
  CHECK(r.bytes == index);

  Contact lean;
  std::string folded_name;
  REQUIRE(decode_lean(r, lean, &folded_name));
  CHECK(lean.name == c.name);
  CHECK(folded_name == rel::fold(c.name));  // what listings sort by, folded when the record was written
  CHECK(lean.aka == c.aka);
  CHECK(lean.tags == c.tags);
  CHECK(lean.cadence_days == c.cadence_days);
  CHECK(lean.status == c.status);
  CHECK(lean.snooze == c.snooze);
  CHECK(lean.dates == c.dates);
  CHECK(lean.promises == c.promises);
  REQUIRE(lean.log.size() == c.log.size());
  CHECK(lean.log[0].when == c.log[0].when);
  CHECK(lean.log[0].note.empty());  // a listing never reads notes
  CHECK(lean.emails.empty());

  Contact whole = lean;
  REQUIRE(decode_details((*records)[1], whole));
  CHECK(whole == c);

  SUBCASE("a scratch contact reused for another record keeps nothing of the first") {
    Contact other;
    other.id = "bob";
    other.name = "Bob";
    const auto bytes = encode_index_record(other, stamp);
    auto bob = read_records(bytes);
    REQUIRE(bob);
    REQUIRE(decode_lean(bob->front(), whole));
    CHECK(whole == other);
  }
  SUBCASE("details of another version (another number of interactions) do not fit") {
    Contact fewer = lean;
    fewer.log.pop_back();
    CHECK_FALSE(decode_details((*records)[1], fewer));
  }
}

TEST_CASE("an index record carries the names WHO is matched against, folded once") {
  const auto bytes = encode_index_record(full_contact(), stamp);
  auto records = read_records(bytes);
  REQUIRE(records);
  auto names = decode_names(records->front());
  REQUIRE(names);
  CHECK(names->name == "Alice Chén");
  CHECK(names->aka == std::vector<std::string_view>{"Ali", "A.C."});
  CHECK(names->folded == "alice chen\nali\na.c.");
}

TEST_CASE("a bad file's record gives back its problems") {
  const auto bytes = encode_bad_record("zed", stamp, problems_of_bad_file());
  auto records = read_records(bytes);
  REQUIRE(records);
  CHECK(records->front().bad);
  CHECK(decode_problems(records->front()) == problems_of_bad_file());
  Contact c;
  CHECK_FALSE(decode_lean(records->front(), c));
  CHECK_FALSE(decode_names(records->front()));
}

TEST_CASE("a truncated record is refused, never read past") {
  const auto bytes = encode_index_record(full_contact(), stamp);
  for (size_t n = 1; n < bytes.size(); ++n) CHECK_FALSE(read_records(std::string_view(bytes).substr(0, n)));
  // A record cut inside its body, its size patched to fit: decoding stops at the end of it.
  for (size_t n = 60; n < bytes.size(); n += 7) {
    auto cut = bytes.substr(0, n);
    const auto size = static_cast<uint32_t>(n - 4);
    for (int i = 0; i < 4; ++i) cut[static_cast<size_t>(i)] = static_cast<char>(size >> (8 * i));
    auto records = read_records(cut);
    if (!records) continue;
    Contact c;
    CHECK_FALSE(decode_lean(records->front(), c));
  }
}

TEST_CASE("a record whose checksum holds but whose dates are no days is refused") {
  // Written by a damaged or hostile index: month 13 or 0, day 0 or Apr 31, a year past 9999 (a
  // listing looped for ever on one, looking for the date's next day).
  auto refused = [](Contact c) {
    const auto bytes = encode_index_record(c, stamp);  // the records view these bytes
    auto records = read_records(bytes);
    REQUIRE(records);
    Contact out;
    return !decode_lean(records->front(), out);
  };
  auto with_date = [](int month, int day) {
    Contact c = full_contact();
    c.dates = {{"birthday", month, day, std::nullopt}};
    return c;
  };
  CHECK_FALSE(refused(with_date(2, 29)));
  CHECK(refused(with_date(13, 1)));
  CHECK(refused(with_date(0, 1)));
  CHECK(refused(with_date(1, 0)));
  CHECK(refused(with_date(4, 31)));
  Contact far = full_contact();
  REQUIRE(!far.log.empty());
  far.log.front().when.date = Date::last() + 1;
  CHECK(refused(far));
  Contact snoozed = full_contact();
  snoozed.snooze = Date::first() + -1;
  CHECK(refused(snoozed));
}

TEST_CASE("every look through the index gives what parsing every file gives") {
  TempJournal j;
  j.write("work/alice",
          "name: Alice\naka: [Al]\nemail: al@example.com\nlog:\n  - date: 2026-01-02\n    via: call\n"
          "    note: about the offsite\n");
  j.write("ben", "name: Ben\ntags: [family]\n");
  j.write("broken", "name: Broken\nsince: 2024-13-01\n");
  const auto plain = journal::load_journal(j.root);
  const auto today = *Date::from_ymd(2026, 11, 23);
  const Settings settings;

  auto check_all = [&] {
    const auto listing = j.listing();
    auto full = load_contacts(j.root, listing, &j.folder, Detail::full);
    CHECK(full.contacts == plain.contacts);
    CHECK(full.problems == plain.problems);
    CHECK(full.bad_ids == plain.bad_ids);
    auto lean = load_contacts(j.root, listing, &j.folder, Detail::listing);
    REQUIRE(lean.contacts.size() == plain.contacts.size());
    CHECK(lean.problems == plain.problems);
    auto assessed = assess_journal(j.root, listing, &j.folder, settings, today);
    REQUIRE(assessed.contacts.size() == plain.contacts.size());
    for (size_t k = 0; k < plain.contacts.size(); ++k) {
      CHECK(assessed.contacts[k].urgency.health == assess_urgency(plain.contacts[k], settings, today).health);
      CHECK(assessed.contacts[k].tags == plain.contacts[k].tags);
    }
    CHECK(assessed.bad_ids == plain.bad_ids);
    auto names = load_names(j.root, listing, &j.folder);
    REQUIRE(names.contacts.size() == 2);
    CHECK(names.contacts[0].id == "ben");
    CHECK(names.contacts[1].aka == std::vector<std::string_view>{"Al"});
    CHECK(names.contacts[1].folded == "alice\nal");
    CHECK(names.bad_ids == plain.bad_ids);
    CHECK(names.problems == plain.problems);
  };
  check_all();  // parses, writes the index
  CHECK(j.index_frames() == 1);
  CHECK(fs::exists(j.folder.path / "details"));
  const auto bytes = j.index_bytes();
  check_all();  // reads the index, writes nothing
  CHECK(j.index_bytes() == bytes);

  SUBCASE("without a cache folder, every file is parsed") {
    auto look = load_contacts(j.root, j.listing(), nullptr, Detail::full);
    CHECK(look.contacts == plain.contacts);
  }
  SUBCASE("a damaged index or details log is only a reason to parse again") {
    std::ofstream(j.folder.path / "index", std::ios::binary | std::ios::in) << "garbage";
    std::ofstream(j.folder.path / "details", std::ios::binary | std::ios::trunc) << "";
    check_all();
    check_all();
  }
}

TEST_CASE("the index gets one frame per run that parsed something, and is compacted past 16") {
  TempJournal j;
  j.write("ben", "name: Ben\n");
  j.write("cleo", "name: Cleo\n");
  auto look = [&] { return load_contacts(j.root, j.listing(), &j.folder, Detail::full); };
  look();
  CHECK(j.index_frames() == 1);
  for (int edit = 1; edit <= 16; ++edit) {
    j.write("ben", fmt::format("name: Ben\ncadence: {}d\n", edit));
    auto contacts = look().contacts;
    REQUIRE(contacts.size() == 2);
    CHECK(contacts[0].cadence_days == edit);
    CHECK(j.index_frames() == static_cast<size_t>(edit + 1));
  }
  j.write("ben", "name: Ben\ncadence: 99d\n");
  auto contacts = look().contacts;
  CHECK(contacts[0].cadence_days == 99);
  CHECK(j.index_frames() == 1);  // compacted: the live records, one frame
  CHECK(look().contacts == contacts);
}

TEST_CASE("the index answers for the files it knows without reading the journal") {
  // A listing of files that are not there, and an index that knows them: a look at "the journal"
  // reads no file, so it can only have come from the index.
  TempJournal j;
  Contact ben;
  ben.id = "ben";
  ben.name = "Ben";
  ben.tags = {"family"};
  ben.emails = {"ben@example.com"};
  const FileListing listing{{{"ben", stamp}, {"zed", stamp}}, 0};
  std::vector<std::string> fresh_index = {encode_index_record(ben, stamp),
                                          encode_bad_record("zed", stamp, problems_of_bad_file())};
  std::vector<std::string> fresh_details = {encode_details_record(ben, stamp), ""};
  Index(j.folder).remember(listing.files, {nullptr, nullptr}, fresh_index, fresh_details);
  const auto nowhere = j.base / "no-such-journal";
  auto full = load_contacts(nowhere, listing, &j.folder, Detail::full);
  CHECK(full.contacts == std::vector<Contact>{ben});
  CHECK(full.bad_ids == std::vector<std::string>{"zed"});
  CHECK(full.problems == problems_of_bad_file());
  auto names = load_names(nowhere, listing, &j.folder);
  REQUIRE(names.contacts.size() == 1);
  CHECK(names.contacts[0].name == "Ben");
  auto assessed = assess_journal(nowhere, listing, &j.folder, Settings{}, *Date::from_ymd(2026, 11, 23));
  REQUIRE(assessed.contacts.size() == 1);
  CHECK(assessed.contacts[0].tags == std::vector<std::string>{"family"});
}

TEST_CASE("a file as new as the listing is parsed but not recorded") {
  TempJournal j;
  j.write("ben", "name: Ben\n");
  // Listed before the file's last change: it may change again within the clock tick, unseen.
  const FileListing listing{scan_contact_files(j.root), 0};
  auto look = load_contacts(j.root, listing, &j.folder, Detail::full);
  CHECK(look.contacts.size() == 1);
  CHECK(j.index_frames() == 1);
  auto again = Index(j.folder).match(listing.files);
  CHECK(again.front() == nullptr);
}

}  // namespace rel::cache
