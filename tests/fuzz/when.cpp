// Fuzz target: the WHEN and duration grammars give an answer or an error naming what was not
// understood, never a guess (an answer for text that is not a date) and never anything else.
#include "rel/core/when.hpp"

#include "fuzz_target.hpp"
#include "rel/core/date.hpp"
#include "rel/core/duration.hpp"
#include "rel/core/error.hpp"

using namespace rel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto text = fuzz::text_of(data, size);
  const Date today = *Date::from_ymd(2026, 11, 23);
  for (auto lean : {Lean::past, Lean::future}) {
    try {
      auto when = parse_when(text, today, lean);
      // An answer is a real day, and never "today" for text that says nothing.
      REL_FUZZ_CHECK(Date::from_ymd(when.date.year(), when.date.month(), when.date.day()).has_value());
      REL_FUZZ_CHECK(text.find_first_not_of(" \t") != std::string_view::npos);
      if (when.minute_of_day) REL_FUZZ_CHECK(*when.minute_of_day >= 0 && *when.minute_of_day < 24 * 60);
    } catch (const Error& e) {
      REL_FUZZ_CHECK(!std::string(e.what()).empty());
    }
  }
  if (auto days = parse_duration_days(text)) REL_FUZZ_CHECK(*days > 0);
  return 0;
}
