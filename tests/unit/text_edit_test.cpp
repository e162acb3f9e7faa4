// Unit tests for the line-preserving edits of contact files: exact text in, exact text out.
#include "rel/journal/text_edit.hpp"

#include <doctest/doctest.h>

#include <string>

#include "rel/core/error.hpp"
#include "rel/journal/yaml_tree.hpp"

using rel::journal::add_key_to_item;
using rel::journal::append_list_item;
using rel::journal::ItemValue;
using rel::journal::parse_yaml;
using rel::journal::set_value;
using rel::journal::unset_value;

namespace {

std::string append(const std::string& text, const std::string& key,
                   const std::vector<std::pair<std::string, std::string>>& item) {
  return append_list_item(text, parse_yaml(text, "t.yaml"), key, item);
}

std::string set(const std::string& text, const rel::journal::KeyPath& path, const std::string& value) {
  return set_value(text, parse_yaml(text, "t.yaml"), path, ItemValue{path.back(), value, std::nullopt});
}

std::string unset(const std::string& text, const rel::journal::KeyPath& path) {
  return unset_value(text, parse_yaml(text, "t.yaml"), path);
}

}  // namespace

TEST_CASE("append_list_item adds to a log in the middle of the file, before what follows it") {
  std::string text =
      "name: A\n"
      "log:   # history\n"
      "    - date: 2026-01-01   # first\n"
      "      via: call\n"
      "\n"
      "# trailing notes\n"
      "email: a@x\n";
  CHECK(append(text, "log", {{"date", "2026-02-01"}, {"via", "meeting"}}) ==
        "name: A\n"
        "log:   # history\n"
        "    - date: 2026-01-01   # first\n"
        "      via: call\n"
        "    - date: 2026-02-01\n"
        "      via: meeting\n"
        "\n"
        "# trailing notes\n"
        "email: a@x\n");
}

TEST_CASE("append_list_item at the end of the file keeps the old text a prefix") {
  std::string text = "name: A\nlog:\n  - date: 2026-01-01\n\n# last words\n";
  auto out = append(text, "log", {{"date", "2026-02-01"}});
  CHECK(out == text + "  - date: 2026-02-01\n");
}

TEST_CASE("append_list_item fills an empty log, keeping the key's comment") {
  CHECK(append("name: A\nlog:   # none yet\n", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:   # none yet\n  - date: 2026-02-01\n");
  CHECK(append("name: A\nlog: []   # none\n", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog: # none\n  - date: 2026-02-01\n");
  CHECK(append("name: A\nlog: []\nemail: x\n", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:\n  - date: 2026-02-01\nemail: x\n");
}

TEST_CASE("append_list_item creates an absent list at the end, even without a final newline") {
  CHECK(append("name: A", "promises", {{"what", "call: back"}, {"due", "2026-12-01"}}) ==
        "name: A\npromises:\n  - what: \"call: back\"\n    due: 2026-12-01\n");
}

TEST_CASE("append_list_item refuses a flow-style list rather than rewrite it") {
  CHECK_THROWS_AS(append("name: A\nlog: [{date: 2026-01-01}]\n", "log", {{"date", "2026-02-01"}}), rel::Error);
}

TEST_CASE("set_value replaces only the value, keeping quotes' place and the trailing comment") {
  CHECK(set("name: A\nphone: \"+1 555\"   # mobile\nemail: x\n", {"phone"}, "+1 666") ==
        "name: A\nphone: +1 666   # mobile\nemail: x\n");
  CHECK(set("name: A\nphone: 1\n", {"phone"}, "a # b") == "name: A\nphone: \"a # b\"\n");
}

TEST_CASE("set_value adds a nested key inside the existing map, before blank lines and comments") {
  std::string text =
      "name: A\n"
      "details:\n"
      "    spouse: Ben   # since 2012\n"
      "\n"
      "# work\n"
      "email: x\n";
  CHECK(set(text, {"details", "kids"}, "Maya (7)") ==
        "name: A\n"
        "details:\n"
        "    spouse: Ben   # since 2012\n"
        "    kids: Maya (7)\n"
        "\n"
        "# work\n"
        "email: x\n");
  CHECK(set(text, {"details", "spouse"}, "Ben Chen") ==
        "name: A\n"
        "details:\n"
        "    spouse: Ben Chen   # since 2012\n"
        "\n"
        "# work\n"
        "email: x\n");
}

TEST_CASE("set_value creates an absent map or key before a trailing log and its comment") {
  std::string text = "name: A\n\n# history\nlog:\n  - date: 2026-01-01\n";
  CHECK(set(text, {"dates", "birthday"}, "1985-03-14") ==
        "name: A\n\ndates:\n  birthday: 1985-03-14\n# history\nlog:\n  - date: 2026-01-01\n");
  CHECK(set(text, {"email"}, "a@x") == "name: A\n\nemail: a@x\n# history\nlog:\n  - date: 2026-01-01\n");
  CHECK(set("name: A\n", {"email"}, "a@x") == "name: A\nemail: a@x\n");
  CHECK(set("name: A\ndetails:\nemail: x\n", {"details", "kids"}, "two") ==
        "name: A\ndetails:\n  kids: two\nemail: x\n");
  CHECK(set("name: A\ndetails:   # free-form\ndates: {}\n", {"details", "kids"}, "two") ==
        "name: A\ndetails:   # free-form\n  kids: two\ndates: {}\n");
}

TEST_CASE("set_value replaces a multi-line value whole") {
  CHECK(set("name: A\nnote: |\n  one\n  two\nemail: x\n", {"note"}, "three") == "name: A\nnote: three\nemail: x\n");
}

TEST_CASE("unset_value removes only the key's lines, top-level or nested") {
  std::string text =
      "name: A\n"
      "# how to reach\n"
      "phone: 1   # mobile\n"
      "details:\n"
      "  kids: |\n"
      "    Maya\n"
      "  # pets\n"
      "  pets: cat\n";
  CHECK(unset(text, {"phone"}) == "name: A\n# how to reach\ndetails:\n  kids: |\n    Maya\n  # pets\n  pets: cat\n");
  CHECK(unset(text, {"details", "kids"}) ==
        "name: A\n# how to reach\nphone: 1   # mobile\ndetails:\n  # pets\n  pets: cat\n");
  CHECK(unset(text, {"details", "pets"}) ==
        "name: A\n# how to reach\nphone: 1   # mobile\ndetails:\n  kids: |\n    Maya\n  # pets\n");
  CHECK_THROWS_AS(unset(text, {"email"}), rel::Error);
  CHECK_THROWS_AS(unset(text, {"dates", "birthday"}), rel::Error);
}

TEST_CASE("edits of a CRLF file write CRLF lines") {
  std::string text = "name: A\r\nphone: 1\r\ndetails:\r\n  kids: two\r\nlog:\r\n  - date: 2026-01-01\r\n";
  CHECK(set(text, {"phone"}, "2") ==
        "name: A\r\nphone: 2\r\ndetails:\r\n  kids: two\r\nlog:\r\n  - date: 2026-01-01\r\n");
  CHECK(set(text, {"details", "pets"}, "cat") ==
        "name: A\r\nphone: 1\r\ndetails:\r\n  kids: two\r\n  pets: cat\r\nlog:\r\n  - date: 2026-01-01\r\n");
  CHECK(unset(text, {"details", "kids"}) == "name: A\r\nphone: 1\r\ndetails:\r\nlog:\r\n  - date: 2026-01-01\r\n");
  CHECK(append(text, "log", {{"date", "2026-02-01"}}) == text + "  - date: 2026-02-01\r\n");
}

TEST_CASE("edits of a file with a byte order mark keep it in front of the first line") {
  std::string bom = "\xEF\xBB\xBF";
  std::string text = bom + "name: A\nphone: 1\nlog:\n  - date: 2026-01-01\n";
  CHECK(set(text, {"name"}, "Bob") == bom + "name: Bob\nphone: 1\nlog:\n  - date: 2026-01-01\n");
  CHECK(set(text, {"email"}, "a@b") == bom + "name: A\nphone: 1\nemail: a@b\nlog:\n  - date: 2026-01-01\n");
  CHECK(unset(bom + "phone: 1\nname: A\n", {"phone"}) == bom + "name: A\n");
  CHECK(append(text, "log", {{"date", "2026-02-01"}}) == text + "  - date: 2026-02-01\n");
  CHECK(append(bom, "log", {{"date", "2026-02-01"}}) == bom + "log:\n  - date: 2026-02-01\n");
}

TEST_CASE("add_key_to_item adds a line to one item only") {
  std::string text =
      "promises:\n"
      "  - what: a   # first\n"
      "    due: 2026-01-01\n"
      "\n"
      "  - what: b\n"
      "log: []\n";
  auto tree = parse_yaml(text, "t.yaml");
  CHECK(add_key_to_item(text, tree, "promises", 0, "done", "2026-01-02") ==
        "promises:\n  - what: a   # first\n    due: 2026-01-01\n    done: 2026-01-02\n\n  - what: b\nlog: []\n");
  CHECK(add_key_to_item(text, tree, "promises", 1, "done", "2026-01-02") ==
        "promises:\n  - what: a   # first\n    due: 2026-01-01\n\n  - what: b\n    done: 2026-01-02\nlog: []\n");
  CHECK_THROWS_AS(add_key_to_item(text, tree, "promises", 2, "done", "x"), rel::Error);
}
