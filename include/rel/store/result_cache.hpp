// The who-to-call result cache: each contact's assessment, kept next to the index, so that a run over
// an unchanged journal neither decodes interactions nor computes health. Never the source of truth.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/date.hpp"
#include "rel/core/error.hpp"
#include "rel/core/urgency.hpp"
#include "rel/store/index.hpp"

namespace rel::store {

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
};

std::string encode_result_cache(const ResultCache& cache);

// Nothing when the bytes are truncated, corrupt, of another format version, or of another key.
std::optional<ResultCache> decode_result_cache(std::string_view bytes, const ResultCacheKey& key);

// Identifies the settings file's version: its stamp and its bytes (0 bytes when it is missing). The
// stamp is there so that an edit and its undo between two readings still show as a change.
struct SettingsFingerprint {
  uint64_t value = 0;
  int64_t ctime_ns = 0;  // to tell a settings file too fresh to trust (see snapshot_results)
};
SettingsFingerprint settings_fingerprint(const fs::path& root);

// Where the cache of the journal at `root` lives: beside its index; nothing when there is no cache home.
std::optional<fs::path> result_cache_path(const fs::path& root);

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
// differs or it is unreadable): what a run can reuse for the files that did not change.
std::optional<ResultCache> read_result_cache(const fs::path& path, const ResultCacheKey& key);

// Whether results computed after `snapshot` may be cached: not when a file or the settings changed
// within the clock tick of the walk (it could change again unseen, as in the index), nor when the
// settings changed since.
bool results_cacheable(const fs::path& root, const ResultSnapshot& snapshot);

}  // namespace rel::store
