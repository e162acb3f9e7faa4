// Fuzz target: the iCalendar and mail header readers on any bytes give events and headers of clean
// UTF-8, or problems, and never anything of a message's body.
#include "fuzz_target.hpp"
#include "rel/core/error.hpp"
#include "rel/interop/calendar.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/mail.hpp"

using namespace rel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto bytes = fuzz::text_of(data, size);
  try {
    const auto calendar =
        interop::read_calendar(bytes, {*Date::from_ymd(2026, 1, 1), *Date::from_ymd(2027, 1, 1)}, "fuzz.ics");
    for (const auto& event : calendar.events) {
      REL_FUZZ_CHECK(interop::is_valid_utf8(event.summary));
      REL_FUZZ_CHECK(interop::is_valid_utf8(event.uid));
    }
  } catch (const Error&) {
  }
  // A body is whatever follows the first blank line; a marker there never reaches a header.
  const std::string with_body = std::string(bytes) + "\n\nBODY-MARKER-7f3a\n";
  try {
    const auto headers = interop::read_message_headers(with_body, "fuzz");
    REL_FUZZ_CHECK(interop::is_valid_utf8(headers.subject));
    if (bytes.find("BODY-MARKER-7f3a") == std::string_view::npos)
      REL_FUZZ_CHECK(headers.subject.find("BODY-MARKER-7f3a") == std::string::npos);
  } catch (const Error&) {
  }
  try {
    const auto mbox = interop::read_mbox_text(bytes, "fuzz.mbox");
    for (const auto& message : mbox.messages) REL_FUZZ_CHECK(interop::is_valid_utf8(message.subject));
  } catch (const Error&) {
  }
  return 0;
}
