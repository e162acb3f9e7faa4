// Little-endian binary writing and bounds-checked reading, and the checksum, shared by the derived files.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rel::util::binary {

// A fast 64-bit checksum over 32-byte blocks in four independent lanes; it only has to catch
// truncation and stray corruption, not an adversary.
inline uint64_t checksum(std::string_view bytes) {
  constexpr uint64_t k1 = 0x9E3779B185EBCA87ULL, k2 = 0xC2B2AE3D27D4EB4FULL;
  uint64_t lanes[4] = {k1, k2, k1 ^ k2, k1 + k2};
  const char* p = bytes.data();
  size_t n = bytes.size();
  auto mix = [](uint64_t h, uint64_t w) {
    h ^= w * k2;
    h = (h << 31) | (h >> 33);
    return h * k1;
  };
  while (n >= 32) {
    for (auto& lane : lanes) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      lane = mix(lane, w);
      p += 8;
    }
    n -= 32;
  }
  uint64_t h = bytes.size();
  for (auto lane : lanes) h = mix(h, lane);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h, w);
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = mix(h, tail ^ (static_cast<uint64_t>(n) << 56));
  h ^= h >> 29;
  h *= k2;
  return h ^ (h >> 32);
}

// Little-endian writer.
class Writer {
 public:
  explicit Writer(std::string& out) : m_out(out) {}
  std::string& out() { return m_out; }
  void u8(uint8_t v) { m_out.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) m_out.push_back(static_cast<char>(v >> (8 * i)));
  }
  void u64(uint64_t v) {
    for (int i = 0; i < 8; ++i) m_out.push_back(static_cast<char>(v >> (8 * i)));
  }
  void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    m_out.append(s);
  }
  void strs(const std::vector<std::string>& list) {
    u32(static_cast<uint32_t>(list.size()));
    for (const auto& s : list) str(s);
  }
  void opt_int(const std::optional<int>& v) {
    u8(v.has_value());
    if (v) i32(*v);
  }
  void opt_str(const std::optional<std::string>& s) {
    u8(s.has_value());
    if (s) str(*s);
  }

 private:
  std::string& m_out;
};

struct Corrupt {};

// Bounds-checked little-endian reader; throws Corrupt at the first byte out of place.
class Reader {
 public:
  explicit Reader(std::string_view bytes, size_t pos = 0) : m_bytes(bytes), m_pos(pos) {}
  bool at_end() const { return m_pos == m_bytes.size(); }
  size_t pos() const { return m_pos; }
  std::string_view take(size_t n) {
    if (n > m_bytes.size() - m_pos) throw Corrupt{};
    auto s = m_bytes.substr(m_pos, n);
    m_pos += n;
    return s;
  }
  uint8_t u8() { return static_cast<uint8_t>(take(1)[0]); }
  uint32_t u32() {
    auto s = take(4);
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    return v;
  }
  uint64_t u64() {
    auto s = take(8);
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    return v;
  }
  int32_t i32() { return static_cast<int32_t>(u32()); }
  int64_t i64() { return static_cast<int64_t>(u64()); }
  bool flag() {
    auto v = u8();
    if (v > 1) throw Corrupt{};
    return v == 1;
  }
  // A count of items each at least `min_size` bytes long, checked against what is left.
  size_t count(size_t min_size) {
    size_t n = u32();
    if (n > (m_bytes.size() - m_pos) / std::max<size_t>(min_size, 1)) throw Corrupt{};
    return n;
  }
  std::string_view view() { return take(u32()); }
  std::string str() { return std::string(view()); }
  std::vector<std::string> strs() {
    std::vector<std::string> list(count(4));
    for (auto& s : list) s = str();
    return list;
  }
  std::optional<int> opt_int() {
    if (!flag()) return std::nullopt;
    return i32();
  }
  std::optional<std::string> opt_str() {
    if (!flag()) return std::nullopt;
    return str();
  }

 private:
  std::string_view m_bytes;
  size_t m_pos = 0;
};

// Overwrites the 8 bytes at `at` with `v`, little-endian (a size or checksum known only at the end).
inline void patch_u64(std::string& out, size_t at, uint64_t v) {
  for (int i = 0; i < 8; ++i) out[at + static_cast<size_t>(i)] = static_cast<char>(v >> (8 * i));
}

// Every derived file opens with the same header: its magic, a format version, 4 reserved bytes, then
// the size and checksum of the payload after it (patched in by finish_file).
inline constexpr size_t header_size = 32;

// A file's bytes so far: its header, room reserved for `reserve` bytes of payload.
inline std::string start_file(const char (&magic)[8], uint32_t version, size_t reserve) {
  std::string out;
  out.reserve(header_size + reserve);
  out.append(magic, sizeof magic);
  Writer w(out);
  w.u32(version);
  w.u32(0);
  w.u64(0);  // payload size
  w.u64(0);  // checksum
  return out;
}

// Where the header keeps the payload's size and checksum.
inline constexpr size_t size_at = 16;
inline constexpr size_t checksum_at = 24;

inline void finish_file(std::string& out) {
  const auto payload = std::string_view(out).substr(header_size);
  patch_u64(out, size_at, payload.size());
  patch_u64(out, checksum_at, checksum(payload));
}

// The length of the file `bytes` starts with (header and payload) as its header says, for files
// written back to back (a log's frames); nothing when `bytes` cannot hold a header, or the size
// cannot be right. Whether the file is whole is file_payload's to say.
inline std::optional<size_t> file_length(std::string_view bytes) {
  if (bytes.size() < header_size) return std::nullopt;
  const auto size = Reader(bytes, size_at).u64();
  if (size > bytes.size()) return std::nullopt;
  return header_size + size;
}

struct Payload {
  std::string_view bytes;
  uint64_t checksum = 0;  // as the header has it
};

// The payload after a header of this magic and version whose size it matches, and its checksum too
// unless `check_sum` is false (a reader that checks the parts it reads on its own); nothing otherwise.
inline std::optional<Payload> file_payload(std::string_view bytes, const char (&magic)[8], uint32_t version,
                                           bool check_sum = true) {
  if (bytes.size() < header_size || bytes.substr(0, sizeof magic) != std::string_view(magic, sizeof magic))
    return std::nullopt;
  Reader header(bytes.substr(0, header_size), sizeof magic);
  if (header.u32() != version || header.u32() != 0) return std::nullopt;
  auto size = header.u64();
  auto sum = header.u64();
  auto payload = bytes.substr(header_size);
  if (size != payload.size() || (check_sum && checksum(payload) != sum)) return std::nullopt;
  return Payload{payload, sum};
}

}  // namespace rel::util::binary
