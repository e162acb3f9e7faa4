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

// A fast 64-bit checksum over 32-byte blocks in four independent lanes, fed in pieces (a frame is
// checksummed from its records without gathering them into one buffer first); it only has to catch
// truncation and stray corruption, not an adversary.
class Checksum {
 public:
  Checksum& feed(std::string_view bytes) {
    m_size += bytes.size();
    if (m_held > 0) {
      const size_t take = std::min(bytes.size(), sizeof m_block - m_held);
      std::memcpy(m_block + m_held, bytes.data(), take);
      m_held += take;
      bytes.remove_prefix(take);
      if (m_held < sizeof m_block) return *this;
      block(m_block);
      m_held = 0;
    }
    while (bytes.size() >= sizeof m_block) {
      block(bytes.data());
      bytes.remove_prefix(sizeof m_block);
    }
    std::memcpy(m_block, bytes.data(), bytes.size());
    m_held = bytes.size();
    return *this;
  }

  uint64_t value() const {
    uint64_t h = m_size;
    for (auto lane : m_lanes) h = mix(h, lane);
    const char* p = m_block;
    size_t n = m_held;
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

 private:
  static constexpr uint64_t k1 = 0x9E3779B185EBCA87ULL, k2 = 0xC2B2AE3D27D4EB4FULL;
  static uint64_t mix(uint64_t h, uint64_t w) {
    h ^= w * k2;
    h = (h << 31) | (h >> 33);
    return h * k1;
  }
  void block(const char* p) {
    for (auto& lane : m_lanes) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      lane = mix(lane, w);
      p += 8;
    }
  }
  uint64_t m_lanes[4] = {k1, k2, k1 ^ k2, k1 + k2};
  char m_block[32] = {};
  size_t m_held = 0;
  uint64_t m_size = 0;
};

inline uint64_t checksum(std::string_view bytes) { return Checksum().feed(bytes).value(); }

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

}  // namespace rel::util::binary
