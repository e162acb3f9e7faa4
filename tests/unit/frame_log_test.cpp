// Tests of the one shape of every derived file: frames read up to the first damaged one, appended to
// the same file only, compacted by one rule.
#include "rel/util/frame_log.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <deque>
#include <fstream>
#include <sstream>

#include "rel/util/atomic_file.hpp"
#include "rel/util/binary.hpp"

namespace rel::util {
namespace {

const FrameLogHeader header{"RELTESTS", 3, "/home/me/journal\n42"};

std::string contents_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct TempFolder {
  fs::path path = fs::temp_directory_path() / ("rel-frame-log-test-" + std::to_string(::getpid()));
  TempFolder() {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("a frame log gives back its frames in order") {
  const auto bytes = encode_frame_log_header(header) + encode_frame("one") + encode_frame("") + encode_frame("three");
  auto log = read_frame_log(bytes, header);
  CHECK(log.usable);
  CHECK_FALSE(log.torn);
  CHECK(log.bytes == bytes.size());
  CHECK(log.frames == std::vector<std::string_view>{"one", "", "three"});
}

TEST_CASE("a frame log of another format, version or key is someone else's") {
  const auto bytes = encode_frame_log_header(header) + encode_frame("one");
  CHECK_FALSE(read_frame_log(bytes, {"RELOTHER", 3, header.key}).usable);
  CHECK_FALSE(read_frame_log(bytes, {header.magic, 4, header.key}).usable);
  CHECK_FALSE(read_frame_log(bytes, {header.magic, 3, "/home/me/other\n42"}).usable);
  CHECK(read_frame_log(bytes, {header.magic, 3, "/home/me/other\n42"}).frames.empty());
  CHECK_FALSE(read_frame_log("", header).usable);
}

TEST_CASE("a torn or damaged frame ends the log: the frames before it are read, none after") {
  const auto head = encode_frame_log_header(header);
  const auto whole = head + encode_frame("first frame") + encode_frame("second frame");
  SUBCASE("every truncation inside the second frame keeps the first") {
    const size_t second_at = head.size() + encode_frame("first frame").size();
    for (size_t n = second_at + 1; n < whole.size(); ++n) {
      auto log = read_frame_log(std::string_view(whole).substr(0, n), header);
      CHECK(log.torn);
      CHECK(log.frames == std::vector<std::string_view>{"first frame"});
    }
  }
  SUBCASE("every flipped byte of a frame stops the log there") {
    const size_t first_at = head.size();
    for (size_t i = first_at; i < whole.size(); ++i) {
      auto damaged = whole;
      damaged[i] = static_cast<char>(damaged[i] ^ 0x10);
      auto log = read_frame_log(damaged, header);
      CHECK(log.torn);
      CHECK(log.frames.size() < 2);
      for (auto frame : log.frames) CHECK(frame == "first frame");
    }
  }
  SUBCASE("a flipped byte of the header makes it someone else's") {
    for (size_t i = 0; i < head.size(); ++i) {
      auto damaged = whole;
      damaged[i] = static_cast<char>(damaged[i] ^ 0x01);
      CHECK_FALSE(read_frame_log(damaged, header).usable);
    }
  }
}

TEST_CASE("frames are appended to the same log, and a log that cannot take one is written again") {
  TempFolder folder;
  const auto path = folder.path / "sub" / "log";
  std::deque<std::string> bytes_read;  // every read's bytes stay alive: a log views them
  auto read = [&] { return read_frame_log(bytes_read.emplace_back(contents_of(path)), header); };

  append_frame(path, header, read(), {"a"});  // no log yet: header and frame (the folder is created)
  auto log = read();
  CHECK(log.frames == std::vector<std::string_view>{"a"});
  const auto first = contents_of(path);

  append_frame(path, header, read(), {"b"});
  CHECK(contents_of(path).starts_with(first));  // appended: the earlier bytes untouched
  CHECK(read().frames == std::vector<std::string_view>{"a", "b"});

  SUBCASE("a torn log is written again with the new frame alone") {
    std::ofstream(path, std::ios::app | std::ios::binary) << "\x05";
    REQUIRE(read().torn);
    append_frame(path, header, read(), {"c"});
    CHECK(read().frames == std::vector<std::string_view>{"c"});
    CHECK_FALSE(read().torn);
  }
  SUBCASE("another build's log is never appended to") {
    const FrameLogHeader other{header.magic, header.version, "/home/me/journal\n43"};
    const auto before = read();
    const auto theirs = encode_frame_log_header(other) + encode_frame("theirs");
    write_derived_file(path, std::vector<std::string_view>{theirs});
    append_frame(path, header, before, {"c"});  // what was read is stale: the file is another's now
    CHECK(read_frame_log(contents_of(path), other).frames.empty());
    CHECK(read().frames == std::vector<std::string_view>{"c"});
  }
  SUBCASE("compaction writes the live records as one frame, from pieces") {
    rewrite_frame_log(path, header, std::vector<Pieces>{{"a", "b"}});
    CHECK(read().frames == std::vector<std::string_view>{"ab"});
  }
  SUBCASE("a frame of more pieces than one write takes is appended whole") {
    std::vector<std::string> records(3000);
    Pieces pieces;
    std::string all;
    for (size_t k = 0; k < records.size(); ++k) {
      records[k] = std::to_string(k) + ";";
      pieces.push_back(records[k]);
      all += records[k];
    }
    append_frame(path, header, read(), pieces);
    CHECK(read().frames == std::vector<std::string_view>{"a", "b", all});
  }
}

TEST_CASE("a log's layout says what appending needs without reading its payloads") {
  TempFolder folder;
  const auto path = folder.path / "log";
  CHECK_FALSE(frame_log_layout(path, header).usable);  // no log yet
  const auto whole = encode_frame_log_header(header) + encode_frame("one") + encode_frame("three");
  write_derived_file(path, std::vector<std::string_view>{whole});
  auto layout = frame_log_layout(path, header);
  CHECK(layout.usable);
  CHECK_FALSE(layout.torn);
  CHECK(layout.bytes == whole.size());
  CHECK(layout.frames.empty());
  // Appending through the layout is appending through a full read.
  append_frame(path, header, layout, {"four"});
  CHECK(read_frame_log(contents_of(path), header).frames == std::vector<std::string_view>{"one", "three", "four"});

  SUBCASE("a tail shorter than its frame's length is torn") {
    std::ofstream(path, std::ios::app | std::ios::binary) << encode_frame("five").substr(0, 14);
    CHECK(frame_log_layout(path, header).torn);
  }
  SUBCASE("another build's log is not usable") {
    const FrameLogHeader other{header.magic, header.version, "/home/me/journal\n43"};
    CHECK_FALSE(frame_log_layout(path, other).usable);
  }
}

TEST_CASE("the checksum of pieces is the checksum of the whole") {
  std::string text;
  for (int k = 0; k < 200; ++k) text += static_cast<char>(k * 7);
  for (size_t cut = 0; cut <= text.size(); cut += 13) {
    binary::Checksum pieces;
    pieces.feed(std::string_view(text).substr(0, cut)).feed(std::string_view(text).substr(cut));
    CHECK(pieces.value() == binary::checksum(text));
  }
  CHECK(binary::checksum("a") != binary::checksum("b"));
  CHECK(binary::checksum("") != binary::checksum(std::string(1, '\0')));
}

TEST_CASE("a log is compacted past 16 frames, or when dead bytes outweigh the live ones twice") {
  FrameLogContents log;
  log.usable = true;
  log.frames.assign(16, "x");
  log.bytes = 100'000;
  CHECK_FALSE(should_compact(log, 40'000));
  CHECK_FALSE(should_compact(log, 33'000));
  CHECK(should_compact(log, 30'000));
  log.frames.push_back("x");
  CHECK(should_compact(log, 100'000));
}

}  // namespace rel::util
