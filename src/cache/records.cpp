// The binary form of the index's two kinds of record, read with bounds checks (a damaged record is
// refused, never read past).
#include "rel/cache/records.hpp"

#include "rel/cache/record_codec.hpp"
#include "rel/core/resolve.hpp"
#include "rel/core/text.hpp"

namespace rel::cache {
namespace {

using Reader = RecordReader;
using Writer = RecordWriter;

// A record: its size after these 4 bytes, the id, the stamp, the kind, then the body.
enum class Kind : uint8_t { contact = 0, bad = 1, details = 2 };

std::string start_record(std::string_view id, const FileStamp& stamp, Kind kind, size_t reserve) {
  std::string out;
  out.reserve(reserve + id.size() + 48);
  Writer w(out);
  w.u32(0);  // the size, patched in finish_record
  w.str(id);
  w.stamp(stamp);
  w.u8(static_cast<uint8_t>(kind));
  return out;
}

std::string finish_record(std::string out) {
  const auto size = static_cast<uint32_t>(out.size() - 4);
  for (int i = 0; i < 4; ++i) out[static_cast<size_t>(i)] = static_cast<char>(size >> (8 * i));
  return out;
}

// Reads `n` items into `list`, reusing the storage of those already there.
template <typename T, typename Read>
void read_list(Reader& r, std::vector<T>& list, size_t min_size, Read&& read) {
  list.resize(r.count(min_size));
  for (auto& item : list) read(item);
}

void read_strings(Reader& r, std::vector<std::string>& list) {
  read_list(r, list, 4, [&](std::string& s) { s.assign(r.view()); });
}

}  // namespace

std::optional<std::vector<Record>> read_records(std::string_view frame) {
  std::vector<Record> records;
  try {
    Reader r(frame);
    while (!r.at_end()) {
      Record record;
      const size_t start = r.pos();
      const size_t size = r.u32();
      record.bytes = frame.substr(start, 4 + size);
      Reader in(record.bytes, 4);
      (void)r.take(size);
      record.id = in.view();
      record.stamp = in.stamp();
      const auto kind = in.u8();
      if (kind > static_cast<uint8_t>(Kind::details)) return std::nullopt;
      record.bad = kind == static_cast<uint8_t>(Kind::bad);
      record.body = record.bytes.substr(in.pos());
      records.push_back(record);
    }
  } catch (const Corrupt&) {
    return std::nullopt;
  }
  return records;
}

std::string encode_index_record(const Contact& c, const FileStamp& stamp) {
  auto out = start_record(c.id, stamp, Kind::contact, 256 + 12 * c.log.size());
  Writer w(out);
  w.str(c.name);
  w.strs(c.aka);
  // The names as WHO is matched against them, folded once here rather than on every resolution.
  w.str(folded_keys(c.name, c.aka));
  // The name as listings sort by it (utf8proc's folding of one accented name costs more than the
  // rest of its record's decoding).
  w.str(fold(c.name));
  w.strs(c.tags);
  w.opt_int(c.cadence_days);
  w.opt_date(c.since);
  w.u8(static_cast<uint8_t>(c.status));
  w.opt_date(c.snooze);
  w.u32(static_cast<uint32_t>(c.dates.size()));
  for (const auto& d : c.dates) {
    w.str(d.label);
    w.u8(static_cast<uint8_t>(d.month));
    w.u8(static_cast<uint8_t>(d.day));
    w.opt_int(d.year);
  }
  w.u32(static_cast<uint32_t>(c.promises.size()));
  for (const auto& p : c.promises) {
    w.str(p.what);
    w.opt_date(p.made);
    w.opt_date(p.due);
    w.opt_date(p.done);
    w.u8(static_cast<uint8_t>(p.by));
  }
  w.u32(static_cast<uint32_t>(c.log.size()));
  for (const auto& i : c.log) {
    w.i32(i.when.date.days_since_epoch());
    w.i32(i.when.minute_of_day.value_or(-1));
    w.u8(static_cast<uint8_t>(i.via));
    w.u8(static_cast<uint8_t>(i.by));
  }
  return finish_record(std::move(out));
}

std::string encode_bad_record(std::string_view id, const FileStamp& stamp, const std::vector<Diagnostic>& problems) {
  auto out = start_record(id, stamp, Kind::bad, 64 * problems.size());
  Writer w(out);
  w.problems(problems);
  return finish_record(std::move(out));
}

std::string encode_details_record(const Contact& c, const FileStamp& stamp) {
  auto out = start_record(c.id, stamp, Kind::details, 64 * c.log.size() + 256);
  Writer w(out);
  w.strs(c.emails);
  w.strs(c.phones);
  w.opt_str(c.org);
  w.opt_str(c.title);
  w.strs(c.uid);
  w.fields(c.details);
  w.fields(c.extra);
  w.u32(static_cast<uint32_t>(c.log.size()));
  for (const auto& i : c.log) {
    w.strs(i.with);
    w.str(i.note);
    w.str(i.ref);
  }
  return finish_record(std::move(out));
}

std::optional<RecordNames> decode_names(const Record& record) {
  if (record.bad) return std::nullopt;
  try {
    Reader r(record.body);
    RecordNames names;
    names.name = r.view();
    names.aka.resize(r.count(4));
    for (auto& a : names.aka) a = r.view();
    names.folded = r.view();
    return names;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

bool decode_lean(const Record& record, Contact& c, std::string* folded_name) {
  if (record.bad) return false;
  try {
    Reader r(record.body);
    c.id.assign(record.id);
    c.name.assign(r.view());
    read_strings(r, c.aka);
    r.view();  // the folded names
    const auto folded = r.view();
    if (folded_name) folded_name->assign(folded);
    read_strings(r, c.tags);
    c.cadence_days = r.opt_int();
    c.since = r.opt_date();
    const auto status = r.u8();
    if (status > static_cast<uint8_t>(ContactStatus::deceased)) return false;
    c.status = static_cast<ContactStatus>(status);
    c.snooze = r.opt_date();
    read_list(r, c.dates, 7, [&](ImportantDate& d) {
      d.label.assign(r.view());
      d.month = r.u8();
      d.day = r.u8();
      d.year = r.opt_int();
      // As a file's --MM-DD may be (Feb 29 in a leap year): month 13, day 0 or Apr 31 are damage.
      if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(2000, d.month)) throw Corrupt{};
    });
    read_list(r, c.promises, 8, [&](Promise& p) {
      p.what.assign(r.view());
      p.made = r.opt_date();
      p.due = r.opt_date();
      p.done = r.opt_date();
      p.by = r.by();
    });
    read_list(r, c.log, 10, [&](Interaction& i) {
      i.when.date = r.date();
      const int minute = r.i32();
      if (minute < -1 || minute >= 24 * 60) throw Corrupt{};
      i.when.minute_of_day = minute < 0 ? std::nullopt : std::optional<int>(minute);
      i.via = r.via();
      i.by = r.by();
      i.with.clear();  // cleared, their storage kept for the next record
      i.note.clear();
      i.ref.clear();
    });
    if (!r.at_end()) return false;
    c.emails.clear();
    c.phones.clear();
    c.org.reset();
    c.title.reset();
    c.uid.clear();
    c.details.clear();
    c.extra.clear();
    return true;
  } catch (const Corrupt&) {
    return false;
  }
}

void keep_lean(Contact& c) {
  // Assigned empty, not cleared: their storage is given back.
  for (auto& i : c.log) {
    i.with = {};
    i.note = {};
    i.ref = {};
  }
  c.emails = {};
  c.phones = {};
  c.org.reset();
  c.title.reset();
  c.uid = {};
  c.details = {};
  c.extra = {};
}

std::optional<std::vector<Diagnostic>> decode_problems(const Record& record) {
  if (!record.bad) return std::nullopt;
  try {
    Reader r(record.body);
    auto problems = r.problems();
    if (!r.at_end()) return std::nullopt;
    return problems;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

bool decode_details(const Record& record, Contact& c) {
  try {
    Reader r(record.body);
    read_strings(r, c.emails);
    read_strings(r, c.phones);
    c.org = r.opt_str();
    c.title = r.opt_str();
    read_strings(r, c.uid);
    c.details = r.fields();
    c.extra = r.fields();
    if (r.count(12) != c.log.size()) return false;
    for (auto& i : c.log) {
      read_strings(r, i.with);
      i.note.assign(r.view());
      i.ref.assign(r.view());
    }
    return r.at_end();
  } catch (const Corrupt&) {
    return false;
  }
}

}  // namespace rel::cache
