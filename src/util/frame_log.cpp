// Derived files as logs of checksummed frames: read up to the first damaged frame, appended in one
// write, compacted by one rule.
#include "rel/util/frame_log.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>

#include "rel/util/atomic_file.hpp"
#include "rel/util/binary.hpp"
#include "rel/util/descriptor.hpp"

namespace rel::util {
namespace {

// A frame: its payload's length (4 bytes), the payload's checksum (8 bytes), the payload.
constexpr size_t frame_head = 12;

// Appends `frame` to the log at `path` in one write(2) if that very file (the descriptor, not the
// name, which a compaction may have given to a new file meanwhile) still opens with `head` and is no
// shorter than when it was read whole: another build of rel must never find our frames in its log.
bool append_to_same_log(const fs::path& path, std::string_view head, size_t size_read, const Pieces& frame) {
  Descriptor fd(::open(path.c_str(), O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (fd.get() < 0) return false;
  struct stat st;
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || static_cast<size_t>(st.st_size) < size_read) return false;
  std::string found(head.size(), '\0');
  if (::pread(fd.get(), found.data(), found.size(), 0) != static_cast<ssize_t>(found.size()) || found != head)
    return false;
  // One writev(2): appends of concurrent runs land whole, one after the other. (More pieces than one
  // call takes are gathered first.)
  std::vector<iovec> parts;
  size_t size = 0;
  for (auto piece : frame) {
    parts.push_back({const_cast<char*>(piece.data()), piece.size()});
    size += piece.size();
  }
  std::string gathered;
  if (parts.size() > IOV_MAX) {
    gathered.reserve(size);
    for (auto piece : frame) gathered += piece;
    parts.assign(1, {gathered.data(), gathered.size()});
  }
  ssize_t written;
  do written = ::writev(fd.get(), parts.data(), static_cast<int>(parts.size()));
  while (written < 0 && errno == EINTR);
  return written == static_cast<ssize_t>(size);
}

// A frame's 12 bytes before its payload: the payload's length and checksum.
std::string frame_head_of(const Pieces& payload) {
  binary::Checksum sum;
  size_t size = 0;
  for (auto piece : payload) {
    sum.feed(piece);
    size += piece.size();
  }
  std::string out;
  binary::Writer w(out);
  w.u32(static_cast<uint32_t>(size));
  w.u64(sum.value());
  return out;
}

}  // namespace

std::string encode_frame_log_header(const FrameLogHeader& header) {
  std::string out(header.magic);
  binary::Writer w(out);
  w.u32(header.version);
  w.str(header.key);
  w.u64(binary::checksum(out));
  return out;
}

std::string encode_frame(std::string_view payload) { return frame_head_of({payload}) + std::string(payload); }

FrameLogContents read_frame_log(std::string_view bytes, const FrameLogHeader& header) {
  FrameLogContents log;
  log.bytes = bytes.size();
  const auto head = encode_frame_log_header(header);
  if (!bytes.starts_with(head)) return log;
  log.usable = true;
  size_t at = head.size();
  while (at < bytes.size()) {
    if (bytes.size() - at < frame_head) break;
    binary::Reader r(bytes, at);
    const size_t length = r.u32();
    const uint64_t sum = r.u64();
    if (length > bytes.size() - at - frame_head) break;
    const auto payload = bytes.substr(at + frame_head, length);
    if (binary::checksum(payload) != sum) break;
    log.frames.push_back(payload);
    at += frame_head + length;
  }
  log.torn = at != bytes.size();
  return log;
}

FrameLogContents frame_log_layout(const fs::path& path, const FrameLogHeader& header) {
  FrameLogContents log;
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  struct stat st;
  if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return log;
  log.bytes = static_cast<size_t>(st.st_size);
  const auto head = encode_frame_log_header(header);
  std::string found(head.size(), '\0');
  if (::pread(fd.get(), found.data(), found.size(), 0) != static_cast<ssize_t>(found.size()) || found != head)
    return log;
  log.usable = true;
  size_t at = head.size();
  char bytes[frame_head];
  while (log.bytes - at >= frame_head &&
         ::pread(fd.get(), bytes, frame_head, static_cast<off_t>(at)) == static_cast<ssize_t>(frame_head)) {
    binary::Reader r(std::string_view(bytes, frame_head), 0);
    const size_t length = r.u32();
    if (length > log.bytes - at - frame_head) break;
    at += frame_head + length;
  }
  log.torn = at != log.bytes;
  return log;
}

bool should_compact(const FrameLogContents& log, size_t live_bytes, size_t max_frames) {
  const size_t dead = log.bytes > live_bytes ? log.bytes - live_bytes : 0;
  return log.frames.size() > max_frames || dead > 2 * live_bytes + 4096;
}

void append_frame(const fs::path& path, const FrameLogHeader& header, const FrameLogContents& read,
                  const Pieces& payload) {
  const auto head = encode_frame_log_header(header);
  const auto frame_head = frame_head_of(payload);
  Pieces frame = {frame_head};
  frame.insert(frame.end(), payload.begin(), payload.end());
  if (read.usable && !read.torn && append_to_same_log(path, head, read.bytes, frame)) return;
  frame.insert(frame.begin(), head);
  write_derived_file(path, frame);
}

void rewrite_frame_log(const fs::path& path, const FrameLogHeader& header, std::span<const Pieces> frames) {
  const auto head = encode_frame_log_header(header);
  std::vector<std::string> frame_heads;
  frame_heads.reserve(frames.size());
  Pieces all = {head};
  for (const auto& payload : frames) {
    all.push_back(frame_heads.emplace_back(frame_head_of(payload)));
    all.insert(all.end(), payload.begin(), payload.end());
  }
  write_derived_file(path, all);
}

}  // namespace rel::util
