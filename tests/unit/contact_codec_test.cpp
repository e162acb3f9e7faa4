// Pins decode_contact/parse_contact: the model read from a file and every schema problem at its 1-based position.
#include "rel/journal/contact_codec.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace rel;
using namespace rel::journal;

namespace {

// Every problem decode_contact finds in `text`, each as `FILE:LINE:COL: message`.
std::vector<std::string> problems(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : decode_contact(parse_yaml(text, "a.yaml"), "a", "a.yaml").problems) out.push_back(p.describe());
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("decode_contact reads every field of the spec") {
  auto c = parse_contact(R"(# comment
name: Alice Chen
aka: [Ali, Dr. Chen]
tags: client
cadence: 2w
since: 2019-05-02
email: alice@example.com
phone: "+1 555 0100"
dates:
  birthday: 1985-03-14
  anniversary: --06-30
details:
  kids: [Maya, Leo]
promises:
  - what: send guide
    made: 2026-11-20
    due: 2026-11-27
    done: 2026-11-25
  - what: intro to Bob
    by: them
log:
  - date: "2026-11-20 12:30"
    via: meeting
    by: them
    with: [ben-chen]
    note: |
      Lunch.
      Berlin.
  - date: 2026-11-01
hobby: sailing
)",
                         "alice-chen", "alice-chen.yaml");
  CHECK(c.id == "alice-chen");
  CHECK(c.name == "Alice Chen");
  CHECK(c.aka == std::vector<std::string>{"Ali", "Dr. Chen"});
  CHECK(c.tags == std::vector<std::string>{"client"});
  CHECK(c.cadence_days == 14);
  REQUIRE(c.since);
  CHECK(c.since->iso() == "2019-05-02");
  CHECK(c.emails == std::vector<std::string>{"alice@example.com"});
  CHECK(c.phones == std::vector<std::string>{"+1 555 0100"});
  REQUIRE(c.dates.size() == 2);
  CHECK(c.dates[1].label == "anniversary");
  CHECK(c.dates[1].month == 6);
  CHECK(c.dates[1].day == 30);
  REQUIRE(c.details.size() == 1);
  CHECK(c.details[0].value == "[Maya, Leo]");
  REQUIRE(c.promises.size() == 2);
  CHECK(c.promises[0].done->iso() == "2026-11-25");
  CHECK(c.promises[1].by == By::them);
  REQUIRE(c.log.size() == 2);
  CHECK(c.log[0].when.text() == "2026-11-20 12:30");
  CHECK(c.log[0].via == Via::meeting);
  CHECK(c.log[0].by == By::them);
  CHECK(c.log[0].with == std::vector<std::string>{"ben-chen"});
  CHECK(c.log[0].note == "Lunch.\nBerlin.\n");
  CHECK(c.log[1].via == Via::other);
  CHECK(c.log[1].by == By::me);
  REQUIRE(c.extra.size() == 1);
  CHECK(c.extra[0].value == "sailing");
}

TEST_CASE("decode_contact collects every problem at its 1-based position") {
  CHECK(problems("- a\n") == Lines{"a.yaml:1:1: a contact file must be a map of keys, starting with \"name: ...\""});
  CHECK(problems("") == Lines{"a.yaml:1:1: a contact file must be a map of keys, starting with \"name: ...\""});
  CHECK(problems("# c\nemail: x\n") == Lines{"a.yaml:2:1: missing \"name\": every contact needs one"});
  CHECK(problems("name:\n") == Lines{"a.yaml:1:1: name must not be empty"});
  CHECK(problems("name: \"\"\n") == Lines{"a.yaml:1:7: name must not be empty"});
  CHECK(problems("name: [A]\n") == Lines{"a.yaml:1:7: name must be text"});
  CHECK(problems("name: A\nsince: 2026-02-30\ncadence: monthly\ntags: {a: b}\naka: [[x]]\n") ==
        Lines{"a.yaml:2:8: invalid date \"2026-02-30\" for since: expected YYYY-MM-DD",
              "a.yaml:3:10: invalid cadence \"monthly\": expected a number and d, w, m or y (e.g. 30d)",
              "a.yaml:4:7: tags must be a list, e.g. [a, b]", "a.yaml:5:7: each item of aka must be text"});
  CHECK(problems("name: A\ndates:\n  birthday: 13-45\ndetails: [a]\n") ==
        Lines{"a.yaml:3:13: invalid date \"13-45\" for birthday: expected YYYY-MM-DD or --MM-DD",
              "a.yaml:4:10: details must be a map of keys and values"});
  CHECK(problems("name: A\nlog:\n  - date: 2026-1-1\n    via: pigeon\n    by: nobody\n    mood: good\n  - via: call\n"
                 "  - just text\n") ==
        Lines{"a.yaml:3:11: invalid date \"2026-1-1\": expected YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"",
              "a.yaml:4:10: unknown via \"pigeon\": expected meeting, call, video, message, email, letter, social or "
              "other",
              "a.yaml:5:9: unknown by \"nobody\": expected me or them",
              "a.yaml:6:5: unknown key \"mood\" in a log entry (expected date, via, by, with, note, ref)",
              "a.yaml:7:5: a log entry needs a date", "a.yaml:8:5: a log entry must be a map of keys and values"});
  CHECK(problems("name: A\nlog: yes\npromises:\n  - made: 2026-01-01\n") ==
        Lines{"a.yaml:2:6: log must be a list of entries (- ...)", "a.yaml:4:5: a promise needs \"what\""});
}

TEST_CASE("parse_contact throws with every problem; empty optional keys are as if absent") {
  try {
    parse_contact("name: A\nsince: x\ncadence: y\n", "a", "a.yaml");
    FAIL("expected an error");
  } catch (const Error& e) {
    REQUIRE(e.problems().size() == 2);
    CHECK(e.problems()[0].where == Location{"a.yaml", 2, 8});
    CHECK(e.problems()[1].where == Location{"a.yaml", 3, 10});
  }
  auto c = parse_contact("name: A\nlog:\ntags: ~\nemail:\n", "a", "a.yaml");
  CHECK(c.log.empty());
  CHECK(c.tags.empty());
  CHECK(c.emails.empty());
}

TEST_CASE("decode_contact reads lists of emails and phones, work, status, snooze, uid and log refs") {
  auto c = parse_contact(R"(name: Ana Pereira
email: [ana@example.com, ana@work.example]
phone: "+351 21 000 0000"
org: Acme
title: COO
status: dormant
snooze: 2027-01-15
uid: urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1
log:
  - date: 2026-11-02
    via: meeting
    ref: ics:040000008200E00074C5B7101A82E008
)",
                         "ana", "ana.yaml");
  CHECK(c.emails == std::vector<std::string>{"ana@example.com", "ana@work.example"});
  CHECK(c.phones == std::vector<std::string>{"+351 21 000 0000"});
  CHECK(c.org == "Acme");
  CHECK(c.title == "COO");
  CHECK(c.status == ContactStatus::dormant);
  CHECK(c.snooze == Date::from_ymd(2027, 1, 15));
  CHECK(c.uid == std::vector<std::string>{"urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"});
  REQUIRE(c.log.size() == 1);
  CHECK(c.log[0].ref == "ics:040000008200E00074C5B7101A82E008");
  CHECK(c.extra.empty());
  CHECK(problems("name: A\nstatus: gone\nsnooze: soon\n") ==
        Lines{"a.yaml:2:9: unknown status \"gone\": expected active, dormant, archived or deceased",
              "a.yaml:3:9: invalid date \"soon\" for snooze: expected YYYY-MM-DD"});
}
