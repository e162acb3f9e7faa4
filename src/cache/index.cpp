// The binary format of the journal's derived index, where it lives, and how cache files are replaced.
#include "rel/cache/index.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include "rel/cache/record_codec.hpp"
#include "rel/core/resolve.hpp"
#include "rel/util/descriptor.hpp"

namespace rel::cache {

using namespace journal;
using namespace util;
namespace {

// Bumped whenever the layout below changes; an index of another version is simply rebuilt.
constexpr uint32_t format_version = 6;
constexpr char magic[8] = {'R', 'E', 'L', 'I', 'N', 'D', 'E', 'X'};

// A tripwire: the codec below writes every field of Contact, so a new field must be added to it (and
// format_version bumped) or the index would silently drop it.
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(Contact) == 416, "Contact changed: update encode_contact/decode_contact and format_version");
static_assert(sizeof(Interaction) == 112, "Interaction changed: update the index codec and format_version");
static_assert(sizeof(Promise) == 64, "Promise changed: update the index codec and format_version");
#endif

using binary::checksum;
using binary::Corrupt;
using Reader = RecordReader;
using Writer = RecordWriter;

// Everything of a contact but its id, name and aka, which the table holds.
void encode_contact_body(Writer& w, const Contact& c) {
  w.strs(c.tags);
  w.opt_int(c.cadence_days);
  w.opt_date(c.since);
  w.u8(static_cast<uint8_t>(c.status));
  w.opt_date(c.snooze);
  w.strs(c.emails);
  w.strs(c.phones);
  w.opt_str(c.org);
  w.opt_str(c.title);
  w.strs(c.uid);
  w.u32(static_cast<uint32_t>(c.dates.size()));
  for (const auto& d : c.dates) {
    w.str(d.label);
    w.u8(static_cast<uint8_t>(d.month));
    w.u8(static_cast<uint8_t>(d.day));
    w.opt_int(d.year);
  }
  w.fields(c.details);
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
    w.opt_int(i.when.minute_of_day);
    w.u8(static_cast<uint8_t>(i.via));
    w.u8(static_cast<uint8_t>(i.by));
    w.strs(i.with);
    w.str(i.note);
    w.str(i.ref);
  }
  w.fields(c.extra);
}

void decode_contact_body(Reader& r, Contact& c, Detail detail) {
  const bool full = detail == Detail::full;
  // Left out of a listing: read past, without allocating.
  auto skip_strs = [&r] {
    for (size_t n = r.count(4); n > 0; --n) r.view();
  };
  auto skip_fields = [&r] {
    for (size_t n = r.count(8); n > 0; --n) {
      r.view();
      r.view();
    }
  };
  auto skip_opt_str = [&r] {
    if (r.flag()) r.view();
  };
  c.tags = r.strs();
  c.cadence_days = r.opt_int();
  c.since = r.opt_date();
  const auto status = r.u8();
  if (status > static_cast<uint8_t>(ContactStatus::deceased)) throw Corrupt{};
  c.status = static_cast<ContactStatus>(status);
  c.snooze = r.opt_date();
  if (full) {
    c.emails = r.strs();
    c.phones = r.strs();
    c.org = r.opt_str();
    c.title = r.opt_str();
    c.uid = r.strs();
  } else {
    skip_strs();
    skip_strs();
    skip_opt_str();
    skip_opt_str();
    skip_strs();
  }
  c.dates.resize(r.count(7));
  for (auto& d : c.dates) {
    d.label = r.str();
    d.month = r.u8();
    d.day = r.u8();
    d.year = r.opt_int();
  }
  if (full)
    c.details = r.fields();
  else
    skip_fields();
  c.promises.resize(r.count(8));
  for (auto& p : c.promises) {
    p.what = r.str();
    p.made = r.opt_date();
    p.due = r.opt_date();
    p.done = r.opt_date();
    p.by = r.by();
  }
  c.log.resize(r.count(19));
  for (auto& i : c.log) {
    i.when.date = Date::from_days(r.i32());
    i.when.minute_of_day = r.opt_int();
    i.via = r.via();
    i.by = r.by();
    if (full) {
      i.with = r.strs();
      i.note = r.str();
      i.ref = r.str();
    } else {
      skip_strs();
      r.view();
      r.view();
    }
  }
  if (full)
    c.extra = r.fields();
  else
    skip_fields();
}

uint64_t fnv1a(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

}  // namespace

std::string encode_index(const IndexKey& key, const std::vector<const LoadedFile*>& files, uint64_t base_checksum) {
  // One buffer, sized once from the files' own sizes (the records are smaller than the YAML), since
  // the index of a large journal is tens of megabytes and every copy counts against peak memory.
  size_t estimate = key.root.size() + 64;
  for (const auto* f : files) estimate += f->stamp.size + f->id.size() + 96;
  auto out = binary::start_file(magic, format_version, estimate);
  Writer w(out);
  w.str(key.root);
  w.u64(key.build);
  w.u64(base_checksum);
  // Bodies first, then the table that points at them by offset.
  const size_t size_at = out.size();
  w.u64(0);
  const size_t bodies_at = out.size();
  std::vector<std::pair<uint64_t, uint64_t>> spans;
  spans.reserve(files.size());
  for (const auto* f : files) {
    auto start = out.size();
    if (f->contact)
      encode_contact_body(w, *f->contact);
    else
      w.problems(f->problems);
    spans.emplace_back(start - bodies_at, out.size() - start);
  }
  binary::patch_u64(out, size_at, out.size() - bodies_at);
  const size_t table_at = out.size();
  w.u32(static_cast<uint32_t>(files.size()));
  for (size_t i = 0; i < files.size(); ++i) {
    const auto& f = *files[i];
    w.str(f.id);
    w.stamp(f.stamp);
    w.u8(f.contact ? 0 : 1);
    w.str(f.contact ? f.contact->name : std::string());
    w.strs(f.contact ? f.contact->aka : std::vector<std::string>{});
    // The names as WHO is matched against them, folded once here rather than on every resolution.
    w.str(f.contact ? folded_keys(f.contact->name, f.contact->aka) : std::string());
    w.u64(spans[i].first);
    w.u64(spans[i].second);
    w.u64(checksum(std::string_view(out).substr(bodies_at + spans[i].first, spans[i].second)));
  }
  // The table's own checksum, so that WHO resolution can trust the table without reading every body.
  w.u64(checksum(std::string_view(out).substr(table_at)));
  binary::finish_file(out);
  return out;
}

std::optional<IndexTable> decode_index_table(std::string_view bytes, const IndexKey& key, Verify verify) {
  try {
    auto checked = binary::file_payload(bytes, magic, format_version, verify == Verify::all);
    if (!checked) return std::nullopt;
    auto payload = checked->bytes;
    Reader r(payload);
    IndexTable table;
    table.checksum = checked->checksum;
    if (r.view() != key.root || r.u64() != key.build) return std::nullopt;
    table.base_checksum = r.u64();
    auto bodies = r.take(r.u64());
    if (payload.size() - r.pos() < 8) return std::nullopt;
    {
      auto table_bytes = payload.substr(r.pos(), payload.size() - r.pos() - 8);
      Reader sum_reader(payload.substr(payload.size() - 8));
      if (checksum(table_bytes) != sum_reader.u64()) return std::nullopt;
      payload = payload.substr(0, payload.size() - 8);
      r = Reader(payload, r.pos());
    }
    table.entries.resize(r.count(73));
    for (size_t i = 0; i < table.entries.size(); ++i) {
      auto& e = table.entries[i];
      e.id = r.view();
      e.stamp = r.stamp();
      e.bad = r.flag();
      e.name = r.view();
      e.aka.resize(r.count(4));
      for (auto& a : e.aka) a = r.view();
      e.folded = r.view();
      if (!e.bad && static_cast<size_t>(std::count(e.folded.begin(), e.folded.end(), '\n')) != e.aka.size())
        return std::nullopt;
      auto start = r.u64();
      auto length = r.u64();
      if (start > bodies.size() || length > bodies.size() - start) return std::nullopt;
      e.body = bodies.substr(start, length);
      e.body_checksum = r.u64();
      e.verified = verify == Verify::all;
      if (i > 0 && !(table.entries[i - 1].id < e.id)) return std::nullopt;
    }
    if (!r.at_end()) return std::nullopt;
    return table;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

std::optional<LoadedFile> decode_index_entry(const IndexEntry& entry, Detail detail) {
  if (!entry.verified && checksum(entry.body) != entry.body_checksum) return std::nullopt;
  try {
    LoadedFile file;
    file.id = std::string(entry.id);
    file.stamp = entry.stamp;
    Reader r(entry.body);
    if (entry.bad) {
      file.problems = r.problems();
    } else {
      auto& c = file.contact.emplace();
      c.id = file.id;
      c.name = std::string(entry.name);
      c.aka.assign(entry.aka.begin(), entry.aka.end());
      decode_contact_body(r, c, detail);
    }
    if (!r.at_end()) return std::nullopt;
    return file;
  } catch (const Corrupt&) {
    return std::nullopt;
  }
}

std::optional<fs::path> index_folder(const fs::path& root) {
  fs::path cache;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    cache = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home)
    cache = fs::path(home) / ".cache";
  else
    return std::nullopt;
  return cache / "rel" / fmt::format("{:016x}", fnv1a(index_key(root).root));
}

IndexKey index_key(const fs::path& root) {
  IndexKey key;
  std::error_code ec;
  auto canonical = fs::weakly_canonical(fs::absolute(root, ec), ec);
  key.root = (ec ? fs::absolute(root).lexically_normal() : canonical).string();
  // The running executable's own stamp: a rebuilt or upgraded rel starts from a fresh index.
  struct stat st;
  if (::stat("/proc/self/exe", &st) == 0) {
    auto s = stamp_of(st);
    key.build = s.size * 0x9E3779B185EBCA87ULL ^ static_cast<uint64_t>(s.mtime_ns) ^ (s.inode << 17);
  }
  return key;
}

}  // namespace rel::cache
