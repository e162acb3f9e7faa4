// What the index keeps of one contact file, in two records: the index record (what listings and WHO
// resolution read: names, and the contact without its notes and details — or the file's problems)
// and the details record (the rest, for full loads), each tied to the file's version by its stamp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/file_walk.hpp"

namespace rel::cache {

using journal::FileStamp;

// A record as it lies in a frame of the log; the views point into the log's bytes.
struct Record {
  std::string_view bytes;  // the whole record, copied as it is when the log is compacted
  std::string_view id;
  FileStamp stamp;
  bool bad = false;       // index records only: the file had problems, and the body holds them
  std::string_view body;  // what follows the id, stamp and kind
};

// The records of one frame, in the order written; nothing when a record is out of place.
std::optional<std::vector<Record>> read_records(std::string_view frame);

// Index records: a valid contact, or the problems of a file that is not.
std::string encode_index_record(const Contact& contact, const FileStamp& stamp);
std::string encode_bad_record(std::string_view id, const FileStamp& stamp, const std::vector<Diagnostic>& problems);
// Details records: everything of a valid contact the index record leaves out.
std::string encode_details_record(const Contact& contact, const FileStamp& stamp);

// The names of an index record of a valid contact, as WHO is matched against them.
struct RecordNames {
  std::string_view name;
  std::vector<std::string_view> aka;
  std::string_view folded;  // match_key of the name, then of each aka, one per line
};
std::optional<RecordNames> decode_names(const Record& record);

// The contact of a valid index record as listings need it — id, name, aka, tags, cadence, since,
// status, snooze, dates, promises, and each interaction's date, channel and side — into `into`,
// whose other fields are cleared (its storage is reused, so a loop over thousands of records with
// one scratch contact hardly allocates), and the folded name (rel::fold) into `folded_name`. False
// when the record is corrupt.
bool decode_lean(const Record& record, Contact& into, std::string* folded_name = nullptr);

// Drops (and frees) what decode_lean leaves out, so that a parsed contact is what a listing reads from
// the index.
void keep_lean(Contact& contact);

// The problems of a bad index record.
std::optional<std::vector<Diagnostic>> decode_problems(const Record& record);

// Adds the details record's fields (emails, phones, org, title, uid, details, unknown keys, and each
// interaction's `with`, note and ref) to a contact decode_lean filled from the same version of the
// file. False when it is corrupt or does not fit (another number of interactions).
bool decode_details(const Record& record, Contact& into);

}  // namespace rel::cache
