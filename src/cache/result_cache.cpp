// The binary format of the who-to-call result cache, its key, and when it may be trusted or written.
#include "rel/cache/result_cache.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <type_traits>

#include "rel/cache/record_codec.hpp"
#include "rel/core/urgency.hpp"
#include "rel/journal/journal.hpp"
#include "rel/util/clock.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/journal_files.hpp"

namespace rel::cache {

using namespace journal;
using namespace util;
using namespace watch;
namespace {

using binary::checksum;
using binary::Corrupt;
using Reader = RecordReader;
using Writer = RecordWriter;

// Bumped whenever the layout below changes; a cache of another version is simply rebuilt.
constexpr uint32_t format_version = 3;
constexpr char magic[8] = {'R', 'E', 'L', 'R', 'E', 'S', 'L', 'T'};
constexpr char delta_magic[8] = {'R', 'E', 'L', 'R', 'D', 'L', 'T', 'A'};

// A tripwire, as in the index: the codec writes every field of Urgency, Health and Settings, so a new field must
// be added to it (and format_version bumped) or cached output would silently differ from computed.
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(Urgency) == 256, "Urgency changed: update the result cache codec");
static_assert(sizeof(Health) == 136, "Health changed: update the result cache codec");
static_assert(sizeof(Settings) == 504, "Settings changed: update encode_settings");
#endif

void f64(Writer& w, double v) { w.u64(std::bit_cast<uint64_t>(v)); }
double f64(Reader& r) { return std::bit_cast<double>(r.u64()); }
void opt_f64(Writer& w, const std::optional<double>& v) {
  w.u8(v.has_value());
  if (v) f64(w, *v);
}
std::optional<double> opt_f64(Reader& r) {
  if (!r.flag()) return std::nullopt;
  return f64(r);
}

void encode_result(Writer& w, const CachedResult& result) {
  const auto& u = result.urgency;
  w.str(u.id);
  w.stamp(result.stamp);
  w.u8(result.bad ? 1 : 0);
  if (result.bad) return;
  w.strs(result.tags);
  w.str(u.name);
  w.u8(static_cast<uint8_t>(u.contact_status));
  w.opt_date(u.snooze);
  w.u8(static_cast<uint8_t>(u.status));
  f64(w, u.urgency);
  w.u8(u.act_today ? 1 : 0);
  const auto& h = u.health;
  f64(w, h.score);
  f64(w, h.sinews.time);
  f64(w, h.sinews.intensity);
  f64(w, h.sinews.reciprocity);
  f64(w, h.sinews.trust);
  opt_f64(w, h.previous);
  opt_f64(w, h.trend);
  w.i32(h.cadence_days);
  w.opt_date(h.last);
  w.opt_int(h.days_since);
  opt_f64(w, h.usual_gap_days);
  w.i32(h.unanswered);
  w.opt_date(h.unanswered_since);
  f64(w, h.chase);
  w.u32(static_cast<uint32_t>(u.reasons.size()));
  for (const auto& reason : u.reasons) {
    w.u8(static_cast<uint8_t>(reason.cause));
    w.str(reason.text);
  }
}

CachedResult decode_result(Reader& r) {
  CachedResult result;
  auto& u = result.urgency;
  u.id = r.str();
  result.stamp = r.stamp();
  result.bad = r.flag();
  if (result.bad) return result;
  result.tags = r.strs();
  u.name = r.str();
  auto contact_status = r.u8();
  if (contact_status > static_cast<uint8_t>(ContactStatus::deceased)) throw Corrupt{};
  u.contact_status = static_cast<ContactStatus>(contact_status);
  u.snooze = r.opt_date();
  auto status = r.u8();
  if (status > static_cast<uint8_t>(Status::urgent)) throw Corrupt{};
  u.status = static_cast<Status>(status);
  u.urgency = f64(r);
  u.act_today = r.flag();
  auto& h = u.health;
  h.score = f64(r);
  h.sinews.time = f64(r);
  h.sinews.intensity = f64(r);
  h.sinews.reciprocity = f64(r);
  h.sinews.trust = f64(r);
  h.previous = opt_f64(r);
  h.trend = opt_f64(r);
  h.cadence_days = r.i32();
  h.last = r.opt_date();
  h.days_since = r.opt_int();
  h.usual_gap_days = opt_f64(r);
  h.unanswered = r.i32();
  h.unanswered_since = r.opt_date();
  h.chase = f64(r);
  u.reasons.resize(r.count(5));
  for (auto& reason : u.reasons) {
    auto cause = r.u8();
    if (cause >= cause_count) throw Corrupt{};
    reason.cause = static_cast<Cause>(cause);
    reason.text = r.str();
  }
  return result;
}

// Settings, for the build that wrote them only (the key's build part): HealthParams is written as its
// bytes, which only that build's layout reads back.
static_assert(std::is_trivially_copyable_v<HealthParams>);

void encode_cached_settings(Writer& w, const std::optional<Settings>& settings) {
  w.u8(settings.has_value());
  if (!settings) return;
  w.i32(settings->default_cadence_days);
  w.u32(static_cast<uint32_t>(settings->tag_cadence_days.size()));
  for (const auto& [tag, days] : settings->tag_cadence_days) {
    w.str(tag);
    w.i32(days);
  }
  for (double weight : settings->weights) f64(w, weight);
  w.u8(settings->autocommit ? 1 : 0);
  auto health = settings->health;
  __builtin_clear_padding(&health);  // the same settings, the same bytes
  w.str(std::string_view(reinterpret_cast<const char*>(&health), sizeof health));
}

std::optional<Settings> decode_cached_settings(Reader& r) {
  if (!r.flag()) return std::nullopt;
  Settings settings;
  settings.default_cadence_days = r.i32();
  for (auto n = r.count(8); n > 0; --n) {
    auto tag = r.str();
    settings.tag_cadence_days[std::move(tag)] = r.i32();
  }
  for (double& weight : settings.weights) weight = f64(r);
  settings.autocommit = r.flag();
  auto health = r.view();
  if (health.size() != sizeof settings.health) throw Corrupt{};
  std::memcpy(&settings.health, health.data(), sizeof settings.health);
  return settings;
}

// The result of file `id` among `results` (sorted by id), or null.
const CachedResult* find_result(const std::vector<CachedResult>& results, const std::string& id) {
  auto it = std::lower_bound(results.begin(), results.end(), id,
                             [](const CachedResult& r, const std::string& k) { return r.urgency.id < k; });
  return it != results.end() && it->urgency.id == id ? &*it : nullptr;
}

void encode_key(Writer& w, const ResultCacheKey& key) {
  w.str(key.index.root);
  w.u64(key.index.build);
  w.i32(key.today.days_since_epoch());
  w.u64(key.settings);
}

// Compared field by field before anything else is decoded: a cache of another day is the common miss
// (every morning), and it should cost nothing.
bool key_matches(Reader& r, const ResultCacheKey& key) {
  ResultCacheKey found;
  found.index.root = r.str();
  found.index.build = r.u64();
  found.today = Date::from_days(r.i32());
  found.settings = r.u64();
  return found == key;
}

}  // namespace

bool CachedResult::operator==(const CachedResult& o) const {
  const auto& a = urgency;
  const auto& b = o.urgency;
  return stamp == o.stamp && bad == o.bad && tags == o.tags && a.id == b.id && a.name == b.name &&
         a.contact_status == b.contact_status && a.snooze == b.snooze && a.status == b.status &&
         a.urgency == b.urgency && a.act_today == b.act_today && a.health == b.health && a.reasons == b.reasons;
}

std::string encode_result_cache(const ResultCache& cache) {
  auto out = binary::start_file(magic, format_version, 128 * cache.results.size() + 256);
  Writer w(out);
  encode_key(w, cache.key);
  encode_cached_settings(w, cache.settings);
  w.u32(static_cast<uint32_t>(cache.problems.size()));
  for (const auto& p : cache.problems) {
    w.str(p.where.file);
    w.i32(p.where.line);
    w.i32(p.where.column);
    w.str(p.message);
  }
  w.u32(static_cast<uint32_t>(cache.results.size()));
  for (const auto& result : cache.results) encode_result(w, result);
  w.u32(static_cast<uint32_t>(cache.order.size()));
  for (auto index : cache.order) w.u32(index);
  binary::finish_file(out);
  return out;
}

std::optional<ResultCache> decode_result_cache(std::string_view bytes, const ResultCacheKey& key) {
  try {
    auto payload = binary::file_payload(bytes, magic, format_version);
    if (!payload) return std::nullopt;
    Reader r(payload->bytes);
    if (!key_matches(r, key)) return std::nullopt;
    ResultCache cache;
    cache.key = key;
    cache.checksum = payload->checksum;
    cache.settings = decode_cached_settings(r);
    cache.problems.resize(r.count(16));
    for (auto& p : cache.problems) {
      p.where.file = r.str();
      p.where.line = r.i32();
      p.where.column = r.i32();
      p.message = r.str();
    }
    cache.results.resize(r.count(21));
    for (size_t i = 0; i < cache.results.size(); ++i) {
      cache.results[i] = decode_result(r);
      if (i > 0 && !(cache.results[i - 1].urgency.id < cache.results[i].urgency.id)) return std::nullopt;
    }
    cache.order.resize(r.count(4));
    std::vector<bool> seen(cache.results.size(), false);
    for (auto& index : cache.order) {
      index = r.u32();
      if (index >= cache.results.size() || seen[index] || cache.results[index].bad) return std::nullopt;
      seen[index] = true;
    }
    size_t valid = 0;
    for (const auto& result : cache.results) valid += result.bad ? 0 : 1;
    if (valid != cache.order.size() || !r.at_end()) return std::nullopt;
    return cache;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

std::string encode_result_delta(const ResultDelta& delta) {
  auto out =
      binary::start_file(delta_magic, format_version, 128 * delta.results.size() + 32 * delta.removed.size() + 256);
  Writer w(out);
  encode_key(w, delta.key);
  w.u64(delta.base_checksum);
  w.u32(static_cast<uint32_t>(delta.results.size()));
  for (const auto& result : delta.results) encode_result(w, result);
  w.strs(delta.removed);
  binary::finish_file(out);
  return out;
}

std::optional<ResultDelta> decode_result_delta(std::string_view bytes, const ResultCacheKey& key) {
  try {
    auto payload = binary::file_payload(bytes, delta_magic, format_version);
    if (!payload) return std::nullopt;
    Reader r(payload->bytes);
    if (!key_matches(r, key)) return std::nullopt;
    ResultDelta delta;
    delta.key = key;
    delta.base_checksum = r.u64();
    delta.results.resize(r.count(21));
    for (size_t i = 0; i < delta.results.size(); ++i) {
      delta.results[i] = decode_result(r);
      if (delta.results[i].bad) return std::nullopt;  // its problems would be nowhere
      if (i > 0 && !(delta.results[i - 1].urgency.id < delta.results[i].urgency.id)) return std::nullopt;
    }
    delta.removed = r.strs();
    for (size_t i = 1; i < delta.removed.size(); ++i)
      if (!(delta.removed[i - 1] < delta.removed[i])) return std::nullopt;
    // An id is either changed or removed, never both.
    size_t c = 0;
    for (const auto& id : delta.removed) {
      while (c < delta.results.size() && delta.results[c].urgency.id < id) ++c;
      if (c < delta.results.size() && delta.results[c].urgency.id == id) return std::nullopt;
    }
    if (!r.at_end()) return std::nullopt;
    return delta;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

void place_results(ResultCache& cache, const std::vector<uint32_t>& earlier_order,
                   const std::vector<uint32_t>& moved_to, const std::vector<uint32_t>& fresh) {
  auto before = [&](uint32_t a, uint32_t b) { return more_urgent(cache.results[a].urgency, cache.results[b].urgency); };
  cache.order.clear();
  cache.order.reserve(earlier_order.size() + fresh.size());
  for (auto index : earlier_order)
    if (moved_to[index] != gone) cache.order.push_back(moved_to[index]);
  for (auto index : fresh)
    if (!cache.results[index].bad)
      cache.order.insert(std::upper_bound(cache.order.begin(), cache.order.end(), index, before), index);
}

void replace_results(ResultCache& cache, std::vector<std::pair<uint32_t, CachedResult>> replacements) {
  std::vector<uint32_t> moved_to(cache.results.size());
  std::iota(moved_to.begin(), moved_to.end(), 0u);
  std::vector<uint32_t> fresh;
  fresh.reserve(replacements.size());
  for (auto& [index, result] : replacements) {
    cache.results[index] = std::move(result);
    moved_to[index] = gone;  // placed again, as fresh
    fresh.push_back(index);
  }
  const auto earlier = std::move(cache.order);
  place_results(cache, earlier, moved_to, fresh);
}

std::optional<StoredResults> apply_result_delta(ResultCache base, const ResultDelta& delta) {
  if (delta.base_checksum != base.checksum || !(delta.key == base.key)) return std::nullopt;
  // The usual delta, of files edited and none added or removed, is applied in place. (A removal of a
  // file the full cache never had, added by one frame of a delta log and removed by a later one,
  // removes nothing.)
  if (std::none_of(delta.removed.begin(), delta.removed.end(),
                   [&](const std::string& id) { return find_result(base.results, id); })) {
    std::vector<std::pair<uint32_t, CachedResult>> replacements;
    for (const auto& result : delta.results) {
      const auto* found = find_result(base.results, result.urgency.id);
      if (!found) break;
      if (found->bad) return std::nullopt;  // its problems would stay in the list
      replacements.emplace_back(static_cast<uint32_t>(found - base.results.data()), result);
    }
    if (replacements.size() == delta.results.size()) {
      StoredResults stored;
      stored.origins.assign(base.results.size(), ResultOrigin::base);
      for (const auto& replacement : replacements) stored.origins[replacement.first] = ResultOrigin::replaced;
      stored.cache = std::move(base);
      replace_results(stored.cache, std::move(replacements));
      return stored;
    }
  }
  StoredResults stored;
  auto& merged = stored.cache;
  merged.key = base.key;
  merged.checksum = base.checksum;
  merged.settings = std::move(base.settings);
  merged.problems = std::move(base.problems);
  merged.results.reserve(base.results.size() + delta.results.size());
  stored.origins.reserve(base.results.size() + delta.results.size());
  std::vector<uint32_t> moved_to(base.results.size(), gone);
  std::vector<uint32_t> fresh;
  const auto& changed = delta.results;
  const auto& removed = delta.removed;
  size_t b = 0, c = 0, r = 0;  // next of base.results, changed, removed; all sorted by id
  while (b < base.results.size() || c < changed.size()) {
    if (c < changed.size() && (b == base.results.size() || !(base.results[b].urgency.id < changed[c].urgency.id))) {
      bool replaces = b < base.results.size() && base.results[b].urgency.id == changed[c].urgency.id;
      if (replaces && base.results[b].bad) return std::nullopt;
      fresh.push_back(static_cast<uint32_t>(merged.results.size()));
      merged.results.push_back(changed[c++]);
      stored.origins.push_back(replaces ? ResultOrigin::replaced : ResultOrigin::added);
      b += replaces ? 1 : 0;
      continue;
    }
    const auto& id = base.results[b].urgency.id;
    while (r < removed.size() && removed[r] < id) ++r;  // of no result here: nothing to remove
    if (r < removed.size() && removed[r] == id) {
      if (base.results[b].bad) return std::nullopt;
      stored.removed.push_back(removed[r++]);
      ++b;
      continue;
    }
    moved_to[b] = static_cast<uint32_t>(merged.results.size());
    merged.results.push_back(std::move(base.results[b++]));
    stored.origins.push_back(ResultOrigin::base);
  }
  place_results(merged, base.order, moved_to, fresh);
  return stored;
}

SettingsFingerprint settings_fingerprint(const fs::path& root) {
  SettingsFingerprint fingerprint;
  const auto path = root / settings_file_name;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return fingerprint;  // no settings: the defaults
  std::string text;
  text.append(reinterpret_cast<const char*>(&st.st_size), sizeof st.st_size);
  text.append(reinterpret_cast<const char*>(&st.st_mtim), sizeof st.st_mtim);
  text.append(reinterpret_cast<const char*>(&st.st_ino), sizeof st.st_ino);
  text.append(reinterpret_cast<const char*>(&st.st_ctim), sizeof st.st_ctim);
  text.append(reinterpret_cast<const char*>(&st.st_mode), sizeof st.st_mode);
  if (std::ifstream in(path, std::ios::binary); in) {
    std::ostringstream bytes;
    bytes << in.rdbuf();
    text += bytes.str();
  }
  fingerprint.value = checksum(text) | 1;  // never 0, which is "no settings file"
  fingerprint.ctime_ns = static_cast<int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
  return fingerprint;
}

std::optional<fs::path> result_cache_path(const fs::path& root) {
  auto folder = index_folder(root);
  if (!folder) return std::nullopt;
  return *folder / "who-to-call";
}

fs::path result_delta_path(const fs::path& cache_path) {
  auto path = cache_path;
  path += ".delta";
  return path;
}

ResultSnapshot snapshot_results(const fs::path& root, Date today) {
  ResultSnapshot snapshot;
  snapshot.started_ns = coarse_now_ns();
  // The settings first: a change to them after this reading is caught by results_cacheable.
  auto settings = settings_fingerprint(root);
  snapshot.key.settings = settings.value;
  snapshot.settings_ctime_ns = settings.ctime_ns;
  snapshot.files = journal_files(root).files;
  snapshot.key.index = index_key(root);
  snapshot.key.today = today;
  return snapshot;
}

std::optional<ResultCache> load_result_cache(const fs::path& path, const ResultSnapshot& snapshot) {
  auto stored = read_result_cache(path, snapshot.key);
  if (!stored || !results_match(stored->cache, snapshot)) return std::nullopt;
  return std::move(stored->cache);
}

bool results_match(const ResultCache& cache, const ResultSnapshot& snapshot) {
  if (cache.results.size() != snapshot.files.size()) return false;
  for (size_t i = 0; i < snapshot.files.size(); ++i) {
    const auto& file = snapshot.files[i];
    const auto& result = cache.results[i];
    if (result.urgency.id != file.id || !(result.stamp == file.stamp)) return false;
  }
  return true;
}

DeltaLog read_delta_log(std::string_view bytes, const ResultCacheKey& key, uint64_t base_checksum) {
  DeltaLog log;
  log.merged.key = key;
  log.merged.base_checksum = base_checksum;
  std::map<std::string, CachedResult> results;
  std::set<std::string> removed;
  while (!bytes.empty()) {
    // A frame is a whole delta file: its header gives its length.
    const auto length = binary::file_length(bytes);
    if (!length || *length > bytes.size() ||
        !binary::file_payload(bytes.substr(0, *length), delta_magic, format_version)) {
      log.whole = false;  // torn or damaged: nothing after it can be framed
      break;
    }
    ++log.frames;
    // A frame of another key or full cache (appended over one replaced since, say) is passed over.
    auto frame = decode_result_delta(bytes.substr(0, *length), key);
    bytes.remove_prefix(*length);
    if (!frame || frame->base_checksum != base_checksum) continue;
    for (auto& result : frame->results) {
      removed.erase(result.urgency.id);
      results.insert_or_assign(result.urgency.id, std::move(result));
    }
    for (auto& id : frame->removed) {
      results.erase(id);
      removed.insert(std::move(id));
    }
  }
  for (auto& [id, result] : results) log.merged.results.push_back(std::move(result));
  log.merged.removed.assign(removed.begin(), removed.end());
  return log;
}

std::optional<StoredResults> read_result_cache(const fs::path& path, const ResultCacheKey& key) {
  std::optional<ResultCache> base;
  {
    MappedFile mapped(path);
    base = decode_result_cache(mapped.bytes(), key);
  }
  if (!base) return std::nullopt;
  // Frames of another full cache (one written since by another run, say) are passed over: every
  // result is still checked against its file's stamp, so what is passed over is only work saved.
  DeltaLog log;
  {
    MappedFile mapped(result_delta_path(path));
    log = read_delta_log(mapped.bytes(), key, base->checksum);
  }
  std::optional<StoredResults> stored;
  if (log.merged.results.empty() && log.merged.removed.empty()) {
    stored.emplace();
    stored->origins.assign(base->results.size(), ResultOrigin::base);
    stored->cache = std::move(*base);
  } else {
    stored = apply_result_delta(std::move(*base), log.merged);
  }
  if (stored) {
    stored->delta_frames = log.frames;
    stored->delta_whole = log.whole;
  }
  return stored;
}

bool results_cacheable(const fs::path& root, const ResultSnapshot& snapshot) {
  if (snapshot.settings_ctime_ns >= snapshot.started_ns) return false;
  for (const auto& file : snapshot.files)
    if (file.stamp.ctime_ns >= snapshot.started_ns) return false;
  return settings_fingerprint(root).value == snapshot.key.settings;
}

}  // namespace rel::cache
