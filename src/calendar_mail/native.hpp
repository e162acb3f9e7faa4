// The readers and writer of iCalendar and mail themselves (libical, GMime). The rest of rel calls
// them as interop's functions (rel/interop/calendar.hpp, calendar_writer.hpp, mail.hpp), which reach
// these through the module's table (calendar_mail_api.hpp): see there for what each does.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "rel/interop/calendar.hpp"
#include "rel/interop/calendar_writer.hpp"
#include "rel/interop/mail.hpp"

namespace rel::interop::native {

CalendarRead read_calendar(std::string_view ics_text, CalendarWindow window, std::string_view file_name);
std::string write_calendar(const CalendarExport& calendar);
MessageHeaders read_message_headers(std::string_view message, std::string_view name);
MailRead read_maildir(const std::filesystem::path& folder, const MessageFilter& keep, const ReadProgress& progress,
                      const MessageSink& take);
MailRead read_mbox(const std::filesystem::path& file, const MessageFilter& keep, const ReadProgress& progress,
                   const MessageSink& take);
MailRead read_mbox_text(std::string_view text, std::string_view name, const MessageFilter& keep,
                        const ReadProgress& progress, const MessageSink& take);

}  // namespace rel::interop::native
