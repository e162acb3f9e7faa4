// Writing birthdays, important dates and promise due dates as an iCalendar file, built and
// serialised (escaping, folding, CRLF) by libical.
#include "rel/interop/calendar_writer.hpp"

#include <fmt/format.h>
#include <libical/ical.h>

#include <memory>

#include "ical_ptr.hpp"
#include "native.hpp"
#include "rel/core/date.hpp"
#include "rel/core/error.hpp"

namespace rel::interop {
namespace {

struct BufferFree {
  void operator()(char* text) const { icalmemory_free_buffer(text); }
};
using BufferPtr = std::unique_ptr<char, BufferFree>;

constexpr int year_for_unknown = 1972;

icaltimetype all_day(Date date) {
  icaltimetype t = icaltime_null_date();
  t.year = date.year();
  t.month = date.month();
  t.day = date.day();
  return t;
}

icalproperty* x_property(const char* name, const std::string& value) {
  icalproperty* property = icalproperty_new_x(value.c_str());
  icalproperty_set_x_name(property, name);
  return property;
}

icalcomponent* event_of(const CalendarItem& item, icaltimetype stamp) {
  if (item.repeat == Repeat::once && !item.year)
    throw Error(fmt::format("calendar item {}: a date that does not recur needs its year", item.uid));
  auto start = Date::from_ymd(item.year.value_or(year_for_unknown), item.month, item.day);
  if (!start) {
    auto date = item.year ? fmt::format("{:04}-{:02}-{:02}", *item.year, item.month, item.day)
                          : fmt::format("--{:02}-{:02}", item.month, item.day);
    throw Error(fmt::format("calendar item {}: {} is not a date", item.uid, date));
  }
  icalcomponent* event = icalcomponent_new_vevent();
  icalcomponent_add_property(event, icalproperty_new_uid(item.uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
  icalcomponent_add_property(event, icalproperty_new_dtstart(all_day(*start)));
  icalcomponent_add_property(event, icalproperty_new_dtend(all_day(*start + 1)));
  if (item.repeat == Repeat::yearly) {
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.freq = ICAL_YEARLY_RECURRENCE;
    if (item.month == 2 && item.day == 29) {
      // The last day of February: the 29th in leap years, the 28th in the others.
      rule.by_month[0] = 2;
      rule.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
      rule.by_month_day[0] = -1;
      rule.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
    }
    icalcomponent_add_property(event, icalproperty_new_rrule(rule));
  }
  icalcomponent_add_property(event, icalproperty_new_summary(item.summary.c_str()));
  if (!item.description.empty())
    icalcomponent_add_property(event, icalproperty_new_description(item.description.c_str()));
  // A birthday or a due date is not time the user is busy.
  icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
  return event;
}

}  // namespace

std::string native::write_calendar(const CalendarExport& calendar) {
  ComponentPtr root(icalcomponent_new_vcalendar());
  icalcomponent_add_property(root.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(root.get(), icalproperty_new_prodid("-//rel//rel " REL_VERSION "//EN"));
  icalcomponent_add_property(root.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(root.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  icalcomponent_add_property(root.get(), x_property("X-WR-CALNAME", calendar.name));
  icaltimetype stamp =
      icaltime_from_timet_with_zone(static_cast<time_t>(calendar.stamp_utc), 0, icaltimezone_get_utc_timezone());
  for (const auto& item : calendar.items) {
    ComponentPtr event(event_of(item, stamp));
    icalcomponent_add_component(root.get(), event.release());
  }
  BufferPtr text(icalcomponent_as_ical_string_r(root.get()));
  return text ? std::string(text.get()) : std::string();
}

}  // namespace rel::interop
