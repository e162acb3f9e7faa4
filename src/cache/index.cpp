// Reading the index's two frame logs into one record per file, and appending or compacting them.
#include "rel/cache/index.hpp"

#include <algorithm>

namespace rel::cache {
namespace {

bool by_id(const Record& a, const Record& b) { return a.id < b.id; }

// The records of every frame, the latest of each id kept: the first frame (the whole index after a
// compaction) merged with the few records appended since.
std::vector<Record> latest_records(const util::FrameLogContents& log) {
  std::vector<Record> base;
  std::vector<Record> later;
  for (size_t f = 0; f < log.frames.size(); ++f) {
    auto records = read_records(log.frames[f]);
    if (!records) break;  // a damaged frame: what follows it is not trusted either
    if (!std::is_sorted(records->begin(), records->end(), by_id))
      std::stable_sort(records->begin(), records->end(), by_id);
    auto& into = f == 0 ? base : later;
    into.insert(into.end(), records->begin(), records->end());
  }
  if (later.empty()) return base;
  // Later frames win: stable-sorted by id, the last of equal ids is the latest.
  std::stable_sort(later.begin(), later.end(), by_id);
  std::vector<Record> merged;
  merged.reserve(base.size() + later.size());
  size_t b = 0;
  for (size_t k = 0; k < later.size(); ++k) {
    if (k + 1 < later.size() && later[k + 1].id == later[k].id) continue;
    while (b < base.size() && base[b].id < later[k].id) merged.push_back(base[b++]);
    if (b < base.size() && base[b].id == later[k].id) ++b;
    merged.push_back(later[k]);
  }
  merged.insert(merged.end(), base.begin() + static_cast<ptrdiff_t>(b), base.end());
  return merged;
}

std::vector<const Record*> match_records(const std::vector<Record>& records, std::span<const ContactFile> files) {
  std::vector<const Record*> out(files.size(), nullptr);
  size_t next = 0;
  for (size_t k = 0; k < files.size(); ++k) {
    while (next < records.size() && records[next].id < files[k].id) ++next;
    if (next < records.size() && records[next].id == files[k].id && records[next].stamp == files[k].stamp)
      out[k] = &records[next];
  }
  return out;
}

// One frame holding, in id order, each file's new record where it has one, else (with `all`) the
// one it had: views of both, never copied.
util::Pieces frame_of(const std::vector<std::string>& fresh, const std::vector<const Record*>& had, bool all) {
  util::Pieces out;
  for (size_t k = 0; k < fresh.size(); ++k) {
    if (!fresh[k].empty())
      out.push_back(fresh[k]);
    else if (all && had[k])
      out.push_back(had[k]->bytes);
  }
  return out;
}

}  // namespace

Index::Index(const CacheFolder& folder) : m_key(folder.key()) {
  m_index.path = folder.path / "index";
  m_details.path = folder.path / "details";
  read(m_index, header("RELINDEX"));
}

Index::~Index() = default;

util::FrameLogHeader Index::header(std::string_view magic) const { return {magic, index_format_version, m_key}; }

void Index::read(Log& log, const util::FrameLogHeader& header) {
  log.file = std::make_unique<util::MappedFile>(log.path);
  log.contents = util::read_frame_log(log.file->bytes(), header);
  log.records = latest_records(log.contents);
}

std::vector<const Record*> Index::match(std::span<const ContactFile> files) const {
  return match_records(m_index.records, files);
}

std::vector<const Record*> Index::match_details(std::span<const ContactFile> files) {
  if (!m_details_read) {
    read(m_details, header("RELDTAIL"));
    m_details_read = true;
  }
  return match_records(m_details.records, files);
}

void Index::remember(std::span<const ContactFile> files, const std::vector<const Record*>& matched,
                     const std::vector<std::string>& fresh_index, const std::vector<std::string>& fresh_details) {
  size_t fresh = 0;
  size_t live = 0;
  for (size_t k = 0; k < files.size(); ++k) {
    fresh += fresh_index[k].empty() ? 0 : 1;
    live += !fresh_index[k].empty() ? fresh_index[k].size() : matched[k] ? matched[k]->bytes.size() : 0;
  }
  const bool compact = !m_index.contents.usable || util::should_compact(m_index.contents, live);
  if (fresh == 0 && !compact) return;
  if (!compact) {
    util::append_frame(m_index.path, header("RELINDEX"), m_index.contents, frame_of(fresh_index, matched, false));
    auto details = frame_of(fresh_details, {}, false);
    if (details.empty()) return;
    // The details log is large and this run need not read it: only where its frames end.
    const auto layout =
        m_details_read ? m_details.contents : util::frame_log_layout(m_details.path, header("RELDTAIL"));
    util::append_frame(m_details.path, header("RELDTAIL"), layout, details);
    return;
  }
  // Written again whole: the details of unchanged files come from the details log as it is.
  const auto details = match_details(files);
  util::rewrite_frame_log(m_index.path, header("RELINDEX"),
                          std::vector<util::Pieces>{frame_of(fresh_index, matched, true)});
  util::rewrite_frame_log(m_details.path, header("RELDTAIL"),
                          std::vector<util::Pieces>{frame_of(fresh_details, details, true)});
}

}  // namespace rel::cache
