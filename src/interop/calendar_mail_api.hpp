// The table through which rel reaches its iCalendar and mail readers. They use libical and GMime,
// whose libraries (glib, gio, gpgme, ICU: twenty more) would cost every run of rel some 4 ms to load,
// so they live in a module of their own, librel-calendar-mail.so, opened (dlopen) by the first call
// that needs them: only `import`, `export --format ics` and `log --from-mail` ever load them.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "rel/interop/calendar.hpp"
#include "rel/interop/calendar_writer.hpp"
#include "rel/interop/mail.hpp"

namespace rel::interop {

struct CalendarMailApi {
  const char* version;  // REL_VERSION of the build: a module of another rel is refused
  CalendarRead (*read_calendar)(std::string_view, CalendarWindow, std::string_view);
  std::string (*write_calendar)(const CalendarExport&);
  MessageHeaders (*read_message_headers)(std::string_view, std::string_view);
  MailRead (*read_maildir)(const std::filesystem::path&, const MessageFilter&, const ReadProgress&, const MessageSink&);
  MailRead (*read_mbox)(const std::filesystem::path&, const MessageFilter&, const ReadProgress&, const MessageSink&);
  MailRead (*read_mbox_text)(std::string_view, std::string_view, const MessageFilter&, const ReadProgress&,
                             const MessageSink&);
};

}  // namespace rel::interop

// Defined by the module (src/calendar_mail/api.cpp); a program that links the readers in (the tests,
// the fuzz targets) has it, and rel itself does not, so the reference is weak: null there.
extern "C" const rel::interop::CalendarMailApi* rel_calendar_mail_api() __attribute__((weak));
