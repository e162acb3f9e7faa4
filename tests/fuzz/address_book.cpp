// Fuzz target: the vCard and CSV readers on any bytes give cards of clean UTF-8 (or problems at
// lines of the input), and what the vCard writer makes of those cards reads back to the same names.
#include "fuzz_target.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/csv_reader.hpp"
#include "rel/interop/vcard_reader.hpp"
#include "rel/interop/vcard_writer.hpp"

using namespace rel;

namespace {

void check(const interop::CardsRead& read, std::string_view bytes) {
  const auto lines = static_cast<int>(fuzz::line_count(bytes));
  for (const auto& card : read.cards) {
    REL_FUZZ_CHECK(interop::is_valid_utf8(card.name));
    for (const auto& e : card.emails) REL_FUZZ_CHECK(interop::is_valid_utf8(e));
    REL_FUZZ_CHECK(interop::is_valid_utf8(card.note));
    REL_FUZZ_CHECK(card.line >= 1 && static_cast<int>(card.line) <= lines + 1);
  }
  for (const auto& p : read.problems) REL_FUZZ_CHECK(p.where.line >= 0 && p.where.line <= lines + 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto bytes = fuzz::text_of(data, size);
  const auto vcards = interop::read_vcards(bytes);
  check(vcards, bytes);
  check(interop::read_contacts_csv(bytes), bytes);
  // Written and read again, the cards keep their names, in order.
  const auto again = interop::read_vcards(interop::write_vcards(vcards.cards));
  REL_FUZZ_CHECK(again.cards.size() == vcards.cards.size());
  for (size_t k = 0; k < again.cards.size(); ++k) REL_FUZZ_CHECK(again.cards[k].name == vcards.cards[k].name);
  return 0;
}
