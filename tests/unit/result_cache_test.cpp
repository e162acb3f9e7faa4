// Tests of the who-to-call result cache: its binary format round-trips every field, and any damage,
// or a key that differs in any part, makes it unusable; a delta over it applies to exactly that cache
// and gives what computing everything again would.
#include "rel/cache/result_cache.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <random>

#include "rel/cache/cached_load.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/mapped_file.hpp"

namespace rel::cache {
using namespace journal;
using namespace util;

namespace {

ResultCacheKey sample_key() {
  ResultCacheKey key;
  key.index = {"/home/me/journal", 0x1234'5678'9abc'def0ULL};
  key.today = *Date::from_ymd(2026, 11, 23);
  key.settings = 0xfeed'beefULL;
  return key;
}

ResultCache sample_cache() {
  ResultCache cache;
  cache.key = sample_key();
  Diagnostic settings_problem;
  settings_problem.where = {".rel.yaml", 2, 16};
  settings_problem.message = "health.weight_time must be a number from 0 to 100";
  Diagnostic file_problem;
  file_problem.where = {"bad.yaml", 2, 8};
  file_problem.message = "invalid date \"2024-13-01\"";
  cache.problems.push_back(settings_problem);
  cache.problems.push_back(file_problem);
  CachedResult alice;
  alice.stamp = {1234, 1'700'000'000'123'456'789, 42, 1'700'000'001'000'000'001};
  alice.tags = {"client", "acme"};
  alice.urgency.id = "alice";
  alice.urgency.name = "Alice Chén";
  alice.urgency.contact_status = ContactStatus::dormant;
  alice.urgency.snooze = Date::from_ymd(2027, 1, 15);
  alice.urgency.status = Status::urgent;
  alice.urgency.urgency = 161.25;
  alice.urgency.act_today = true;
  alice.urgency.health = {37.5, {10.1, 20.2, 30.3, 40.4},   52.75, -15.25, 30, Date::from_ymd(2026, 9, 22), 62, 29.5,
                          4,    Date::from_ymd(2026, 8, 1), 15};
  alice.urgency.reasons = {{Cause::date_today, "birthday today"},
                           {Cause::silence, "62 days, cadence 30d"},
                           {Cause::chase, "4 contacts by you unanswered since 2026-08-01"},
                           {Cause::resting, "dormant"}};
  CachedResult bad;
  bad.stamp = {10, 20, 30, 40};
  bad.bad = true;
  bad.urgency.id = "bad";
  CachedResult ned;
  ned.stamp = {1, 2, 3, 4};
  ned.urgency.id = "work/ned";
  ned.urgency.name = "Ned North";
  ned.urgency.status = Status::due;
  ned.urgency.health.cadence_days = 30;  // never logged: no last, days_since or usual gap
  ned.urgency.reasons = {{Cause::never_logged, "never logged, cadence 30d"}};
  cache.results = {alice, bad, ned};
  cache.order = {0, 2};
  return cache;
}

TEST_CASE("result cache: round-trips every field") {
  auto cache = sample_cache();
  auto decoded = decode_result_cache(encode_result_cache(cache), cache.key);
  REQUIRE(decoded);
  CHECK(decoded->key == cache.key);
  CHECK(decoded->problems == cache.problems);
  CHECK(decoded->results == cache.results);
  CHECK(decoded->order == cache.order);
  CHECK_FALSE(decoded->settings);  // none: .rel.yaml had problems
}

TEST_CASE("result cache: the settings it was computed with round-trip, every part") {
  auto cache = sample_cache();
  Settings settings;
  settings.default_cadence_days = 21;
  settings.tag_cadence_days = {{"client", 10}, {"famille proche", 7}};
  for (size_t i = 0; i < settings.weights.size(); ++i) settings.weights[i] = 0.125 * static_cast<double>(i + 1);
  settings.autocommit = true;
  settings.health.weight_time = 0.5;
  settings.health.rhythm_min_gaps = 5;
  settings.health.known_full_days = 999;
  settings.health.trend_days = 14;
  settings.health.urgency_promise = 33.25;
  REQUIRE_FALSE(settings == Settings{});
  cache.settings = settings;
  auto decoded = decode_result_cache(encode_result_cache(cache), cache.key);
  REQUIRE(decoded);
  REQUIRE(decoded->settings);
  CHECK(*decoded->settings == settings);
  cache.settings = Settings{};  // the defaults (no .rel.yaml) are settings too
  decoded = decode_result_cache(encode_result_cache(cache), cache.key);
  REQUIRE(decoded);
  CHECK(decoded->settings == std::optional<Settings>(Settings{}));
}

TEST_CASE("result cache: an empty journal round-trips") {
  ResultCache cache;
  cache.key = sample_key();
  auto decoded = decode_result_cache(encode_result_cache(cache), cache.key);
  REQUIRE(decoded);
  CHECK(decoded->results.empty());
  CHECK(decoded->order.empty());
}

TEST_CASE("result cache: any other key part makes it unusable") {
  const auto bytes = encode_result_cache(sample_cache());
  auto key = sample_key();
  key.today = key.today + 1;
  CHECK_FALSE(decode_result_cache(bytes, key));
  key = sample_key();
  key.settings ^= 1;
  CHECK_FALSE(decode_result_cache(bytes, key));
  key = sample_key();
  key.index.build ^= 1;
  CHECK_FALSE(decode_result_cache(bytes, key));
  key = sample_key();
  key.index.root += "2";
  CHECK_FALSE(decode_result_cache(bytes, key));
  CHECK(decode_result_cache(bytes, sample_key()));
}

TEST_CASE("result cache: truncated or corrupted bytes are rejected") {
  const auto bytes = encode_result_cache(sample_cache());
  for (size_t n = 0; n < bytes.size(); ++n)
    CHECK_FALSE(decode_result_cache(std::string_view(bytes).substr(0, n), sample_key()));
  for (size_t at = 0; at < bytes.size(); ++at) {
    auto damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    CHECK_FALSE(decode_result_cache(damaged, sample_key()));
  }
}

TEST_CASE("result cache: an order that is not a permutation of the valid results is rejected") {
  for (auto order : {std::vector<uint32_t>{0, 1}, std::vector<uint32_t>{0, 0}, std::vector<uint32_t>{0},
                     std::vector<uint32_t>{0, 2, 3}}) {
    auto cache = sample_cache();
    cache.order = order;
    CHECK_FALSE(decode_result_cache(encode_result_cache(cache), cache.key));
  }
}

// A result whose order depends on its urgency, then its name (many ties), then its id.
CachedResult result(const std::string& id, double urgency, const std::string& name, int64_t version = 1) {
  CachedResult r;
  r.stamp = {static_cast<uint64_t>(100 + version), version * 1000, 7, version * 1000 + 1};
  r.tags = {"t" + std::to_string(version % 3)};
  r.urgency.id = id;
  r.urgency.name = name;
  r.urgency.urgency = urgency;
  r.urgency.status = urgency > 50 ? Status::due : Status::ok;
  r.urgency.health.score = 100 - urgency;
  r.urgency.reasons = {{Cause::silence, "v" + std::to_string(version)}};
  return r;
}

// What a run computing every result gives: the results in id order, the order sorted afresh.
ResultCache computed(std::vector<CachedResult> results) {
  ResultCache cache;
  cache.key = sample_key();
  std::sort(results.begin(), results.end(),
            [](const CachedResult& a, const CachedResult& b) { return a.urgency.id < b.urgency.id; });
  cache.results = std::move(results);
  for (uint32_t i = 0; i < cache.results.size(); ++i) cache.order.push_back(i);
  std::sort(cache.order.begin(), cache.order.end(),
            [&](uint32_t a, uint32_t b) { return more_urgent(cache.results[a].urgency, cache.results[b].urgency); });
  return cache;
}

// A full cache as read back from its bytes (so with its checksum).
ResultCache stored(const ResultCache& cache) { return *decode_result_cache(encode_result_cache(cache), cache.key); }

ResultDelta sample_delta(uint64_t base_checksum) {
  ResultDelta delta;
  delta.key = sample_key();
  delta.base_checksum = base_checksum;
  delta.results = {result("alice", 12.5, "Alice Chén", 2), result("new", 70, "Nova", 1)};
  delta.removed = {"gone", "work/ned"};
  return delta;
}

TEST_CASE("result delta: round-trips every field") {
  auto delta = sample_delta(0x1234);
  delta.results[0] = sample_cache().results[0];
  auto decoded = decode_result_delta(encode_result_delta(delta), delta.key);
  REQUIRE(decoded);
  CHECK(decoded->key == delta.key);
  CHECK(decoded->base_checksum == 0x1234);
  CHECK(decoded->results == delta.results);
  CHECK(decoded->removed == delta.removed);
}

TEST_CASE("result delta: another key, damage or an inconsistent delta is rejected") {
  const auto bytes = encode_result_delta(sample_delta(0x1234));
  auto key = sample_key();
  key.today = key.today + 1;
  CHECK_FALSE(decode_result_delta(bytes, key));
  key = sample_key();
  key.settings ^= 1;
  CHECK_FALSE(decode_result_delta(bytes, key));
  CHECK(decode_result_delta(bytes, sample_key()));
  for (size_t n = 0; n < bytes.size(); ++n)
    CHECK_FALSE(decode_result_delta(std::string_view(bytes).substr(0, n), sample_key()));
  for (size_t at = 0; at < bytes.size(); ++at) {
    auto damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    CHECK_FALSE(decode_result_delta(damaged, sample_key()));
  }
  // A full cache is not a delta, nor a delta a full cache.
  CHECK_FALSE(decode_result_delta(encode_result_cache(sample_cache()), sample_key()));
  CHECK_FALSE(decode_result_cache(bytes, sample_key()));

  auto both = sample_delta(0x1234);
  both.removed = {"new"};  // changed and removed at once
  CHECK_FALSE(decode_result_delta(encode_result_delta(both), sample_key()));
  auto unsorted = sample_delta(0x1234);
  std::swap(unsorted.results[0], unsorted.results[1]);
  CHECK_FALSE(decode_result_delta(encode_result_delta(unsorted), sample_key()));
  unsorted = sample_delta(0x1234);
  std::swap(unsorted.removed[0], unsorted.removed[1]);
  CHECK_FALSE(decode_result_delta(encode_result_delta(unsorted), sample_key()));
  auto bad = sample_delta(0x1234);
  bad.results[1].bad = true;  // a bad file's problems have no place in a delta
  CHECK_FALSE(decode_result_delta(encode_result_delta(bad), sample_key()));
}

TEST_CASE("result delta: applied, it replaces, adds and removes results and keeps the order exact") {
  auto base = stored(computed({result("alice", 40, "Alice"), result("bob", 40, "Bob"), result("gone", 90, "Gus"),
                               result("work/ned", 10, "Ned"), result("zed", 40, "alice")}));
  base.settings = Settings{};
  base.settings->default_cadence_days = 21;  // kept with the results
  auto merged = apply_result_delta(base, sample_delta(base.checksum));
  REQUIRE(merged);
  auto expected = computed({result("alice", 12.5, "Alice Chén", 2), result("bob", 40, "Bob"),
                            result("new", 70, "Nova", 1), result("zed", 40, "alice")});
  expected.settings = base.settings;
  CHECK(merged->cache.results == expected.results);
  CHECK(merged->cache.order == expected.order);
  CHECK(merged->cache.checksum == base.checksum);
  CHECK(merged->origins ==
        std::vector<ResultOrigin>{ResultOrigin::replaced, ResultOrigin::base, ResultOrigin::added, ResultOrigin::base});
  CHECK(merged->removed == std::vector<std::string>{"gone", "work/ned"});
  CHECK(encode_result_cache(merged->cache) == encode_result_cache(expected));
}

TEST_CASE("result delta: over another full cache or key it does not apply") {
  auto base = stored(sample_cache());
  CHECK_FALSE(apply_result_delta(base, sample_delta(base.checksum ^ 1)));
  auto delta = sample_delta(base.checksum);
  delta.key.today = delta.key.today + 1;
  CHECK_FALSE(apply_result_delta(base, delta));
}

TEST_CASE("result delta: over a cache with a bad file, it applies unless it replaces or removes that file") {
  // sample_cache: alice, bad (with its problems), work/ned.
  auto base = stored(sample_cache());
  auto edited = result("alice", 12.5, "Alice Chén", 2);
  ResultDelta delta;
  delta.key = sample_key();
  delta.base_checksum = base.checksum;
  delta.results = {edited};
  auto in_place = apply_result_delta(base, delta);  // files edited only
  REQUIRE(in_place);
  CHECK(in_place->cache.problems == base.problems);
  CHECK(in_place->cache.results[0] == edited);
  CHECK(in_place->cache.results[1] == base.results[1]);
  delta.removed = {"work/ned"};  // and one removed: merged
  auto merged = apply_result_delta(base, delta);
  REQUIRE(merged);
  CHECK(merged->cache.problems == base.problems);
  CHECK(merged->cache.results.size() == 2);
  CHECK(merged->cache.results[1].bad);

  auto replacing = delta;
  replacing.removed.clear();
  replacing.results = {edited, result("bad", 30, "Now Valid")};
  CHECK_FALSE(apply_result_delta(base, replacing));  // its problems would stay listed
  replacing.removed = {"work/ned"};
  CHECK_FALSE(apply_result_delta(base, replacing));
  auto removing = delta;
  removing.removed = {"bad"};
  CHECK_FALSE(apply_result_delta(base, removing));
}

TEST_CASE("result delta: any replacements, additions and removals give what sorting everything gives") {
  std::mt19937 random(20261123);
  auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::vector<std::string> names = {"Ann", "ann", "Åsa", "Bo", "Zoë", "Zoe"};
  for (int round = 0; round < 200; ++round) {
    // Few distinct urgencies and names, so that most comparisons are ties broken further down.
    std::vector<CachedResult> before;
    for (int i = 0, n = pick(40); i < n; ++i)
      before.push_back(result("c" + std::to_string(i * 2), pick(4) * 25, names[static_cast<size_t>(pick(6))]));
    auto base = stored(computed(before));
    ResultDelta delta;
    delta.key = sample_key();
    delta.base_checksum = base.checksum;
    std::vector<CachedResult> after;
    for (const auto& r : base.results) {
      int what = pick(5);
      if (what == 0) {
        delta.removed.push_back(r.urgency.id);
      } else if (what == 1) {
        delta.results.push_back(result(r.urgency.id, pick(4) * 25, names[static_cast<size_t>(pick(6))], 2));
        after.push_back(delta.results.back());
      } else {
        after.push_back(r);
      }
      if (pick(4) == 0) {  // a new file, between this id and the next ("c10!" sorts before "c100", "c12")
        delta.results.push_back(result(r.urgency.id + "!", pick(4) * 25, names[static_cast<size_t>(pick(6))], 3));
        after.push_back(delta.results.back());
      }
    }
    if (pick(3) == 0) delta.removed.insert(delta.removed.begin(), "a-never-there");  // removes nothing
    auto decoded = decode_result_delta(encode_result_delta(delta), sample_key());
    REQUIRE(decoded);
    auto merged = apply_result_delta(base, *decoded);
    REQUIRE(merged);
    auto expected = computed(after);
    CHECK(encode_result_cache(merged->cache) == encode_result_cache(expected));
    CHECK(merged->cache.order == expected.order);
    for (size_t i = 0; i < merged->cache.results.size(); ++i)
      CHECK((merged->origins[i] == ResultOrigin::base) == (merged->cache.results[i].urgency.reasons[0].text == "v1"));
  }
}

TEST_CASE("result delta: files edited and none added or removed are replaced in place, in the exact order") {
  // The usual delta (and the usual run after an edit), which replace_results applies without moving
  // any other result: the same results, order and origins as sorting everything.
  std::mt19937 random(20261124);
  auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  const std::vector<std::string> names = {"Ann", "ann", "Åsa", "Bo", "Zoë", "Zoe"};
  for (int round = 0; round < 200; ++round) {
    std::vector<CachedResult> before;
    for (int i = 0, n = 1 + pick(40); i < n; ++i)
      before.push_back(result("c" + std::to_string(i), pick(4) * 25, names[static_cast<size_t>(pick(6))]));
    auto base = stored(computed(before));
    ResultDelta delta;
    delta.key = sample_key();
    delta.base_checksum = base.checksum;
    std::vector<CachedResult> after;
    std::vector<ResultOrigin> origins;
    for (const auto& r : base.results) {
      if (pick(3) == 0) {
        delta.results.push_back(result(r.urgency.id, pick(4) * 25, names[static_cast<size_t>(pick(6))], 2));
        after.push_back(delta.results.back());
        origins.push_back(ResultOrigin::replaced);
      } else {
        after.push_back(r);
        origins.push_back(ResultOrigin::base);
      }
    }
    auto merged = apply_result_delta(base, delta);
    REQUIRE(merged);
    auto expected = computed(after);
    CHECK(merged->cache.order == expected.order);
    CHECK(encode_result_cache(merged->cache) == encode_result_cache(expected));
    CHECK(merged->origins == origins);
    CHECK(merged->removed.empty());

    // The same replacements straight into the cache, as a run that parsed the edited files does.
    auto cache = stored(computed(before));
    std::vector<std::pair<uint32_t, CachedResult>> replacements;
    for (const auto& r : delta.results) {
      auto at = std::find_if(cache.results.begin(), cache.results.end(),
                             [&](const CachedResult& c) { return c.urgency.id == r.urgency.id; });
      replacements.emplace_back(static_cast<uint32_t>(at - cache.results.begin()), r);
    }
    replace_results(cache, std::move(replacements));
    CHECK(cache.order == expected.order);
    CHECK(cache.results == expected.results);
  }
}

TEST_CASE("result cache: read with the delta beside it only when that delta extends it") {
  char folder_template[] = "/tmp/rel-result-cache-XXXXXX";
  REQUIRE(mkdtemp(folder_template));
  const fs::path folder = folder_template;
  const auto path = folder / "who-to-call";
  auto write = [](const fs::path& to, const std::string& bytes) { std::ofstream(to, std::ios::binary) << bytes; };
  auto base = stored(computed({result("alice", 40, "Alice"), result("gone", 90, "Gus"), result("work/ned", 10, "Ned"),
                               result("zed", 40, "Zed")}));
  write(path, encode_result_cache(base));
  CHECK(result_delta_path(path) == folder / "who-to-call.delta");

  auto alone = read_result_cache(path, sample_key());  // no delta
  REQUIRE(alone);
  CHECK(alone->cache.results == base.results);
  CHECK(alone->origins == std::vector<ResultOrigin>(4, ResultOrigin::base));

  write(result_delta_path(path), encode_result_delta(sample_delta(base.checksum)));
  auto merged = read_result_cache(path, sample_key());
  REQUIRE(merged);
  auto expected =
      computed({result("alice", 12.5, "Alice Chén", 2), result("new", 70, "Nova", 1), result("zed", 40, "Zed")});
  CHECK(encode_result_cache(merged->cache) == encode_result_cache(expected));
  CHECK(merged->removed == std::vector<std::string>{"gone", "work/ned"});

  for (const auto& other : {encode_result_delta(sample_delta(base.checksum ^ 1)), std::string("garbage")}) {
    write(result_delta_path(path), other);
    auto ignored = read_result_cache(path, sample_key());
    REQUIRE(ignored);
    CHECK(ignored->cache.results == base.results);
    CHECK(ignored->cache.order == base.order);
    CHECK(ignored->removed.empty());
  }
  write(path, "garbage");  // no full cache: a delta alone is nothing
  write(result_delta_path(path), encode_result_delta(sample_delta(base.checksum)));
  CHECK_FALSE(read_result_cache(path, sample_key()));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace rel::cache

namespace rel::cache {
using namespace journal;
using namespace util;

namespace {

ResultDelta frame_of(uint64_t base_checksum, std::vector<CachedResult> results, std::vector<std::string> removed) {
  ResultDelta delta;
  delta.key = sample_key();
  delta.base_checksum = base_checksum;
  delta.results = std::move(results);
  delta.removed = std::move(removed);
  return delta;
}

TEST_CASE("result delta log: frames are merged in order, a later change over an earlier one") {
  auto first = frame_of(77, {result("alice", 12.5, "Alice", 2), result("new", 70, "Nova", 1)}, {"gone"});
  auto second = frame_of(77, {result("alice", 30, "Alice", 3), result("gone", 5, "Gus", 4)}, {"new", "work/ned"});
  const auto bytes = encode_result_delta(first) + encode_result_delta(second);
  auto log = read_delta_log(bytes, sample_key(), 77);
  CHECK(log.frames == 2);
  CHECK(log.whole);
  CHECK(log.merged.key == sample_key());
  CHECK(log.merged.base_checksum == 77);
  // alice as the second frame has it; gone is back; new and work/ned are removed.
  CHECK(log.merged.results == std::vector<CachedResult>{result("alice", 30, "Alice", 3), result("gone", 5, "Gus", 4)});
  CHECK(log.merged.removed == std::vector<std::string>{"new", "work/ned"});

  // One frame alone is the delta it encodes; no bytes are no frames, and whole.
  auto one = read_delta_log(encode_result_delta(first), sample_key(), 77);
  CHECK(one.frames == 1);
  CHECK(one.merged.results == first.results);
  CHECK(one.merged.removed == first.removed);
  auto none = read_delta_log("", sample_key(), 77);
  CHECK(none.frames == 0);
  CHECK(none.whole);
  CHECK(none.merged.results.empty());
}

TEST_CASE("result delta log: frames of another full cache or key are passed over, a torn one ends it") {
  auto ours = frame_of(77, {result("alice", 12.5, "Alice", 2)}, {});
  auto other_base = frame_of(78, {result("bob", 40, "Bob", 2)}, {});
  auto other_key = frame_of(77, {result("carl", 40, "Carl", 2)}, {});
  other_key.key.today = other_key.key.today + 1;
  auto later = frame_of(77, {result("dana", 40, "Dana", 2)}, {});
  auto bytes = encode_result_delta(ours) + encode_result_delta(other_base) + encode_result_delta(other_key) +
               encode_result_delta(later);
  auto log = read_delta_log(bytes, sample_key(), 77);
  CHECK(log.frames == 4);
  CHECK(log.whole);
  CHECK(log.merged.results == std::vector<CachedResult>{ours.results[0], later.results[0]});

  // The last frame torn (a crash mid-write): the frames before it hold, and the log is not whole.
  for (size_t cut : {size_t{1}, size_t{20}, encode_result_delta(later).size() - 1}) {
    auto torn = read_delta_log(std::string_view(bytes).substr(0, bytes.size() - cut), sample_key(), 77);
    CHECK(torn.frames == 3);
    CHECK_FALSE(torn.whole);
    CHECK(torn.merged.results == std::vector<CachedResult>{ours.results[0]});
  }
  // A damaged frame ends the log: nothing after it can be framed.
  auto damaged = bytes;
  damaged[40] ^= 0x5a;  // in the first frame's payload, after its 32-byte header
  auto cut_short = read_delta_log(damaged, sample_key(), 77);
  CHECK(cut_short.frames == 0);
  CHECK_FALSE(cut_short.whole);
  CHECK(cut_short.merged.results.empty());
  CHECK_FALSE(read_delta_log("garbage", sample_key(), 77).whole);
}

TEST_CASE("result delta log: read beside its full cache, appended frames give what computing everything gives") {
  char folder_template[] = "/tmp/rel-result-cache-XXXXXX";
  REQUIRE(mkdtemp(folder_template));
  const fs::path folder = folder_template;
  const auto path = folder / "who-to-call";
  const auto delta_path = result_delta_path(path);
  auto base = stored(computed({result("alice", 40, "Alice"), result("gone", 90, "Gus"), result("work/ned", 10, "Ned"),
                               result("zed", 40, "Zed")}));
  std::ofstream(path, std::ios::binary) << encode_result_cache(base);

  CHECK_FALSE(append_derived_file(delta_path, "x"));  // no log yet: appending creates nothing
  CHECK_FALSE(fs::exists(delta_path));
  std::ofstream(delta_path, std::ios::binary) << encode_result_delta(sample_delta(base.checksum));
  REQUIRE(append_derived_file(delta_path,
                              encode_result_delta(frame_of(base.checksum, {result("zed", 95, "Zed", 3)}, {"new"}))));
  auto read = read_result_cache(path, sample_key());
  REQUIRE(read);
  CHECK(read->delta_frames == 2);
  CHECK(read->delta_whole);
  auto expected = computed({result("alice", 12.5, "Alice Chén", 2), result("zed", 95, "Zed", 3)});
  CHECK(encode_result_cache(read->cache) == encode_result_cache(expected));
  CHECK(read->removed == std::vector<std::string>{"gone", "work/ned"});

  REQUIRE(append_derived_file(delta_path, "torn"));
  read = read_result_cache(path, sample_key());
  REQUIRE(read);
  CHECK(read->delta_frames == 2);
  CHECK_FALSE(read->delta_whole);
  CHECK(encode_result_cache(read->cache) == encode_result_cache(expected));
  fs::remove_all(folder);
}

}  // namespace
}  // namespace rel::cache
