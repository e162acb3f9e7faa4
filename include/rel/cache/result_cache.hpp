// The who-to-call result cache: each contact's assessment, kept next to the index, so that a run over
// an unchanged journal neither decodes interactions nor computes health. Never the source of truth.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rel/cache/index.hpp"
#include "rel/core/date.hpp"
#include "rel/core/error.hpp"
#include "rel/core/settings.hpp"
#include "rel/core/urgency.hpp"

namespace rel::cache {

namespace fs = std::filesystem;

// An assessment is a pure function of the file, the day and the settings (and of rel itself): the
// cache is usable only when all of these are the same.
struct ResultCacheKey {
  IndexKey index;         // the journal's path and the rel executable
  Date today;             // every figure is "as of" today
  uint64_t settings = 0;  // fingerprint of .rel.yaml (see settings_fingerprint)
  bool operator==(const ResultCacheKey&) const = default;
};

// One contact file's result: its urgency (with health and reasons), and its tags for `--tag`; or only
// that it is bad (its problems are in ResultCache::problems, in the order a load reports them).
struct CachedResult {
  FileStamp stamp;
  bool bad = false;
  std::vector<std::string> tags;
  Urgency urgency;  // urgency.id is the file's id, also for a bad file
  bool operator==(const CachedResult&) const;
};

struct ResultCache {
  ResultCacheKey key;
  std::vector<Diagnostic> problems;   // as Journal::problems: of .rel.yaml, then of each bad file
  std::vector<CachedResult> results;  // every contact file of the journal, sorted by id
  std::vector<uint32_t> order;        // indices of the valid results, most urgent first
  // .rel.yaml as the results were computed with it, when it had no problems: a run assessing a few
  // changed files need not parse it again (the key's fingerprint holds its bytes).
  std::optional<Settings> settings;
  uint64_t checksum = 0;  // set when decoded: of the full cache's payload, which a delta over it names
};

std::string encode_result_cache(const ResultCache& cache);

// Nothing when the bytes are truncated, corrupt, of another format version, or of another key.
std::optional<ResultCache> decode_result_cache(std::string_view bytes, const ResultCacheKey& key);

// What changed since a full cache was written, kept beside it (as the index's delta) so that one edited
// file costs writing one record, not the whole cache. It holds only valid results, and neither
// replaces nor removes a bad one, so the full cache's problems hold as they are: a change to a bad
// file always writes the full cache.
struct ResultDelta {
  ResultCacheKey key;
  uint64_t base_checksum = 0;         // ResultCache::checksum of the full cache it extends
  std::vector<CachedResult> results;  // changed or new files, sorted by id; none bad
  std::vector<std::string> removed;   // ids of the full cache no longer in the journal, sorted
};

std::string encode_result_delta(const ResultDelta& delta);

// Nothing when the bytes are truncated, corrupt, of another format version or key, or inconsistent.
std::optional<ResultDelta> decode_result_delta(std::string_view bytes, const ResultCacheKey& key);

// The delta file beside a full cache is a log of frames, each one delta as encode_result_delta writes
// it: a run that changes a few results appends a frame of only its own changes (a write(2), where a
// new file costs a creation, an exchange of names and an unlink), and from time to time the whole is
// written again as one frame. Read back, the frames that extend the full cache are merged in order.
struct DeltaLog {
  ResultDelta merged;  // every frame's changes, a later one's over an earlier one's
  size_t frames = 0;   // whole frames read, merged or passed over (of another key or full cache)
  bool whole = true;   // every byte belongs to a whole frame (none torn by a crash or a partial write)
};
DeltaLog read_delta_log(std::string_view bytes, const ResultCacheKey& key, uint64_t base_checksum);

// Where a result read from the cache came from: the full cache, or its delta (replacing a result of
// the full cache, or one the full cache does not have). A new delta must carry every result that is
// not from the full cache.
enum class ResultOrigin : uint8_t { base, replaced, added };

// The cache as read: the full cache with its delta applied.
struct StoredResults {
  ResultCache cache;                  // cache.checksum is the full cache's
  std::vector<ResultOrigin> origins;  // of each of cache.results
  std::vector<std::string> removed;   // ids of the full cache the delta removed (none in cache.results)
  size_t delta_frames = 0;            // frames in the delta log (see DeltaLog)
  bool delta_whole = true;            // the delta log is whole: a frame may be appended to it
};

// The full cache with `delta` applied: its results replace or join the full cache's, its removals
// leave it, and its results are placed into the full cache's order. Nothing when the delta does not
// extend this cache (another base checksum or key) or would replace or remove a bad result.
std::optional<StoredResults> apply_result_delta(ResultCache base, const ResultDelta& delta);

// Sets cache.order from the order of an earlier set of results: `moved_to[i]` is where earlier result
// i now is in cache.results (or `gone`), and `fresh` the indices of the results that are new, which
// are placed with upper_bound on more_urgent. That is a total order, so this gives what sorting
// every result would, without folding thousands of tied names.
constexpr uint32_t gone = UINT32_MAX;
void place_results(ResultCache& cache, const std::vector<uint32_t>& earlier_order,
                   const std::vector<uint32_t>& moved_to, const std::vector<uint32_t>& fresh);

// Puts each replacement's result at its index (a result of the same file, computed again) and places
// those into the order; every other result keeps its place. What a few edited files need, without
// moving thousands of results.
void replace_results(ResultCache& cache, std::vector<std::pair<uint32_t, CachedResult>> replacements);

// Identifies the settings file's version: its stamp and its bytes (0 bytes when it is missing). The
// stamp is there so that an edit and its undo between two readings still show as a change.
struct SettingsFingerprint {
  uint64_t value = 0;
  int64_t ctime_ns = 0;  // to tell a settings file too fresh to trust (see snapshot_results)
};
SettingsFingerprint settings_fingerprint(const fs::path& root);

// Where the cache of the journal at `root` lives: beside its index; nothing when there is no cache home.
std::optional<fs::path> result_cache_path(const fs::path& root);

// Where the delta over the full cache at `cache_path` lives: beside it, with ".delta" appended.
fs::path result_delta_path(const fs::path& cache_path);

// The journal as a run finds it, taken before computing anything, so that results are keyed by
// versions no newer than the ones they were computed from.
struct ResultSnapshot {
  int64_t started_ns = 0;  // the coarse clock when the walk began
  std::vector<ContactFile> files;
  ResultCacheKey key;
  int64_t settings_ctime_ns = 0;
};
ResultSnapshot snapshot_results(const fs::path& root, Date today);

// The cached results when they are of exactly the snapshot's files, stamps and key; else nothing.
std::optional<ResultCache> load_result_cache(const fs::path& path, const ResultSnapshot& snapshot);

// Whether a decoded cache holds exactly the snapshot's files, with their stamps.
bool results_match(const ResultCache& cache, const ResultSnapshot& snapshot);

// The cache's results for the snapshot's key whatever the files' stamps (nothing when the key
// differs or it is unreadable): what a run can reuse for the files that did not change. The delta
// beside the full cache is applied when it extends that very cache, and ignored otherwise.
std::optional<StoredResults> read_result_cache(const fs::path& path, const ResultCacheKey& key);

// Whether results computed after `snapshot` may be cached: not when a file or the settings changed
// within the clock tick of the walk (it could change again unseen, as in the index), nor when the
// settings changed since.
bool results_cacheable(const fs::path& root, const ResultSnapshot& snapshot);

}  // namespace rel::cache
