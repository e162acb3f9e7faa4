// The journal's derived index: what loading each contact file gave, so that a run can skip every file
// that has not changed since. Never the source of truth: missing, stale or corrupt means "parse again".
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/file_walk.hpp"

namespace rel::cache {

namespace fs = std::filesystem;
using journal::ContactFile;
using journal::FileStamp;

// What loading one file gave: a contact, or the problems that stopped it.
struct LoadedFile {
  std::string id;
  FileStamp stamp;
  std::optional<Contact> contact;    // set when the file is valid
  std::vector<Diagnostic> problems;  // every problem when it is not
  bool operator==(const LoadedFile&) const = default;
};

// Ties an index to one journal and one build of rel: a different journal path (a hash collision) or a
// rebuilt rel (whose parser may read files differently) makes the index unusable.
struct IndexKey {
  std::string root;    // the journal's absolute path
  uint64_t build = 0;  // identifies the rel executable
  bool operator==(const IndexKey&) const = default;
};

// Serialised index bytes: a header (magic, version, payload size, checksum) then the records.
// `base_checksum` is 0 for a full index, else the checksum of the full index this delta extends.
std::string encode_index(const IndexKey& key, const std::vector<const LoadedFile*>& files, uint64_t base_checksum = 0);

// One record of a decoded index; the views point into the index bytes, which must outlive it.
struct IndexEntry {
  std::string_view id;
  FileStamp stamp;
  bool bad = false;  // the file had problems; the body holds them
  std::string_view name;
  std::vector<std::string_view> aka;
  std::string_view folded;  // match_key of the name, then of each aka, one per line (empty when bad)
  std::string_view body;
  uint64_t body_checksum = 0;
  bool verified = false;  // the body's bytes were checked with the whole index (Verify::all)
};

struct IndexTable {
  uint64_t checksum = 0;            // of these bytes' payload
  uint64_t base_checksum = 0;       // see encode_index
  std::vector<IndexEntry> entries;  // sorted by id
};

// How much of the index bytes decode_index_table checks: everything (a load decodes every body), or
// only the table, each body being checked when it is decoded (WHO resolution decodes a few, if any).
enum class Verify { all, table };

// The records of index bytes, or nothing when they are truncated, corrupt, of another version or key.
std::optional<IndexTable> decode_index_table(std::string_view bytes, const IndexKey& key, Verify verify = Verify::all);

// How much of a contact decoding keeps. Listings (who-to-call, list) need only what health, urgency
// and their columns read: id, name, aka, tags, cadence, since, dates, promises and each interaction's
// date, channel and side. Detail::listing leaves out the rest — notes and `with:` of interactions,
// email, phone, details, extra keys — most of what a decoded journal allocates.
enum class Detail { full, listing };

// The full result of one record (lean under Detail::listing); nothing when its body is corrupt
// (checked against its own checksum when the table was decoded with Verify::table).
std::optional<LoadedFile> decode_index_entry(const IndexEntry& entry, Detail detail = Detail::full);

// Where the index of the journal at `root` lives: ${XDG_CACHE_HOME:-$HOME/.cache}/rel/<hash of its
// absolute path>; nothing when neither variable is set.
std::optional<fs::path> index_folder(const fs::path& root);

// The key for the journal at `root` and the running rel.
IndexKey index_key(const fs::path& root);

}  // namespace rel::cache
