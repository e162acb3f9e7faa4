// What a VEVENT says besides its times: title, place, status, who organises and attends, and
// whether it is a video meeting.
#include "ics_event_details.hpp"

#include <algorithm>
#include <array>

#include "ascii.hpp"
#include "ical_ptr.hpp"

namespace rel::interop {
namespace {

CalendarPerson person_of(const char* address, icalproperty* property) {
  CalendarPerson person;
  std::string_view value = trim(address ? address : "");
  if (starts_with_folded(value, "mailto:")) value.remove_prefix(7);
  value = trim(value);
  // Outlook writes "invalid:nomail" for attendees without an address; an EMAIL parameter may have one.
  if (value.find('@') == std::string_view::npos) {
    icalparameter* email = icalproperty_get_first_parameter(property, ICAL_EMAIL_PARAMETER);
    value = trim(email && icalparameter_get_email(email) ? icalparameter_get_email(email) : "");
    if (starts_with_folded(value, "mailto:")) value.remove_prefix(7);
    if (value.find('@') == std::string_view::npos) value = {};
  }
  person.email = lower_ascii(value);
  if (icalparameter* cn = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER))
    person.name = std::string(trim(ical_text(icalparameter_get_cn(cn))));
  return person;
}

Participation participation_of(icalproperty* property) {
  icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_PARTSTAT_PARAMETER);
  if (!parameter) return Participation::needs_action;
  switch (icalparameter_get_partstat(parameter)) {
    case ICAL_PARTSTAT_NEEDSACTION: return Participation::needs_action;
    case ICAL_PARTSTAT_ACCEPTED: return Participation::accepted;
    case ICAL_PARTSTAT_DECLINED: return Participation::declined;
    case ICAL_PARTSTAT_TENTATIVE: return Participation::tentative;
    case ICAL_PARTSTAT_DELEGATED: return Participation::delegated;
    default: return Participation::other;
  }
}

AttendeeKind kind_of(icalproperty* property) {
  icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_CUTYPE_PARAMETER);
  if (!parameter) return AttendeeKind::individual;
  switch (icalparameter_get_cutype(parameter)) {
    case ICAL_CUTYPE_INDIVIDUAL: return AttendeeKind::individual;
    case ICAL_CUTYPE_GROUP: return AttendeeKind::group;
    case ICAL_CUTYPE_ROOM: return AttendeeKind::room;
    case ICAL_CUTYPE_RESOURCE: return AttendeeKind::resource;
    default: return AttendeeKind::unknown;
  }
}

// Properties that carry a video conference, besides RFC 7986's CONFERENCE: Google's and Microsoft's.
constexpr std::array conference_properties = {
    std::string_view("x-google-conference"),
    std::string_view("x-microsoft-onlinemeeting"),  // ...INFORMATION, ...CONFLINK, ...EXTERNALLINK
    std::string_view("x-microsoft-skypeteamsmeetingurl"),
    std::string_view("x-microsoft-skypeteamsproperties"),
};

// Hosts of video meeting links, found in URL, LOCATION or DESCRIPTION.
constexpr std::array meeting_hosts = {
    std::string_view("zoom.us/"),
    std::string_view("zoom.com/"),
    std::string_view("meet.google.com/"),
    std::string_view("hangouts.google.com/"),
    std::string_view("teams.microsoft.com/"),
    std::string_view("teams.live.com/"),
    std::string_view("webex.com/"),
    std::string_view("gotomeeting.com/"),
    std::string_view("meet.goto.com/"),
    std::string_view("whereby.com/"),
    std::string_view("meet.jit.si/"),
    std::string_view("bluejeans.com/"),
    std::string_view("chime.aws/"),
    std::string_view("join.skype.com/"),
    std::string_view("facetime.apple.com/"),
};

// What video services write as the LOCATION of an online meeting.
constexpr std::array online_place_names = {
    std::string_view("microsoft teams"), std::string_view("teams meeting"), std::string_view("zoom"),
    std::string_view("google meet"),     std::string_view("hangout"),       std::string_view("webex"),
    std::string_view("skype"),           std::string_view("gotomeeting"),   std::string_view("whereby"),
    std::string_view("jitsi"),           std::string_view("facetime"),      std::string_view("online"),
    std::string_view("video call"),      std::string_view("videocall"),     std::string_view("virtual"),
};

bool has_meeting_link(std::string_view lower_text) {
  return std::any_of(meeting_hosts.begin(), meeting_hosts.end(),
                     [&](std::string_view host) { return lower_text.find(host) != std::string_view::npos; });
}

// A LOCATION that names no physical place: a link, or only the name of a video service.
bool names_online_place(std::string_view lower_location) {
  if (lower_location.find("http://") != std::string_view::npos ||
      lower_location.find("https://") != std::string_view::npos || has_meeting_link(lower_location))
    return true;
  return std::any_of(online_place_names.begin(), online_place_names.end(),
                     [&](std::string_view name) { return lower_location.find(name) != std::string_view::npos; });
}

// A video meeting: a conference link and no physical place (a LOCATION that is not a link or a
// video service's name, or a booked room).
bool is_online(const EventDetails& details) {
  auto location = lower_ascii(details.location);
  // Outlook lists the places of a hybrid meeting with semicolons: "Microsoft Teams Meeting; Room 4.12".
  bool physical = false;
  for (size_t begin = 0; begin <= location.size();) {
    size_t end = std::min(location.find(';', begin), location.size());
    auto place = trim(std::string_view(location).substr(begin, end - begin));
    if (!place.empty() && !names_online_place(place)) physical = true;
    begin = end + 1;
  }
  physical = physical || std::any_of(details.attendees.begin(), details.attendees.end(),
                                     [](const Attendee& a) { return a.kind == AttendeeKind::room; });
  return !physical && (details.conference || !location.empty());
}

}  // namespace

EventDetails event_details(icalcomponent* event) {
  EventDetails details;
  std::string links;  // URL and DESCRIPTION, lower-cased, searched for meeting links
  for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY); p;
       p = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
    switch (icalproperty_isa(p)) {
      case ICAL_SUMMARY_PROPERTY:
        details.has_summary = true;
        details.summary = std::string(trim(ical_text(icalproperty_get_summary(p))));
        break;
      case ICAL_LOCATION_PROPERTY:
        details.has_location = true;
        details.location = std::string(trim(ical_text(icalproperty_get_location(p))));
        break;
      case ICAL_STATUS_PROPERTY:
        details.has_status = true;
        details.cancelled = icalproperty_get_status(p) == ICAL_STATUS_CANCELLED;
        break;
      case ICAL_ORGANIZER_PROPERTY:
        details.has_organizer = true;
        details.organizer = person_of(icalproperty_get_organizer(p), p);
        break;
      case ICAL_ATTENDEE_PROPERTY:
        details.attendees.push_back(
            Attendee{person_of(icalproperty_get_attendee(p), p), participation_of(p), kind_of(p)});
        break;
      case ICAL_URL_PROPERTY: links += lower_ascii(ical_text(icalproperty_get_url(p))) + '\n'; break;
      case ICAL_DESCRIPTION_PROPERTY: links += lower_ascii(ical_text(icalproperty_get_description(p))) + '\n'; break;
      case ICAL_CONFERENCE_PROPERTY: details.conference = true; break;
      case ICAL_X_PROPERTY: {
        auto name = lower_ascii(ical_text(icalproperty_get_x_name(p)));
        for (auto prefix : conference_properties)
          if (name.starts_with(prefix)) details.conference = true;
        break;
      }
      default: break;
    }
  }
  if (has_meeting_link(links) || has_meeting_link(lower_ascii(details.location))) details.conference = true;
  details.online = is_online(details);
  return details;
}

EventDetails with_series_details(EventDetails details, const EventDetails* series) {
  if (!series) return details;
  if (!details.has_summary) details.summary = series->summary;
  if (!details.has_location) details.location = series->location;
  if (!details.has_status) details.cancelled = series->cancelled;
  if (!details.has_organizer) details.organizer = series->organizer;
  if (details.attendees.empty()) details.attendees = series->attendees;
  details.conference = details.conference || series->conference;
  details.online = is_online(details);
  return details;
}

}  // namespace rel::interop
