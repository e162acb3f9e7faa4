// Fuzz target: the iCalendar and mail header readers on any bytes give events and headers whose
// every text is clean UTF-8, or problems, and never anything of a message's body.
#include <algorithm>

#include "fuzz_target.hpp"
#include "rel/core/error.hpp"
#include "rel/interop/calendar.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/mail.hpp"

using namespace rel;

namespace {

bool clean(const interop::CalendarPerson& p) {
  return interop::is_valid_utf8(p.email) && interop::is_valid_utf8(p.name);
}
bool clean(const interop::MailAddress& a) { return interop::is_valid_utf8(a.email) && interop::is_valid_utf8(a.name); }

// Every text a reader hands on (to notes, refs, names and addresses in the journal) is UTF-8.
bool clean(const interop::CalendarEvent& e) {
  return interop::is_valid_utf8(e.summary) && interop::is_valid_utf8(e.uid) && interop::is_valid_utf8(e.location) &&
         interop::is_valid_utf8(e.recurrence_id) && clean(e.organizer) &&
         std::all_of(e.attendees.begin(), e.attendees.end(), [](const auto& a) { return clean(a.person); });
}

bool clean(const interop::MessageHeaders& m) {
  auto all_clean = [](const auto& list) {
    return std::all_of(list.begin(), list.end(), [](const auto& x) { return clean(x); });
  };
  auto all_utf8 = [](const std::vector<std::string>& list) {
    return std::all_of(list.begin(), list.end(), [](const auto& x) { return interop::is_valid_utf8(x); });
  };
  return clean(m.from) && all_clean(m.to) && all_clean(m.cc) && interop::is_valid_utf8(m.message_id) &&
         interop::is_valid_utf8(m.in_reply_to) && all_utf8(m.references) && interop::is_valid_utf8(m.subject) &&
         interop::is_valid_utf8(m.list_id);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto bytes = fuzz::text_of(data, size);
  try {
    const auto calendar =
        interop::read_calendar(bytes, {*Date::from_ymd(2026, 1, 1), *Date::from_ymd(2027, 1, 1)}, "fuzz.ics");
    for (const auto& event : calendar.events) REL_FUZZ_CHECK(clean(event));
  } catch (const Error&) {
  }
  // A body is whatever follows the first blank line; a marker there never reaches a header.
  const std::string with_body = std::string(bytes) + "\n\nBODY-MARKER-7f3a\n";
  try {
    const auto headers = interop::read_message_headers(with_body, "fuzz");
    REL_FUZZ_CHECK(clean(headers));
    if (bytes.find("BODY-MARKER-7f3a") == std::string_view::npos)
      REL_FUZZ_CHECK(headers.subject.find("BODY-MARKER-7f3a") == std::string::npos);
  } catch (const Error&) {
  }
  try {
    const auto mbox = interop::read_mbox_text(bytes, "fuzz.mbox");
    for (const auto& message : mbox.messages) REL_FUZZ_CHECK(clean(message));
  } catch (const Error&) {
  }
  return 0;
}
