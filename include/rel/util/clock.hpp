// The coarse clock the kernel stamps files with.
#pragma once

#include <cstdint>
#include <ctime>

namespace rel::util {

// Nanoseconds of CLOCK_REALTIME_COARSE: a file whose ctime is not before this, read at the start of a
// walk, may change again within the same tick without its stamp changing (git's "racily clean").
inline int64_t coarse_now_ns() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME_COARSE, &now);
  return static_cast<int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

}  // namespace rel::util
