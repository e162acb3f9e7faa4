// Writes what a calendar and mail import reads, so that `rel import` of a busy year can be measured:
// a journal of people with email addresses, a maildir of their mail with the user, and a calendar
// of meetings with them.
//
// Usage: rel-bench-activity journal DIR CONTACTS
//        rel-bench-activity maildir DIR MESSAGES CONTACTS [SEED]
//        rel-bench-activity ics FILE EVENTS CONTACTS [SEED]
// The journal has `.rel.yaml` with `me:` and contacts p<k>.yaml with p<k>@example.com. The maildir
// (cur/ nine messages in ten, new/ the rest) holds mail of the 90 days before 2026-11-23: between
// the user and contacts (some to two at once, replies the same day), and one in ten from lists,
// newsletters or auto-responders, each with a body. The calendar has single events over the same
// days with one to four contacts (some online, some declined, cancelled or all-day), and one weekly
// series in twenty. The same arguments always give the same bytes (own PRNG).
#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "sample.hpp"

namespace {

using rel::bench::Random;

constexpr int64_t today_utc = 1795392000;  // 2026-11-23 00:00 UTC
constexpr int days = 90;

bool write_file(const std::string& path, const std::string& text) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

std::string rfc5322_date(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

std::string ics_time(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

std::string person(int k) { return "p" + std::to_string(k) + "@example.com"; }

int journal(const std::string& dir, int contacts) {
  ::mkdir(dir.c_str(), 0755);
  if (!write_file(dir + "/.rel.yaml", "me: {email: [me@example.com]}\n")) return 1;
  for (int k = 0; k < contacts; ++k) {
    std::string text = "# person " + std::to_string(k) + "\nname: Person " + std::to_string(k) +
                       "\nemail: " + person(k) + "\nlog:\n  - date: 2026-01-05\n    via: call\n    by: me\n";
    if (!write_file(dir + "/p" + std::to_string(k) + ".yaml", text)) return 1;
  }
  return 0;
}

int maildir(const std::string& dir, int messages, int contacts, uint64_t seed) {
  for (const char* sub : {"", "/cur", "/new", "/tmp"}) ::mkdir((dir + sub).c_str(), 0755);
  Random r(seed);
  std::string body;
  for (int line = 0; line < 40; ++line) body += "BODYMARKER a line of the body that nobody should read\r\n";
  for (int n = 0; n < messages; ++n) {
    const int64_t when = today_utc - int64_t{r.below(days)} * 86400 - r.below(86400);
    const int k = r.below(contacts);
    std::string head;
    const int kind = r.below(100);
    if (kind < 4) {
      head =
          "From: Team list <" + person(k) + ">\r\nTo: team@lists.example.com\r\nList-Id: <team.lists.example.com>\r\n";
    } else if (kind < 8) {
      head =
          "From: News <news@shop.example>\r\nTo: me@example.com\r\nPrecedence: bulk\r\n"
          "List-Unsubscribe: <mailto:leave@shop.example>\r\n";
    } else if (kind < 10) {
      head = "From: Person " + std::to_string(k) + " <" + person(k) +
             ">\r\nTo: me@example.com\r\nAuto-Submitted: auto-replied\r\n";
    } else if (kind < 55) {
      head = "From: Me <me@example.com>\r\nTo: \"Person " + std::to_string(k) + "\" <" + person(k) + ">\r\n";
      if (r.chance(15)) head += "Cc: " + person(r.below(contacts)) + "\r\n";
    } else {
      head = "From: =?UTF-8?Q?Person_" + std::to_string(k) + "?= <" + person(k) + ">\r\nTo: Me <me@example.com>\r\n";
    }
    head += "Date: " + rfc5322_date(when) + "\r\nMessage-ID: <" + std::to_string(n) + "." + std::to_string(seed) +
            "@bench.example>\r\n";
    if (r.chance(30)) head += "In-Reply-To: <" + std::to_string(r.below(n + 1)) + "@bench.example>\r\n";
    head += "Subject: Message " + std::to_string(n) +
            " about the project\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    const bool fresh = r.chance(10);
    auto name = std::to_string(when) + "." + std::to_string(n) + ".bench" + (fresh ? "" : ":2,S");
    if (!write_file(dir + (fresh ? "/new/" : "/cur/") + name, head + body)) return 1;
  }
  return 0;
}

int calendar(const std::string& file, int events, int contacts, uint64_t seed) {
  Random r(seed);
  std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rel//bench//EN\r\n";
  for (int n = 0; n < events; ++n) {
    // Working hours, on the days of the window.
    const int64_t start = today_utc - int64_t{r.below(days) + 1} * 86400 + (8 + r.below(9)) * 3600;
    text += "BEGIN:VEVENT\r\nUID:" + std::to_string(n) + "@bench.example\r\nDTSTAMP:20261101T000000Z\r\n";
    if (r.chance(3))
      text += "DTSTART;VALUE=DATE:" + ics_time(start).substr(0, 8) + "\r\n";
    else
      text += "DTSTART:" + ics_time(start) + "\r\nDTEND:" + ics_time(start + 1800) + "\r\n";
    if (n % 20 == 0) text += "RRULE:FREQ=WEEKLY;COUNT=12\r\n";
    if (r.chance(2)) text += "STATUS:CANCELLED\r\n";
    text += "SUMMARY:Meeting " + std::to_string(n) + "\r\n";
    if (r.chance(40))
      text += "LOCATION:https://meet.example.com/" + std::to_string(n) +
              "\r\nX-GOOGLE-CONFERENCE:https://meet.example.com/" + std::to_string(n) + "\r\n";
    else
      text += "LOCATION:Room " + std::to_string(r.below(20)) + "\r\n";
    const bool mine = r.chance(50);
    const int first = r.below(contacts);
    text += "ORGANIZER:mailto:" + (mine ? std::string("me@example.com") : person(first)) + "\r\n";
    text += std::string("ATTENDEE;PARTSTAT=") + (r.chance(5) ? "DECLINED" : "ACCEPTED") + ":mailto:me@example.com\r\n";
    const int others = 1 + r.below(4);
    for (int a = 0; a < others; ++a)
      text += "ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + person(a == 0 ? first : r.below(contacts)) + "\r\n";
    text += "DESCRIPTION:BODYMARKER the agenda\r\nEND:VEVENT\r\n";
  }
  text += "END:VCALENDAR\r\n";
  return write_file(file, text) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  auto number = [&](int k, int fallback) { return argc > k ? std::atoi(argv[k]) : fallback; };
  if (mode == "journal" && argc >= 4) return journal(argv[2], number(3, 0));
  if (mode == "maildir" && argc >= 5)
    return maildir(argv[2], number(3, 0), number(4, 1), static_cast<uint64_t>(number(5, 1)));
  if (mode == "ics" && argc >= 5)
    return calendar(argv[2], number(3, 0), number(4, 1), static_cast<uint64_t>(number(5, 1)));
  std::fprintf(stderr,
               "usage: %s journal DIR CONTACTS\n"
               "       %s maildir DIR MESSAGES CONTACTS [SEED]\n"
               "       %s ics FILE EVENTS CONTACTS [SEED]\n",
               argv[0], argv[0], argv[0]);
  return 2;
}
