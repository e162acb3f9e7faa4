// The calendar and mail functions of interop, reached through the module that holds them
// (calendar_mail_api.hpp): opened at the first call, from beside the rel binary (a build tree) or
// from the library folder it is installed in.
#include <dlfcn.h>
#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <system_error>

#include "calendar_mail_api.hpp"
#include "rel/core/error.hpp"

namespace rel::interop {
namespace {

namespace fs = std::filesystem;

constexpr const char* module_name = "librel-calendar-mail.so";

const CalendarMailApi& load() {
  if (rel_calendar_mail_api) return *rel_calendar_mail_api();  // linked in (tests)
  std::error_code ec;
  const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
  const fs::path here = ec ? fs::path(".") : binary.parent_path();
  std::string tried;
  for (const auto& path : {here / module_name, here / REL_MODULE_DIR / module_name}) {
    void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) {
      tried += fmt::format("\n  {}", ::dlerror());
      continue;
    }
    auto entry = reinterpret_cast<const CalendarMailApi* (*)()>(::dlsym(module, "rel_calendar_mail_api"));
    const CalendarMailApi* api = entry ? entry() : nullptr;
    if (!api) throw Error(fmt::format("{} is not rel's calendar and mail module", path.string()));
    if (std::string_view(api->version) != REL_VERSION)
      throw Error(fmt::format("{} is of rel {}, and this is rel {}: install them together", path.string(), api->version,
                              REL_VERSION));
    return *api;
  }
  throw Error(fmt::format("the calendar and mail readers ({}) are not installed with this rel:{}", module_name, tried));
}

const CalendarMailApi& api() {
  static const CalendarMailApi& loaded = load();
  return loaded;
}

}  // namespace

CalendarRead read_calendar(std::string_view ics_text, CalendarWindow window, std::string_view file_name) {
  return api().read_calendar(ics_text, window, file_name);
}

std::string write_calendar(const CalendarExport& calendar) { return api().write_calendar(calendar); }

MessageHeaders read_message_headers(std::string_view message, std::string_view name) {
  return api().read_message_headers(message, name);
}

MailRead read_maildir(const fs::path& folder, const MessageFilter& keep, const ReadProgress& progress,
                      const MessageSink& take) {
  return api().read_maildir(folder, keep, progress, take);
}

MailRead read_mbox(const fs::path& file, const MessageFilter& keep, const ReadProgress& progress,
                   const MessageSink& take) {
  return api().read_mbox(file, keep, progress, take);
}

MailRead read_mbox_text(std::string_view text, std::string_view name, const MessageFilter& keep,
                        const ReadProgress& progress, const MessageSink& take) {
  return api().read_mbox_text(text, name, keep, progress, take);
}

}  // namespace rel::interop
