// Fuzz target: every decoder of derived files (the frame log, the index's records, the walk
// snapshot) refuses corrupt bytes and never reads outside them.
#include "fuzz_target.hpp"
#include "rel/cache/index.hpp"
#include "rel/cache/records.hpp"
#include "rel/util/frame_log.hpp"
#include "rel/watch/journal_files.hpp"

using namespace rel;

namespace {

void decode_all(std::string_view frame, std::string_view bytes) {
  auto records = cache::read_records(frame);
  if (!records) return;
  size_t total = 0;
  for (const auto& record : *records) {
    total += record.bytes.size();
    // Every view lies inside the frame.
    REL_FUZZ_CHECK(record.bytes.data() >= frame.data() &&
                   record.bytes.data() + record.bytes.size() <= frame.data() + frame.size());
    REL_FUZZ_CHECK(record.id.data() >= bytes.data() &&
                   record.id.data() + record.id.size() <= bytes.data() + bytes.size());
    Contact contact;
    if (cache::decode_lean(record, contact)) {
      REL_FUZZ_CHECK(contact.id == record.id);
      for (const auto& d : contact.dates) REL_FUZZ_CHECK(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
      cache::decode_details(record, contact);
    }
    if (auto names = cache::decode_names(record)) REL_FUZZ_CHECK(names->name.size() <= record.bytes.size());
    cache::decode_problems(record);
  }
  REL_FUZZ_CHECK(total == frame.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto bytes = fuzz::text_of(data, size);
  // As a payload of records, and as a whole log (a header this build would write, or anything).
  decode_all(bytes, bytes);
  const util::FrameLogHeader header{"RELINDEX", cache::index_format_version, "/journal\n0000000000000001"};
  const auto log = util::read_frame_log(bytes, header);
  size_t total = 0;
  for (auto frame : log.frames) {
    total += frame.size();
    decode_all(frame, bytes);
  }
  REL_FUZZ_CHECK(total <= bytes.size());
  // With the header in front, so that the frames themselves are fuzzed too.
  const auto with_header = util::encode_frame_log_header(header) + std::string(bytes);
  for (auto frame : util::read_frame_log(with_header, header).frames) decode_all(frame, with_header);
  if (auto snapshot = watch::decode_walk_snapshot(bytes))
    for (const auto& file : snapshot->files) REL_FUZZ_CHECK(file.id.size() <= bytes.size());
  return 0;
}
