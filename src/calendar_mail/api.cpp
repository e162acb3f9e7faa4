// The module's one entry: the table of its readers and writer, for rel's interop layer.
#include "calendar_mail_api.hpp"
#include "native.hpp"

extern "C" __attribute__((visibility("default"))) const rel::interop::CalendarMailApi* rel_calendar_mail_api() {
  using namespace rel::interop;
  static const CalendarMailApi api{
      REL_VERSION,           &native::read_calendar, &native::write_calendar, &native::read_message_headers,
      &native::read_maildir, &native::read_mbox,     &native::read_mbox_text};
  return &api;
}
