// The journal's derived index: what parsing each contact file gave, so that a run parses only the
// files changed since. Never the source of truth: missing, stale or damaged means "parse the file".
//
// Two frame logs in the cache folder (see util/frame_log.hpp), each record keyed by the file's id and
// stamp: `index`, which every look at the whole journal reads (names, and the contact as listings
// need it — or a bad file's problems, so that it is reported on every run as when parsed), and
// `details`, the rest of each contact, which only full loads read. A run that parsed some files
// appends one frame of their records to each; the logs are written again as one frame of live records
// when util::should_compact says so. A file whose ctime is not older than the start of the listing is
// not recorded (it could change again within the same clock tick, unseen: git's "racily clean").
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "rel/cache/cache_folder.hpp"
#include "rel/cache/records.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/util/frame_log.hpp"
#include "rel/util/mapped_file.hpp"

namespace rel::cache {

// The version of the index and details logs' records, in their headers: bumped whenever their layout
// changes; a log of another version is read as empty and written again.
inline constexpr uint32_t index_format_version = 8;

using journal::ContactFile;

class Index {
 public:
  explicit Index(const CacheFolder& folder);
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // The index record of each of `files` (sorted by id) in its current version; nullptr where none.
  std::vector<const Record*> match(std::span<const ContactFile> files) const;

  // The same from the details log, read on the first call.
  std::vector<const Record*> match_details(std::span<const ContactFile> files);

  // What a run learnt, for every one of `files`: `fresh_index[k]` and `fresh_details[k]` are new
  // records of file k (empty where it was not parsed, or is too new to record), `matched[k]` the
  // index record it had. Appends a frame of the new records to each log, or writes both again
  // compacted. Failures are ignored.
  void remember(std::span<const ContactFile> files, const std::vector<const Record*>& matched,
                const std::vector<std::string>& fresh_index, const std::vector<std::string>& fresh_details);

 private:
  struct Log {
    fs::path path;
    std::unique_ptr<util::MappedFile> file;
    util::FrameLogContents contents;
    std::vector<Record> records;  // the latest record of each id, sorted by id
  };
  static void read(Log& log, const util::FrameLogHeader& header);

  util::FrameLogHeader header(std::string_view magic) const;

  std::string m_key;
  Log m_index;
  Log m_details;
  bool m_details_read = false;
};

// Whether a file listed at `started_ns` (the coarse clock when the listing began) may be recorded.
inline bool recordable(const ContactFile& file, int64_t started_ns) { return file.stamp.ctime_ns < started_ns; }

}  // namespace rel::cache
