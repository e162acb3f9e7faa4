// Tests of the parallel loop: every item once, progress from one thread, the first failure rethrown.
#include "rel/core/parallel.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <vector>

namespace rel {
namespace {

TEST_CASE("for_each_in_parallel runs every item once and reports progress up to the total") {
  for (size_t total : {size_t{0}, size_t{1}, size_t{63}, size_t{5000}}) {
    std::vector<std::atomic<int>> runs(total);
    std::vector<size_t> reported;
    for_each_in_parallel(
        total, [&](size_t k) { ++runs[k]; },
        [&](size_t done, size_t of) {
          CHECK(of == total);
          reported.push_back(done);
        });
    for (const auto& count : runs) CHECK(count == 1);
    if (total == 0) continue;
    CHECK(reported.back() == total);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
  }
}

TEST_CASE("for_each_in_parallel rethrows a failure once every item has run") {
  std::atomic<size_t> ran{0};
  CHECK_THROWS_AS(for_each_in_parallel(1000,
                                       [&](size_t k) {
                                         ++ran;
                                         if (k == 10) throw std::runtime_error("item 10");
                                       }),
                  std::runtime_error);
  CHECK(ran == 1000);
}

}  // namespace
}  // namespace rel
