// The journal's contact files without walking it when a watcher can say what changed since the last
// walk: the walk's list is kept beside the index with the watcher's token from just before it.
#include "rel/watch/journal_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "rel/cache/record_codec.hpp"
#include "rel/util/atomic_file.hpp"
#include "rel/util/descriptor.hpp"
#include "rel/util/mapped_file.hpp"
#include "rel/watch/monitor.hpp"

namespace rel::watch {

using namespace journal;
using namespace util;
using namespace cache;
namespace {

using Reader = RecordReader;
using Writer = RecordWriter;

constexpr uint32_t format_version = 1;
constexpr char magic[8] = {'R', 'E', 'L', 'F', 'I', 'L', 'E', 'S'};

// More changed paths than this and a walk is about as quick, and leaves a fresh snapshot.
constexpr size_t most_changes = 256;
// Up to this many changed paths are stat'ed again on every run (a few microseconds each) rather than
// the snapshot rewritten (about a millisecond at 10,000 files).
constexpr size_t most_restamped = 16;

fs::path snapshot_path(const fs::path& folder) { return folder / "files"; }

bool by_id(const ContactFile& a, const ContactFile& b) { return a.id < b.id; }
const std::string& id_of(const std::string& id) { return id; }
const std::string& id_of(const Restamped& r) { return r.id; }

}  // namespace

std::string encode_walk_snapshot(const IndexKey& key, const WalkSnapshot& snapshot) {
  auto out = binary::start_file(magic, format_version, key.root.size() + 64 + 56 * snapshot.files.size());
  Writer w(out);
  w.str(key.root);
  w.u64(key.build);
  w.str(snapshot.token);
  w.u32(static_cast<uint32_t>(snapshot.files.size()));
  for (const auto& file : snapshot.files) {
    w.str(file.id);
    w.stamp(file.stamp);
  }
  binary::finish_file(out);
  return out;
}

std::optional<WalkSnapshot> decode_walk_snapshot(std::string_view bytes, const IndexKey& key) {
  try {
    auto checked = binary::file_payload(bytes, magic, format_version);
    if (!checked) return std::nullopt;
    Reader r(checked->bytes);
    if (r.view() != key.root || r.u64() != key.build) return std::nullopt;
    WalkSnapshot snapshot;
    snapshot.token = r.str();
    snapshot.files.resize(r.count(36));
    for (auto& file : snapshot.files) {
      file.id = r.str();
      file.stamp = r.stamp();
    }
    if (!r.at_end() || !std::is_sorted(snapshot.files.begin(), snapshot.files.end(), by_id)) return std::nullopt;
    return snapshot;
  } catch (const binary::Corrupt&) {
    return std::nullopt;
  }
}

std::optional<std::vector<Restamped>> restamp(const fs::path& root, const std::vector<std::string>& changed) {
  const Descriptor root_fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (root_fd.get() < 0) return std::nullopt;
  std::vector<Restamped> out;
  out.reserve(changed.size());
  for (const auto& path : changed) {
    if (!is_contact_path(path)) return std::nullopt;  // not from a watcher of this build
    auto& file = out.emplace_back(Restamped{path.substr(0, path.size() - 5), std::nullopt});
    struct stat st;
    // The folders on the way are real ones: the watcher watches no other (nor does the walk enter them).
    if (::fstatat(root_fd.get(), path.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno != ENOENT && errno != ENOTDIR) return std::nullopt;
      continue;
    }
    if (S_ISLNK(st.st_mode) || (S_ISREG(st.st_mode) && st.st_nlink > 1)) return std::nullopt;
    if (S_ISREG(st.st_mode)) file.stamp = stamp_of(st);
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

JournalFiles journal_files(const fs::path& root) {
  const auto use = monitor_use();
  const auto folder = index_folder(root);
  if (use == MonitorUse::off || !folder) return {scan_contact_files(root), std::nullopt};
  const auto key = index_key(root);
  std::optional<WalkSnapshot> snapshot;
  {
    MappedFile mapped(snapshot_path(*folder), MappedFile::Populate::all);
    snapshot = decode_walk_snapshot(mapped.bytes(), key);
  }
  auto answer = ask_monitor(root, snapshot ? snapshot->token : std::string());
  if (snapshot && answer && answer->changed && answer->changed->size() <= most_changes &&
      apply_changes(root, snapshot->files, *answer->changed)) {
    // The stamps just taken are as of the answer's token, the others unchanged since an older one: so
    // the list is exact as of the new token, and written as such once the changes to take again add up.
    if (answer->changed->size() > most_restamped) {
      snapshot->token = answer->token;
      write_derived_file(snapshot_path(*folder), encode_walk_snapshot(key, *snapshot));
    }
    return {std::move(snapshot->files), std::move(answer->token)};
  }
  WalkNotes notes;
  JournalFiles walked{scan_contact_files(root, Stamps::take, &notes), std::nullopt};
  if (answer && !notes.linked) {
    write_derived_file(snapshot_path(*folder), encode_walk_snapshot(key, {answer->token, walked.files}));
    walked.token = std::move(answer->token);
  } else if (answer) {
    std::error_code ec;
    fs::remove(snapshot_path(*folder), ec);  // of no use while a file is linked: every run walks
  } else if ((use == MonitorUse::on || walked.files.size() >= monitor_threshold) && !on_remote_file_system(root)) {
    start_monitor(root);  // (on a network file system it would only say it cannot watch, and exit)
  }
  return walked;
}

}  // namespace rel::watch
