// Pins the text of `rel merge`: INTO's bytes kept, FROM's lines copied as written, re-indented to INTO's.
#include "rel/journal/unite.hpp"

#include <doctest/doctest.h>

#include <string>

#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/yaml_tree.hpp"

using namespace rel;

namespace {

std::string unite(const std::string& into_text, const std::string& from_text, Prefer prefer = Prefer::neither) {
  auto into = journal::parse_contact(into_text, "sara", "sara.yaml");
  auto from = journal::parse_contact(from_text, "sara-2", "sara-2.yaml");
  auto plan = plan_merge(into, from, prefer);
  auto text = journal::unite_texts(into_text, from_text, from, plan);
  // The text reads back as the plan says.
  auto expected = apply_merge(into, from, plan);
  auto after = journal::parse_contact(text, "sara", "sara.yaml");
  CHECK(after.log == expected.log);
  CHECK(after.promises == expected.promises);
  CHECK(after.aka == expected.aka);
  return text;
}

const std::string into_text = R"(# Sara, from the Acme deal.
name: Sara Lindqvist   # née Berg
email: sara@example.com
details:
  kids: Maya (7)
log:
  - date: 2026-11-01   # the first
    via: call
    by: me
    note: Kickoff.

  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch.
)";

const std::string from_text = R"(name: Sara L.
tags: [client]
phone: "+46 70 123"    # mobile
details:
    spouse: Ola   # since 2015
    kids: Maya (7)
promises:
    - what: send the guide
      made: 2026-11-10
log:
    - date: 2026-11-20
      via: meeting
      by: me
      note: Lunch.
    - date: 2026-11-10   # FROM's comment travels
      via: email
      by: them
      note: |
        Sent the deck.
        Two lines.
)";

}  // namespace

TEST_CASE("unite_texts copies FROM's lines into INTO's layout and leaves INTO's own lines alone") {
  CHECK(unite(into_text, from_text) == R"(# Sara, from the Acme deal.
name: Sara Lindqvist   # née Berg
aka: [Sara L.]
email: sara@example.com
details:
  kids: Maya (7)
  spouse: Ola   # since 2015
tags: [client]
phone: "+46 70 123"    # mobile
promises:
  - what: send the guide
    made: 2026-11-10
log:
  - date: 2026-11-01   # the first
    via: call
    by: me
    note: Kickoff.
  - date: 2026-11-10   # FROM's comment travels
    via: email
    by: them
    note: |
      Sent the deck.
      Two lines.

  - date: 2026-11-20
    via: meeting
    by: me
    note: Lunch.
)");
}

TEST_CASE("unite_texts replaces INTO's lines of a key FROM wins, and fills an empty log") {
  std::string into = "name: Sara\ndetails: {kids: Maya (7)}\ncadence: 30d   # monthly\nlog: []   # none yet\n";
  std::string from = "name: Sara\ncadence: 2w\nlog:\n- date: 2026-11-10\n  via: call\n";
  CHECK(unite(into, from, Prefer::from) ==
        "name: Sara\ndetails: {kids: Maya (7)}\ncadence: 2w\nlog: # none yet\n  - date: 2026-11-10\n    via: call\n");
  CHECK(unite(into, from, Prefer::into) ==
        "name: Sara\ndetails: {kids: Maya (7)}\ncadence: 30d   # monthly\nlog: # none yet\n  - date: 2026-11-10\n    "
        "via: "
        "call\n");
}

TEST_CASE("unite_texts starts INTO's missing keys at INTO's column when the whole file is indented") {
  // As text edits do (a key at column 0 below ` name:` would start a second document).
  std::string into = " name: Sara\n email: s@x\n";
  std::string from = "name: Sara\ndetails:\n  kids: Maya (7)\npromises:\n  - what: send the guide\n";
  CHECK(unite(into, from) ==
        " name: Sara\n email: s@x\n details:\n   kids: Maya (7)\n promises:\n   - what: send the guide\n");
}

TEST_CASE("unite_texts refuses FROM or INTO with a key written after '?', as text edits do") {
  std::string plain = "name: Sara\ncadence: 2w\n";
  std::string explicit_key = "name: Sara\n? cadence\n: 2w\n";
  auto refusal = [](const char* where) {
    return std::string(where) +
           ": a key is written after '?' (an explicit key), and rel edits only keys written 'key: value': please "
           "edit it by hand";
  };
  auto unite_raw = [](const std::string& into_text, const std::string& from_text) {
    auto into = journal::parse_contact(into_text, "sara", "sara.yaml");
    auto from = journal::parse_contact(from_text, "sara-2", "sara-2.yaml");
    return journal::unite_texts(into_text, from_text, from, plan_merge(into, from, Prefer::from));
  };
  // FROM by its file's name (INTO's is named by prepare_edit, before).
  CHECK_THROWS_WITH_AS(unite_raw(plain, explicit_key), refusal("sara-2.yaml:2:3").c_str(), rel::Error);
  CHECK_THROWS_WITH_AS(unite_raw(explicit_key, "name: Sara\nemail: s@x\n"), refusal("line 2, column 3").c_str(),
                       rel::Error);
}

TEST_CASE("unite_texts fills INTO's empty log as rel log does: its indented comments stay above the entries") {
  // One way to fill an empty key (fill_empty_value): a comment under `log:` is not read into a note.
  std::string into = "name: Sara\nlog:\n  # moved from the old file\n";
  std::string from = "name: Sara\nlog:\n  - date: 2026-11-10\n    note: |-\n      Two\n      lines\n";
  CHECK(unite(into, from) ==
        "name: Sara\nlog:\n  # moved from the old file\n  - date: 2026-11-10\n    note: |-\n"
        "      Two\n      lines\n");
}
