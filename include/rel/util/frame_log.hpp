// The one shape of every derived file: an append-only log of checksummed frames, as ninja's
// .ninja_log, so that a run that learnt a little appends a little, and a crash tears at most a tail.
#pragma once

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rel::util {

namespace fs = std::filesystem;

// What a log is for: its magic (8 bytes) and format version, and a key of the caller's (the journal's
// path and the build of rel, say). A log with another header is someone else's, and is ignored.
struct FrameLogHeader {
  std::string_view magic;  // exactly 8 bytes
  uint32_t version = 0;
  std::string_view key;
};

// A log as read: the payload of every whole frame in order, as views into the bytes read.
struct FrameLogContents {
  std::vector<std::string_view> frames;
  size_t bytes = 0;     // the size of the file
  bool torn = false;    // bytes after the last whole frame (a write cut short); appending then rewrites
  bool usable = false;  // the header is this log's: frames may be appended
};

// The frames of the log in `bytes`; nothing usable when the header is not `header`'s. Reading stops
// at the first frame whose length or checksum is wrong.
FrameLogContents read_frame_log(std::string_view bytes, const FrameLogHeader& header);

// What appending to the log at `path` needs, without reading its payloads: whether its header is
// `header`'s, its size, and whether its frames' lengths end exactly there (torn otherwise). Only the
// 12 bytes before each payload are read and no checksum is checked (a damaged payload stops the next
// full read there, which is as safe); `frames` stays empty. For a large log a run only appends to.
FrameLogContents frame_log_layout(const fs::path& path, const FrameLogHeader& header);

// Whether a log should be written again as one frame of its live records (compacted): more than
// `max_frames` frames, or dead bytes (records superseded since, or of files gone) more than twice
// the live ones.
bool should_compact(const FrameLogContents& log, size_t live_bytes, size_t max_frames = 16);

// A frame's payload in pieces (records, say): checksummed and written as one, never gathered.
using Pieces = std::vector<std::string_view>;

// Appends one frame in one write when the log `read` is usable and whole; else writes the log again
// as a header and this one frame. Failures are ignored: a derived file is only a shortcut.
void append_frame(const fs::path& path, const FrameLogHeader& header, const FrameLogContents& read,
                  const Pieces& payload);

// Replaces the log with a header and these frames, atomically.
void rewrite_frame_log(const fs::path& path, const FrameLogHeader& header, std::span<const Pieces> frames);

// The bytes of a frame holding `payload`, for tests that build logs by hand.
std::string encode_frame(std::string_view payload);
std::string encode_frame_log_header(const FrameLogHeader& header);

}  // namespace rel::util
