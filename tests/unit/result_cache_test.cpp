// Tests of the who-to-call result cache: its binary format round-trips every field, and any damage,
// or a key that differs in any part, makes it unusable.
#include "rel/store/result_cache.hpp"

#include <doctest/doctest.h>

namespace rel::store {
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
  alice.urgency.status = Status::urgent;
  alice.urgency.urgency = 61.25;
  alice.urgency.health = {37.5, {10.1, 20.2, 30.3, 40.4}, 52.75, -15.25, 30, Date::from_ymd(2026, 9, 22), 62, 29.5};
  alice.urgency.reasons = {"62 days, cadence 30d", "health down 15 in 30 days"};
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
  ned.urgency.reasons = {"never logged, cadence 30d"};
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

}  // namespace
}  // namespace rel::store
