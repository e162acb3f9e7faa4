// A parallel loop over items handed out one at a time, so that uneven items still share out evenly.
#include "rel/core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace rel {

void for_each_in_parallel(size_t total, const std::function<void(size_t)>& task,
                          const std::function<void(size_t, size_t)>& progress) {
  if (total == 0) return;
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&](bool report) {
    for (;;) {
      size_t k = next.fetch_add(1);
      if (k >= total) break;
      try {
        task(k);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
      size_t finished = done.fetch_add(1) + 1;
      if (report && progress) progress(finished, total);
    }
  };
  size_t cores = std::max(1u, std::thread::hardware_concurrency());
  size_t helpers = std::min(cores, (total + 63) / 64) - 1;
  std::vector<std::thread> threads;
  threads.reserve(helpers);
  try {
    for (size_t t = 0; t < helpers; ++t) threads.emplace_back(work, false);
  } catch (const std::system_error&) {
    // No more threads to be had: the ones started and this one share the work.
  }
  work(true);
  for (auto& thread : threads) thread.join();
  if (failure) std::rethrow_exception(failure);
  if (progress) progress(total, total);
}

}  // namespace rel
