// Pins how a new contact file is written whole (contact_text) and how an import's gains edit an
// existing one (contact_gains): exact text, and the model read back.
#include "rel/journal/contact_text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/contact_gains.hpp"

using rel::test::date;
using namespace rel;
using namespace rel::journal;

namespace {

Contact read_back(const std::string& text) { return parse_contact(text, "x", "x.yaml"); }

const std::string file_id = "x";

// The contact as the file of `id` "x" would give it back.
Contact with_id(Contact c) {
  c.id = file_id;
  return c;
}

std::string gained(const std::string& text, const ContactGains& gains) {
  return add_gains_to_text(text, parse_yaml(text, "x.yaml"), gains, "x.yaml");
}

}  // namespace

TEST_CASE("contact_text writes the spec's keys in its order, each only when it says something") {
  Contact c;
  c.name = "Alice Chen";
  c.aka = {"Ali"};
  c.tags = {"friends", "Book club"};
  c.since = Date::parse_iso("2019-05-02");
  c.emails = {"alice@example.com"};
  c.phones = {"+1 555 0100", "+1 555 0199"};
  c.org = "Acme, Inc.";
  c.title = "COO";
  c.status = ContactStatus::dormant;
  c.uid = {"urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"};
  c.dates = {date("birthday", 3, 14, 1985), date("anniversary", 6, 30)};
  c.details = {{"address", "1 Main St, Springfield"}, {"note", "Met at the Lisbon conference.\n\nLikes: sailing."}};
  const auto text = contact_text(c);
  CHECK(text ==
        "name: Alice Chen\n"
        "aka: [Ali]\n"
        "tags: [friends, Book club]\n"
        "since: 2019-05-02\n"
        "email: alice@example.com\n"
        "phone: [+1 555 0100, +1 555 0199]\n"
        "org: Acme, Inc.\n"
        "title: COO\n"
        "status: dormant\n"
        "uid: [urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1]\n"
        "dates:\n"
        "  birthday: 1985-03-14\n"
        "  anniversary: --06-30\n"
        "details:\n"
        "  address: 1 Main St, Springfield\n"
        "  note: |-\n"
        "    Met at the Lisbon conference.\n"
        "\n"
        "    Likes: sailing.\n");
  CHECK(read_back(text) == with_id(c));
  Contact minimal;
  minimal.name = "Bo";
  CHECK(contact_text(minimal) == "name: Bo\n");
}

TEST_CASE("contact_text quotes what YAML needs quoted, and every value reads back as it was") {
  const std::vector<std::string> hostile = {"key: value",
                                            "a #hash",
                                            "  leading",
                                            "'quoted'",
                                            "- dash",
                                            "[x]",
                                            "null",
                                            "~",
                                            "2026-01-02",
                                            "yes",
                                            "a, b",
                                            "{}",
                                            "\"dq\"",
                                            "Zoë 日本",
                                            "trailing space ",
                                            "tab\there",
                                            "@at",
                                            "`tick",
                                            "%pct",
                                            "!bang",
                                            "&amp",
                                            "*star",
                                            "|pipe",
                                            ">gt",
                                            "line\nbreak",
                                            "two\n\nblank",
                                            "\nleading newline",
                                            "crlf\r\nline",
                                            "final newline\n",
                                            "sp \nline"};
  for (const auto& value : hostile) {
    CAPTURE(value);
    Contact c;
    c.name = value.find('\n') == std::string::npos ? value : "Name";
    if (c.name == "null" || c.name == "~" || c.name.empty()) c.name = "Name";
    c.aka = {value, "x"};
    c.emails = {value};
    c.phones = {value, value + "2"};
    c.org = value;
    c.dates = {date(value.find('\n') == std::string::npos ? value : "label", 2, 29)};
    c.details = {{"k", value}, {value.find('\n') == std::string::npos ? value + " key" : "key", "v"}};
    c.extra = {{"custom", value}};
    const auto text = contact_text(c);
    CAPTURE(text);
    CHECK(read_back(text) == with_id(c));
  }
}

TEST_CASE("contact_gains add to lists, maps and missing keys, keeping every other byte") {
  const std::string text =
      "# Alice, met in Lisbon\n"
      "name: Alice Chen   # full name\n"
      "email: alice@example.com   # work\n"
      "tags: [client]\n"
      "dates:\n"
      "  birthday: 1985-03-14   # a Pisces\n"
      "\n"
      "# what happened\n"
      "log:\n"
      "  - date: 2026-11-20\n"
      "    via: meeting\n";
  ContactGains g;
  g.emails = {"ali@home.example"};
  g.phones = {"+1 555 0100"};
  g.aka = {"Ali"};
  g.tags = {"friends"};
  g.uid = {"u-1"};
  g.org = "Acme";
  g.dates = {date("anniversary", 6, 30, 2012)};
  g.details = {{"address", "1 Main St"}, {"note", "one\ntwo"}};
  const auto out = gained(text, g);
  CHECK(out ==
        "# Alice, met in Lisbon\n"
        "name: Alice Chen   # full name\n"
        "email: [alice@example.com, ali@home.example]   # work\n"
        "tags: [client, friends]\n"
        "dates:\n"
        "  birthday: 1985-03-14   # a Pisces\n"
        "  anniversary: 2012-06-30\n"
        "\n"
        "aka: [Ali]\n"
        "phone: +1 555 0100\n"
        "org: Acme\n"
        "uid: [u-1]\n"
        "details:\n"
        "  address: 1 Main St\n"
        "  note: |-\n"
        "    one\n"
        "    two\n"
        "# what happened\n"
        "log:\n"
        "  - date: 2026-11-20\n"
        "    via: meeting\n");
  auto expected = read_back(text);
  add_gains(expected, g);
  CHECK(read_back(out) == expected);
  CHECK(gained(text, ContactGains{}) == text);
  CHECK(ContactGains{}.empty());
  CHECK_FALSE(g.empty());
}

TEST_CASE("contact_gains append log entries after the last one") {
  const std::string text = "name: A\nlog:\n  - date: 2026-11-20\n    via: meeting\n";
  ContactGains g;
  Interaction e;
  e.when = *Timestamp::parse("2026-11-21");
  e.via = Via::call;
  e.by = By::them;
  e.note = "a call";
  g.log = {e};
  CHECK(gained(text, g) == text + "  - date: 2026-11-21\n    via: call\n    by: them\n    note: a call\n");
}
