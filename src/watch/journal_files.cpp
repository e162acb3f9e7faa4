// The journal's contact files without walking it when a watcher can say what changed since the last
// walk: the walk's list is kept in the cache folder with the watcher's token from just before it.
#include "rel/watch/journal_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "rel/cache/record_codec.hpp"
#include "rel/util/clock.hpp"
#include "rel/util/descriptor.hpp"
#include "rel/util/frame_log.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/monitor.hpp"

namespace rel::watch {
namespace {

constexpr uint32_t format_version = 2;

util::FrameLogHeader snapshot_header(const std::string& key) { return {"RELFILES", format_version, key}; }
fs::path snapshot_path(const cache::CacheFolder& folder) { return folder.path / "files"; }

bool by_id(const ContactFile& a, const ContactFile& b) { return a.id < b.id; }
const std::string& id_of(const std::string& id) { return id; }
const std::string& id_of(const Restamped& r) { return r.id; }

void write_snapshot(const cache::CacheFolder& folder, const WalkSnapshot& snapshot) {
  const auto payload = encode_walk_snapshot(snapshot);
  util::rewrite_frame_log(snapshot_path(folder), snapshot_header(folder.key()), std::vector<util::Pieces>{{payload}});
}

}  // namespace

std::string encode_walk_snapshot(const WalkSnapshot& snapshot) {
  std::string out;
  out.reserve(64 + 56 * snapshot.files.size());
  cache::RecordWriter w(out);
  w.str(snapshot.token);
  w.u32(static_cast<uint32_t>(snapshot.files.size()));
  for (const auto& file : snapshot.files) {
    w.str(file.id);
    w.stamp(file.stamp);
  }
  return out;
}

std::optional<WalkSnapshot> decode_walk_snapshot(std::string_view payload) {
  try {
    cache::RecordReader r(payload);
    WalkSnapshot snapshot;
    snapshot.token = r.str();
    snapshot.files.resize(r.count(36));
    for (auto& file : snapshot.files) {
      file.id = r.str();
      file.stamp = r.stamp();
    }
    if (!r.at_end() || !std::is_sorted(snapshot.files.begin(), snapshot.files.end(), by_id)) return std::nullopt;
    return snapshot;
  } catch (const util::binary::Corrupt&) {
    return std::nullopt;
  }
}

std::optional<std::vector<Restamped>> restamp(const fs::path& root, const std::vector<std::string>& changed) {
  const util::Descriptor root_fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (root_fd.get() < 0) return std::nullopt;
  std::vector<Restamped> out;
  out.reserve(changed.size());
  for (const auto& path : changed) {
    if (!journal::is_contact_path(path)) return std::nullopt;  // not from a watcher of this build
    auto& file = out.emplace_back(Restamped{path.substr(0, path.size() - 5), std::nullopt});
    struct stat st;
    // The folders on the way are real ones: the watcher watches no other (nor does the walk enter them).
    if (::fstatat(root_fd.get(), path.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno != ENOENT && errno != ENOTDIR) return std::nullopt;
      continue;
    }
    if (S_ISLNK(st.st_mode) || (S_ISREG(st.st_mode) && st.st_nlink > 1)) return std::nullopt;
    if (S_ISREG(st.st_mode)) file.stamp = journal::stamp_of(st);
  }
  std::sort(out.begin(), out.end(), [](const Restamped& a, const Restamped& b) { return a.id < b.id; });
  return out;
}

bool apply_changes(const fs::path& root, std::vector<ContactFile>& files, const std::vector<std::string>& changed) {
  auto restamped = restamp(root, changed);
  if (!restamped) return false;
  std::erase_if(files, [&](const ContactFile& f) {
    return std::binary_search(restamped->begin(), restamped->end(), f.id,
                              [](const auto& a, const auto& b) { return id_of(a) < id_of(b); });
  });
  const size_t kept = files.size();
  for (auto& r : *restamped)
    if (r.stamp) files.push_back({std::move(r.id), *r.stamp});
  std::inplace_merge(files.begin(), files.begin() + static_cast<ptrdiff_t>(kept), files.end(), by_id);
  return true;
}

journal::FileListing list_files(const fs::path& root, const cache::CacheFolder& folder,
                                const std::optional<fs::path>& start) {
  journal::FileListing listing;
  listing.started_ns = util::coarse_now_ns();
  std::optional<WalkSnapshot> snapshot;
  {
    util::MappedFile mapped(snapshot_path(folder));
    auto log = util::read_frame_log(mapped.bytes(), snapshot_header(folder.key()));
    if (log.frames.size() == 1) snapshot = decode_walk_snapshot(log.frames.front());
  }
  auto answer = ask_monitor(folder, snapshot ? snapshot->token : std::string());
  if (snapshot && answer && answer->changed && apply_changes(root, snapshot->files, *answer->changed)) {
    // The stamps just taken are as of the answer's token, the others unchanged since an older one: so
    // the list is exact as of the new token, and is kept as such for the next run.
    if (!answer->changed->empty()) {
      snapshot->token = answer->token;
      write_snapshot(folder, *snapshot);
    }
    listing.files = std::move(snapshot->files);
    return listing;
  }
  journal::WalkNotes notes;
  listing.files = journal::scan_contact_files(root, journal::Stamps::take, &notes);
  if (answer && !notes.linked) {
    write_snapshot(folder, {answer->token, listing.files});
  } else if (answer) {
    std::error_code ec;
    fs::remove(snapshot_path(folder), ec);  // of no use while a file is linked: every run walks
  } else if (start && !on_remote_file_system(root)) {
    start_monitor(root, *start);  // (on a network file system it would only say it cannot watch, and exit)
  }
  return listing;
}

}  // namespace rel::watch
