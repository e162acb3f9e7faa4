// The binary forms of rel's own types in derived files: dates, fields, problems, file stamps.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/file_walk.hpp"
#include "rel/util/binary.hpp"

namespace rel::cache {

using journal::FileStamp;
using util::binary::Corrupt;

class RecordWriter : public util::binary::Writer {
 public:
  using util::binary::Writer::Writer;
  void opt_date(const std::optional<Date>& d) {
    u8(d.has_value());
    if (d) i32(d->days_since_epoch());
  }
  void fields(const std::vector<Field>& list) {
    u32(static_cast<uint32_t>(list.size()));
    for (const auto& f : list) {
      str(f.key);
      str(f.value);
    }
  }
  void problems(const std::vector<Diagnostic>& list) {
    u32(static_cast<uint32_t>(list.size()));
    for (const auto& p : list) {
      str(p.where.file);
      i32(p.where.line);
      i32(p.where.column);
      str(p.message);
    }
  }
  void stamp(const FileStamp& s) {
    u64(s.size);
    i64(s.mtime_ns);
    u64(s.inode);
    i64(s.ctime_ns);
  }
};

class RecordReader : public util::binary::Reader {
 public:
  using util::binary::Reader::Reader;
  // A day of the calendar (years 1 to 9999, as every file's dates are); any other is damage.
  Date date() {
    const auto day = Date::from_days(i32());
    if (day < Date::first() || day > Date::last()) throw util::binary::Corrupt{};
    return day;
  }
  std::optional<Date> opt_date() {
    if (!flag()) return std::nullopt;
    return date();
  }
  std::vector<Field> fields() {
    std::vector<Field> list(count(8));
    for (auto& f : list) {
      f.key = str();
      f.value = str();
    }
    return list;
  }
  std::vector<Diagnostic> problems() {
    std::vector<Diagnostic> list(count(16));
    for (auto& p : list) {
      p.where.file = str();
      p.where.line = i32();
      p.where.column = i32();
      p.message = str();
    }
    return list;
  }
  FileStamp stamp() {
    FileStamp s;
    s.size = u64();
    s.mtime_ns = i64();
    s.inode = u64();
    s.ctime_ns = i64();
    return s;
  }
  By by() {
    auto v = u8();
    if (v > 1) throw Corrupt{};
    return static_cast<By>(v);
  }
  Via via() {
    auto v = u8();
    if (v >= via_count) throw Corrupt{};
    return static_cast<Via>(v);
  }
};

}  // namespace rel::cache
