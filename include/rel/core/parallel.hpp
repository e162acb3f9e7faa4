// Running one task per item on every core, for the few loops that are most of a large run.
#pragma once

#include <cstddef>
#include <functional>

namespace rel {

// Runs task(k) for every k below `total` on every core (a thread per 64 items at most: a handful is
// not worth one); the calling thread works too and reports progress, so that the callback never runs
// concurrently. When no more threads can be had, those started and the calling thread do it all.
// The first exception a task throws is rethrown once every task has run.
void for_each_in_parallel(size_t total, const std::function<void(size_t)>& task,
                          const std::function<void(size_t done, size_t total)>& progress = {});

}  // namespace rel
