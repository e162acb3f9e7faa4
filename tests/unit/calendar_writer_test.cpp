#include "rel/interop/calendar_writer.hpp"

#include <doctest/doctest.h>
#include <libical/ical.h>

#include <memory>
#include <string>

#include "local_time_zone.hpp"
#include "rel/interop/calendar.hpp"

using rel::Date;
using rel::interop::CalendarExport;
using rel::interop::CalendarItem;
using rel::interop::read_calendar;
using rel::interop::Repeat;
using rel::interop::write_calendar;

namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

constexpr std::int64_t stamp = 1'795'161'600;  // 2026-11-20 08:00 UTC

const std::string promise_text =
    "send the Berlin flat-hunting guide; with notes, links and a map\\ and a second line:\n"
    "Grüße — 東京で会いましょう 🎉 and a long tail of text that makes the line longer than seventy-five octets";

CalendarExport sample() {
  CalendarExport calendar;
  calendar.stamp_utc = stamp;
  calendar.items = {
      {"alice-chen/birthday@rel", "Birthday: Alice Chen", "", Repeat::yearly, 1985, 3, 14},
      {"alice-chen/wedding-anniversary@rel", "Wedding anniversary: Alice Chen", "", Repeat::yearly, std::nullopt, 6,
       30},
      {"leo/birthday@rel", "Birthday: Leo", "", Repeat::yearly, 2020, 2, 29},
      {"alice-chen/promise-2026-11-20@rel", "Promise to Alice Chen: send the Berlin flat-hunting guide", promise_text,
       Repeat::once, 2026, 11, 27},
  };
  return calendar;
}

std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    auto end = text.find("\r\n", pos);
    REQUIRE(end != std::string::npos);  // every line ends in CRLF, the last too
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return lines;
}

bool is_utf8(std::string_view text) {
  for (size_t k = 0; k < text.size();) {
    auto c = static_cast<unsigned char>(text[k]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (length == 0 || k + length > text.size()) return false;
    for (size_t j = 1; j < length; ++j)
      if ((static_cast<unsigned char>(text[k + j]) >> 6) != 2) return false;
    k += length;
  }
  return true;
}

std::string date_of(icalproperty* property) {
  icaltimetype t = icalvalue_get_datetimedate(icalproperty_get_value(property));
  return fmt::format("{}{:04}{:02}{:02}", t.is_date ? "date " : "time ", t.year, t.month, t.day);
}

}  // namespace

TEST_CASE("calendar writer: a birthday is a yearly all-day event, byte for byte") {
  CalendarExport calendar;
  calendar.stamp_utc = stamp;
  calendar.items = {{"alice-chen/birthday@rel", "Birthday: Alice Chen", "", Repeat::yearly, 1985, 3, 14}};
  CHECK(write_calendar(calendar) ==
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//rel//rel " REL_VERSION
        "//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:rel\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:alice-chen/birthday@rel\r\n"
        "DTSTAMP:20261120T080000Z\r\n"
        "DTSTART;VALUE=DATE:19850314\r\n"
        "DTEND;VALUE=DATE:19850315\r\n"
        "RRULE:FREQ=YEARLY\r\n"
        "SUMMARY:Birthday: Alice Chen\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n");
}

TEST_CASE("calendar writer: libical reads back every field") {
  auto text = write_calendar(sample());
  ComponentPtr root(icalparser_parse_string(text.c_str()));
  REQUIRE(root);
  CHECK(std::string(icalcomponent_get_first_property(root.get(), ICAL_PRODID_PROPERTY)
                        ? icalproperty_get_prodid(icalcomponent_get_first_property(root.get(), ICAL_PRODID_PROPERTY))
                        : "") == "-//rel//rel " REL_VERSION "//EN");
  CHECK(icalcomponent_get_first_property(root.get(), ICAL_XLICERROR_PROPERTY) == nullptr);

  struct Expected {
    const char* uid;
    const char* start;
    const char* end;
    const char* rule;  // empty: none
    const char* summary;
    std::string description;
  };
  std::vector<Expected> expected = {
      {"alice-chen/birthday@rel", "date 19850314", "date 19850315", "FREQ=YEARLY", "Birthday: Alice Chen", ""},
      // A year not known: 1972, and not in the summary.
      {"alice-chen/wedding-anniversary@rel", "date 19720630", "date 19720701", "FREQ=YEARLY",
       "Wedding anniversary: Alice Chen", ""},
      {"leo/birthday@rel", "date 20200229", "date 20200301", "FREQ=YEARLY;BYMONTHDAY=-1;BYMONTH=2", "Birthday: Leo",
       ""},
      {"alice-chen/promise-2026-11-20@rel", "date 20261127", "date 20261128", "",
       "Promise to Alice Chen: send the Berlin flat-hunting guide", promise_text},
  };
  size_t k = 0;
  for (icalcomponent* event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT), ++k) {
    REQUIRE(k < expected.size());
    const auto& e = expected[k];
    CAPTURE(e.uid);
    CHECK(std::string(icalcomponent_get_uid(event)) == e.uid);
    CHECK(std::string(icaltime_as_ical_string(icalcomponent_get_dtstamp(event))) == "20261120T080000Z");
    CHECK(date_of(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) == e.start);
    CHECK(date_of(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) == e.end);
    icalproperty* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    CHECK(std::string(rule ? icalproperty_get_value_as_string(rule) : "") == e.rule);
    CHECK(std::string(icalcomponent_get_summary(event)) == e.summary);
    const char* description = icalcomponent_get_description(event);
    CHECK(std::string(description ? description : "") == e.description);
    CHECK(icalproperty_get_transp(icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY)) ==
          ICAL_TRANSP_TRANSPARENT);
  }
  CHECK(k == expected.size());
}

TEST_CASE("calendar writer: CRLF lines of at most 75 octets, folded between UTF-8 characters") {
  auto calendar = sample();
  std::string long_word;  // no space to fold at: CJK, emoji and accents
  for (int k = 0; k < 40; ++k) long_word += "東🎉é";
  calendar.items.push_back({"long@rel", long_word, long_word + ";,\\" + long_word, Repeat::once, 2026, 12, 1});
  auto text = write_calendar(calendar);
  int folded = 0;
  for (const auto& line : physical_lines(text)) {
    CAPTURE(line);
    CHECK(line.size() <= 75);
    CHECK(is_utf8(line));  // so no fold cut a character
    CHECK(line.find_first_of("\r\n") == std::string::npos);
    if (line.starts_with(' ')) ++folded;
  }
  CHECK(folded >= 8);
  ComponentPtr root(icalparser_parse_string(text.c_str()));
  icalcomponent* event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
  while (event && std::string(icalcomponent_get_uid(event)) != "long@rel")
    event = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT);
  REQUIRE(event);
  CHECK(std::string(icalcomponent_get_summary(event)) == long_word);
  CHECK(std::string(icalcomponent_get_description(event)) == long_word + ";,\\" + long_word);
}

TEST_CASE("calendar writer: the same export gives the same bytes") {
  CHECK(write_calendar(sample()) == write_calendar(sample()));
  auto later = sample();
  later.stamp_utc += 86'400;
  CHECK(write_calendar(later) != write_calendar(sample()));
}

TEST_CASE("calendar writer: a calendar app's reading of the dates, through rel's own reader") {
  rel::LocalTimeZone zone("Europe/Berlin");
  auto text = write_calendar(sample());
  auto on = [&](int y, int m, int d) {
    auto day = *Date::from_ymd(y, m, d);
    std::vector<std::string> found;
    for (const auto& e : read_calendar(text, {day, day + 1}).events) found.push_back(e.summary);
    return found;
  };
  CHECK(on(2027, 3, 14) == std::vector<std::string>{"Birthday: Alice Chen"});
  CHECK(on(2027, 6, 30) == std::vector<std::string>{"Wedding anniversary: Alice Chen"});
  CHECK(on(2027, 2, 28) == std::vector<std::string>{"Birthday: Leo"});  // no February 29 in 2027
  CHECK(on(2028, 2, 28).empty());
  CHECK(on(2028, 2, 29) == std::vector<std::string>{"Birthday: Leo"});
  CHECK(on(2026, 11, 27) == std::vector<std::string>{"Promise to Alice Chen: send the Berlin flat-hunting guide"});
  CHECK(on(2027, 11, 27).empty());
}

TEST_CASE("calendar writer: a date that does not exist is refused, naming the item") {
  CalendarExport calendar;
  calendar.items = {{"x@rel", "Promise", "", Repeat::once, std::nullopt, 11, 27}};
  CHECK_THROWS_WITH_AS(write_calendar(calendar), "calendar item x@rel: a date that does not recur needs its year",
                       rel::Error);
  calendar.items = {{"y@rel", "Birthday", "", Repeat::yearly, std::nullopt, 2, 30}};
  CHECK_THROWS_WITH_AS(write_calendar(calendar), "calendar item y@rel: --02-30 is not a date", rel::Error);
  calendar.items = {{"z@rel", "Birthday", "", Repeat::yearly, 2023, 2, 29}};
  CHECK_THROWS_WITH_AS(write_calendar(calendar), "calendar item z@rel: 2023-02-29 is not a date", rel::Error);
}
