// Reading an iCalendar file's events as the occurrences in a window of days: libical parses the text
// and steps through recurrence rules; which instances fall in the window, which are excluded, moved
// or cancelled, and the zone of each time are decided here (what else an event says is read by
// ics_event_details).
#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "ascii.hpp"
#include "ical_ptr.hpp"
#include "ics_event_details.hpp"
#include "ics_structure.hpp"
#include "local_time.hpp"
#include "native.hpp"
#include "rel/interop/calendar.hpp"
#include "rel/interop/charset.hpp"

namespace rel::interop {
namespace {

struct RecurIteratorFree {
  void operator()(icalrecur_iterator* iterator) const { icalrecur_iterator_free(iterator); }
};
using RecurIteratorPtr = std::unique_ptr<icalrecur_iterator, RecurIteratorFree>;

// A recurrence followed this far without leaving the window is not a calendar a person keeps.
constexpr int max_instances_per_rule = 100'000;
// Occurrences are generated a little beyond the window and then kept by their local date, so that
// no time zone can move one across the window's edge unseen.
constexpr std::int64_t margin_seconds = 2 * 86'400;

// A point of an occurrence, as the reader needs it.
struct Instant {
  std::int64_t utc = 0;
  Timestamp local;
  bool all_day = false;
  std::string key;  // the recurrence id this start would have, see CalendarEvent::recurrence_id
};

std::int64_t local_midnight(Date date) { return local_moment(date.year(), date.month(), date.day()); }

std::string utc_key(std::int64_t utc) {
  auto seconds = static_cast<std::time_t>(utc);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

std::string date_key(const icaltimetype& t) { return fmt::format("{:04}{:02}{:02}", t.year, t.month, t.day); }

bool is_floating(const icaltimetype& t) { return !t.is_date && t.zone == nullptr; }

Instant instant_of(const icaltimetype& t) {
  Instant at;
  if (t.is_date) {
    auto date = Date::from_ymd(t.year, t.month, t.day).value_or(Date{});
    at.all_day = true;
    at.utc = local_midnight(date);
    at.local = Timestamp{date, std::nullopt};
    at.key = date_key(t);
    return at;
  }
  if (is_floating(t)) {
    // A floating time is the same wall-clock time wherever the reader is: the process's zone.
    at.utc = local_moment(t.year, t.month, t.day, t.hour, t.minute, t.second);
    at.key = fmt::format("{}T{:02}{:02}{:02}", date_key(t), t.hour, t.minute, t.second);
  } else {
    at.utc = icaltime_as_timet_with_zone(t, t.zone);
    at.key = utc_key(at.utc);
  }
  at.local = local_timestamp(at.utc);
  return at;
}

// Whether a date (and time) libical read is one the calendar has: libical takes "20261345" as a date.
bool exists(const icaltimetype& t) {
  if (!Date::from_ymd(t.year, t.month, t.day)) return false;
  if (t.is_date) return true;
  return t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 && t.second >= 0 && t.second <= 60;
}

// Orders two times of one zone by their fields, which is all a bound in that zone needs.
bool earlier(const icaltimetype& a, const icaltimetype& b) {
  return std::tie(a.year, a.month, a.day, a.hour, a.minute, a.second) <
         std::tie(b.year, b.month, b.day, b.hour, b.minute, b.second);
}

// The zone a TZID names: the file's VTIMEZONE, else the system's zone of that name.
icaltimezone* zone_named(icalcomponent* calendar, const char* tzid) {
  if (!tzid) return nullptr;
  if (icaltimezone* zone = icalcomponent_get_timezone(calendar, tzid)) return zone;
  if (icaltimezone* zone = icaltimezone_get_builtin_timezone(tzid)) return zone;
  return icaltimezone_get_builtin_timezone_from_tzid(tzid);
}

// One VEVENT as read, with its start and, for an overriding instance, the instance it replaces.
struct Source {
  icalcomponent* event = nullptr;
  icalcomponent* calendar = nullptr;
  int line = 0;
  std::string uid;
  icaltimetype start{};
  Instant start_at;
  std::optional<Instant> replaces;  // RECURRENCE-ID
  EventDetails details;
};

// The events of one UID: the series (or single event) and its overridden instances.
struct Series {
  const Source* master = nullptr;
  std::map<std::string, const Source*> overrides;  // by recurrence id
};

// libical's error without what it did about it ("Removing entire property"), which rel does not do.
std::string libical_error_text(std::string message) {
  constexpr std::string_view removing = ". Removing entire property:";
  if (auto at = message.find(removing); at != std::string::npos)
    message = message.substr(0, at) + ':' + message.substr(at + removing.size());
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

// The properties whose damage leaves an event's times unknown; libical names them in its errors.
constexpr std::array defining_properties = {
    std::string_view("DTSTART"), std::string_view("RRULE"),         std::string_view("RDATE"),
    std::string_view("EXDATE"),  std::string_view("RECURRENCE-ID"), std::string_view("UID"),
};

// Content lines joined: a line break followed by a space or a tab goes (RFC 5545 3.1).
std::string unfolded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    size_t after = text.compare(i, 2, "\r\n") == 0 ? i + 2 : text[i] == '\n' ? i + 1 : i;
    if (after != i && after < text.size() && (text[after] == ' ' || text[after] == '\t')) {
      i = after;
      continue;
    }
    out += text[i];
  }
  return out;
}

class Reader {
 public:
  Reader(CalendarWindow window, std::string_view file_name)
      : m_window(window),
        m_file(file_name),
        m_from_utc(local_midnight(window.from) - margin_seconds),
        m_to_utc(local_midnight(window.to) + margin_seconds) {}

  CalendarRead read(std::string_view text) {
    auto structure = scan_ics_structure(text, m_file);
    // RFC 5545 text is UTF-8 (a fold may split a character); an older export in a Western charset is
    // read as Windows-1252, as a CSV file is, so no other byte reaches a note or a ref.
    if (!is_valid_utf8(unfolded(structure.text))) {
      structure.text = windows_1252_to_utf8(structure.text);
      add_problem(1, "the file is not UTF-8: read as Windows-1252 (Western European)");
    }
    for (auto& problem : structure.problems) add_problem(problem.line, problem.message);
    ComponentPtr root(icalparser_parse_string(structure.text.c_str()));
    if (!root) throw Error(Location{m_file, 1, 0}, "libical could not read this calendar");

    std::vector<icalcomponent*> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
      calendars.push_back(root.get());
    } else {
      for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
           c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
        calendars.push_back(c);
    }
    size_t ordinal = 0;
    for (icalcomponent* calendar : calendars) {
      for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
           event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++ordinal) {
        int line = ordinal < structure.event_lines.size() ? structure.event_lines[ordinal] : 0;
        if (auto source = read_source(event, calendar, line)) m_sources.push_back(std::move(*source));
      }
    }
    group_series();

    CalendarRead result;
    for (const auto& [uid, series] : m_series) expand(series, result.events);
    std::sort(result.events.begin(), result.events.end(), [](const CalendarEvent& a, const CalendarEvent& b) {
      return std::tie(a.start_utc, a.uid, a.recurrence_id) < std::tie(b.start_utc, b.uid, b.recurrence_id);
    });
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.where.line < b.where.line; });
    result.problems = std::move(m_problems);
    return result;
  }

 private:
  void add_problem(int line, std::string message) {
    m_problems.push_back(Diagnostic{Location{m_file, line, 0}, std::move(message)});
  }

  // A time property of `event` in its zone, or nothing and why. A TZID known neither to the file nor
  // to the system is said once and its times read as floating (local) times.
  std::optional<icaltimetype> time_of(icalproperty* property, icalcomponent* event, int line, std::string& why) {
    icaltimetype t = icalproperty_get_datetime_with_component(property, event);
    if (icaltime_is_null_time(t)) {
      why = fmt::format("its {} cannot be read", icalproperty_get_property_name(property));
      return std::nullopt;
    }
    if (!exists(t)) {
      why = fmt::format("{} {} is not a date that exists", icalproperty_get_property_name(property),
                        icaltime_as_ical_string(t));
      return std::nullopt;
    }
    icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (tzid && t.zone == nullptr && !t.is_date) {
      std::string name = ical_text(icalparameter_get_tzid(tzid));
      if (m_unknown_zones.insert(name).second)
        add_problem(line, fmt::format("time zone \"{}\" is neither in the file nor known here: its times are read "
                                      "as local time",
                                      name));
    }
    return t;
  }

  std::optional<Source> read_source(icalcomponent* event, icalcomponent* calendar, int line) {
    Source source{event, calendar, line, ical_text(icalcomponent_get_uid(event)), {}, {}, {}, {}};
    auto skipped = [&](std::string_view why) {
      if (source.uid.empty())
        add_problem(line, fmt::format("event skipped: {}", why));
      else
        add_problem(line, fmt::format("event {} skipped: {}", source.uid, why));
      return std::nullopt;
    };
    // libical drops a property it cannot read and leaves an X-LIC-ERROR in its place.
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
      std::string message = ical_text(icalproperty_get_xlicerror(p));
      for (auto name : defining_properties)
        if (message.find(std::string(name) + " ") != std::string::npos ||
            message.find(std::string(name) + ":") != std::string::npos)
          return skipped(libical_error_text(message));
    }
    if (source.uid.empty()) return skipped("it has no UID, so a later import could not tell it was read");
    icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart) return skipped("it has no DTSTART");
    std::string why;
    auto start = time_of(dtstart, event, line, why);
    if (!start) return skipped(why);
    source.start = *start;
    source.start_at = instant_of(*start);
    if (icalproperty* recurrence_id = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
      auto replaced = time_of(recurrence_id, event, line, why);
      if (!replaced) return skipped(why);
      source.replaces = instant_of(*replaced);
    }
    source.details = event_details(event);
    if (icalcomponent_get_method(calendar) == ICAL_METHOD_CANCEL) {
      source.details.cancelled = true;
      source.details.has_status = true;
    }
    return source;
  }

  void group_series() {
    for (const Source& source : m_sources) {
      Series& series = m_series[source.uid];
      if (!source.replaces) {
        if (series.master)
          add_problem(source.line, fmt::format("event {} skipped: the event at line {} has the same UID", source.uid,
                                               series.master->line));
        else
          series.master = &source;
        continue;
      }
      auto [at, added] = series.overrides.emplace(source.replaces->key, &source);
      if (!added)
        add_problem(source.line, fmt::format("event {} skipped: the event at line {} changes the same instance ({})",
                                             source.uid, at->second->line, source.replaces->key));
    }
  }

  bool in_window(const Instant& at) const { return at.local.date >= m_window.from && at.local.date < m_window.to; }

  void add_event(const Source& source, const EventDetails& details, const Instant& at, std::string recurrence_id,
                 std::vector<CalendarEvent>& out) const {
    CalendarEvent event;
    event.uid = source.uid;
    event.recurrence_id = std::move(recurrence_id);
    event.start = at.local;
    event.start_utc = at.utc;
    event.all_day = at.all_day;
    event.summary = details.summary;
    event.location = details.location;
    event.online = details.online;
    event.cancelled = details.cancelled;
    event.organizer = details.organizer;
    event.attendees = details.attendees;
    out.push_back(std::move(event));
  }

  // Every start of a series in the window (with its margin): DTSTART, each RRULE's and each RDATE,
  // less the EXDATEs, each once.
  std::vector<Instant> starts_of(const Source& master) {
    std::vector<icaltimetype> starts{master.start};
    icalcomponent* event = master.event;
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY))
      follow_rule(master, icalproperty_get_rrule(p), starts);
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
      icaldatetimeperiodtype value = icalproperty_get_rdate(p);
      icaltimetype t = icaltime_is_null_time(value.time) ? value.period.start : value.time;
      if (icaltime_is_null_time(t) || !exists(t)) continue;
      // libical applies no TZID to a PERIOD's start.
      icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
      if (!t.is_date && t.zone == nullptr && tzid) t.zone = zone_named(master.calendar, icalparameter_get_tzid(tzid));
      starts.push_back(t);
    }
    std::set<std::string> excluded_keys;
    std::set<std::string> excluded_days;
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
      icaltimetype t = icalproperty_get_datetime_with_component(p, event);
      if (icaltime_is_null_time(t) || !exists(t)) continue;
      if (t.is_date)
        excluded_days.insert(date_key(t));
      else
        excluded_keys.insert(instant_of(t).key);
    }
    std::vector<Instant> kept;
    std::set<std::string> seen;
    for (const auto& t : starts) {
      auto at = instant_of(t);
      if (excluded_keys.count(at.key) || excluded_days.count(date_key(t)) || !seen.insert(at.key).second) continue;
      kept.push_back(std::move(at));
    }
    return kept;
  }

  // Appends the instances of `rule` near the window to `starts`.
  void follow_rule(const Source& master, icalrecurrencetype rule, std::vector<icaltimetype>& starts) {
    const icaltimetype& dtstart = master.start;
    auto zone = static_cast<icaltimezone*>(const_cast<icaltimezone*>(dtstart.zone));
    // The window's bounds in the series' own zone, so that instances compare by their fields.
    icaltimetype from = icaltime_from_timet_with_zone(static_cast<time_t>(m_from_utc), dtstart.is_date, zone);
    icaltimetype to = icaltime_from_timet_with_zone(static_cast<time_t>(m_to_utc), dtstart.is_date, zone);
    if (is_floating(dtstart)) {
      from = icaltime_from_timet_with_zone(static_cast<time_t>(m_from_utc - 86'400), 0, nullptr);
      to = icaltime_from_timet_with_zone(static_cast<time_t>(m_to_utc + 86'400), 0, nullptr);
    }
    RecurIteratorPtr iterator(icalrecur_iterator_new(rule, dtstart));
    if (!iterator) {
      add_problem(master.line,
                  fmt::format("event {}: its RRULE cannot be followed; only its first start is read", master.uid));
      return;
    }
    // Jumping to the window saves stepping through years of a weekly meeting; measured to agree with
    // stepping for day-or-longer rules, it does not for hourly ones, nor can it count (COUNT).
    bool can_jump = rule.count == 0 && rule.freq >= ICAL_DAILY_RECURRENCE && rule.freq <= ICAL_YEARLY_RECURRENCE &&
                    rule.by_set_pos[0] == ICAL_RECURRENCE_ARRAY_MAX && earlier(dtstart, from);
    if (can_jump && !icalrecur_iterator_set_start(iterator.get(), from))
      iterator.reset(icalrecur_iterator_new(rule, dtstart));
    for (int n = 0;; ++n) {
      if (n == max_instances_per_rule) {
        add_problem(master.line, fmt::format("event {}: its RRULE is followed for {} instances only", master.uid,
                                             max_instances_per_rule));
        return;
      }
      icaltimetype t = icalrecur_iterator_next(iterator.get());
      if (icaltime_is_null_time(t) || !earlier(t, to)) return;
      if (earlier(t, from)) continue;
      t.zone = dtstart.zone;
      starts.push_back(t);
    }
  }

  void expand(const Series& series, std::vector<CalendarEvent>& out) {
    const EventDetails* series_details = nullptr;
    if (const Source* master = series.master) {
      series_details = &master->details;
      icalcomponent* event = master->event;
      bool recurs = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) ||
                    icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
      if (!recurs) {
        if (in_window(master->start_at) && !series.overrides.count(master->start_at.key))
          add_event(*master, master->details, master->start_at, "", out);
      } else {
        for (const auto& at : starts_of(*master)) {
          if (in_window(at) && !series.overrides.count(at.key)) add_event(*master, master->details, at, at.key, out);
        }
      }
    }
    for (const auto& [key, source] : series.overrides)
      if (in_window(source->start_at))
        add_event(*source, with_series_details(source->details, series_details), source->start_at, key, out);
  }

  CalendarWindow m_window;
  std::string m_file;
  std::int64_t m_from_utc;
  std::int64_t m_to_utc;
  std::vector<Source> m_sources;
  std::map<std::string, Series> m_series;
  std::set<std::string> m_unknown_zones;
  std::vector<Diagnostic> m_problems;
};

}  // namespace

CalendarRead native::read_calendar(std::string_view ics_text, CalendarWindow window, std::string_view file_name) {
  // libical caches the system's time zones in one shared array.
  static std::mutex libical_mutex;
  std::lock_guard lock(libical_mutex);
  return Reader(window, file_name).read(ics_text);
}

}  // namespace rel::interop
