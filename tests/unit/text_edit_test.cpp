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
using rel::journal::render_scalar;
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

TEST_CASE("append_list_item under an empty key keeps that key's line byte for byte") {
  // Found by the text_edit fuzz target (corpus: blank-after-empty-key): `log:  ` lost its blanks.
  CHECK(append("name: K\nlog:  \nTODO): ask\n", "log", {{"date", "2026-02-01"}}) ==
        "name: K\nlog:  \n  - date: 2026-02-01\nTODO): ask\n");
  CHECK(append("name: K\nlog:\nemail: a@x\n", "log", {{"date", "2026-02-01"}}) ==
        "name: K\nlog:\n  - date: 2026-02-01\nemail: a@x\n");
}

TEST_CASE("comments indented under an empty key stay above what fills it, out of a note's block") {
  // Found by the text_edit fuzz target (corpus: log-null-then-comments): a note of several lines is
  // a block scalar, and the comment lines under `log:` that followed it were read as its text.
  std::string text = "name: K\nlog:\n        # old: - date: 2026-01-01\n\n        # more\n# not under log\ntags: [a]\n";
  std::vector<ItemValue> item = {{"date", "2026-02-01", std::nullopt}, {"note", "one\ntwo", std::nullopt}};
  auto after = append_list_item(text, parse_yaml(text, "t.yaml"), "log", item);
  CHECK(after ==
        "name: K\nlog:\n        # old: - date: 2026-01-01\n\n        # more\n"
        "  - date: 2026-02-01\n    note: |-\n      one\n      two\n# not under log\ntags: [a]\n");
  CHECK(parse_yaml(after, "t.yaml").find("log")->items.at(0).find("note")->value == "one\ntwo");
  // A value the key line loses (`~`) goes, and the comments under it stay; a detail likewise.
  CHECK(append("name: K\nlog: ~  # none\n    # under\n", "log", {{"date", "2026-02-01"}}) ==
        "name: K\nlog: # none\n    # under\n  - date: 2026-02-01\n");
  CHECK(set("name: K\ndetails:\n    # under\n", {"details", "kids"}, "Maya\nLeo") ==
        "name: K\ndetails:\n    # under\n  kids: |-\n    Maya\n    Leo\n");
}

TEST_CASE("a line of blanks deeper than what is added stays above it, out of a note's block") {
  // Found by the text_edit fuzz target (corpus: log-null-then-deep-blank-line): a line of 25 blanks
  // after `log:` read as a last line of the new note's block scalar.
  const std::string deep(25, ' ');
  auto note = [](const std::string& text) {
    std::vector<ItemValue> item = {{"date", "2026-02-01", std::nullopt}, {"note", "one\ntwo", std::nullopt}};
    return append_list_item(text, parse_yaml(text, "t.yaml"), "log", item);
  };
  const std::string item = "  - date: 2026-02-01\n    note: |-\n      one\n      two\n";
  CHECK(note("name: K\nlog:\n" + deep + "\n# c\n") == "name: K\nlog:\n" + deep + "\n" + item + "# c\n");
  CHECK(note("name: K\nlog:\n  - date: 2026-01-01\n" + deep + "\nemail: a@b\n") ==
        "name: K\nlog:\n  - date: 2026-01-01\n" + deep + "\n" + item + "email: a@b\n");
  // A new log at the end of the file, above a comment it ends with, likewise (corpus: new-log-above-deep-blank-line).
  CHECK(note("name: K\nlog2:\n" + deep + "\n# c\n") == "name: K\nlog2:\n" + deep + "\nlog:\n" + item + "# c\n");
  // An empty value on a line of its own is refused in words (corpus: null-on-its-own-line).
  CHECK_THROWS_WITH_AS(note("name: K\nlog:\n  null   \n# c\n"),
                       doctest::Contains("line 3, column 3: the empty value of log is written on a line of its own"),
                       rel::Error);
  CHECK_THROWS_WITH_AS(set("name: K\ndetails:\n  {}\n", {"details", "kids"}, "Maya"),
                       doctest::Contains("the empty value of details is written on a line of its own"), rel::Error);
  // Or one whose closing bracket is on a line below (corpus: empty-flow-map-over-several-lines): the
  // key line lost its `{` and the `}` stayed below the new lines.
  CHECK_THROWS_WITH_AS(set("name: K\ndetails: {\n\n}\n", {"details", "kids"}, "Maya"),
                       "line 2, column 10: the empty value of details is written over several lines; write "
                       "`details:` alone on its line (or edit the file with rel edit) and run the command again",
                       rel::Error);
  CHECK_THROWS_WITH_AS(note("name: K\nlog:\n  [  # none yet\n  ]\n"),
                       doctest::Contains("line 3, column 3: the empty value of log is written over several lines"),
                       rel::Error);
  CHECK(note("name: K\nlog: [ ]  # none yet\n") == "name: K\nlog: # none yet\n" + item);
  // In a file of mixed line ends, the key line keeps its own (corpus: key-line-keeps-its-line-end),
  // also when it is written again without its empty value (corpus: rewritten-key-line-keeps-its-line-end).
  CHECK(append("name: K\nlog:\nemail: x\r\n", "log", {{"date", "2026-02-01"}}) ==
        "name: K\nlog:\n  - date: 2026-02-01\r\nemail: x\r\n");
  CHECK(append("name: K\nlog: ~  # c\nemail: x\r\n", "log", {{"date", "2026-02-01"}}) ==
        "name: K\nlog: # c\n  - date: 2026-02-01\r\nemail: x\r\n");
  // A missing value is placed where the next key starts, which may begin with such a word.
  CHECK(append("name: K\nlog:\nnullable: x\n", "log", {{"date", "2026-02-01"}}) ==
        "name: K\nlog:\n  - date: 2026-02-01\nnullable: x\n");
  // Blank lines no deeper than the entries stay where they are.
  CHECK(note("name: K\nlog:\n  - date: 2026-01-01\n  \nemail: a@b\n") ==
        "name: K\nlog:\n  - date: 2026-01-01\n" + item + "  \nemail: a@b\n");
  // A detail of several lines, new or replacing one, likewise.
  const std::string text = "name: K\ndetails:\n  kids: Maya\n" + deep + "\nemail: a@b\n";
  CHECK(set(text, {"details", "pets"}, "Rex\nFido") ==
        "name: K\ndetails:\n  kids: Maya\n" + deep + "\n  pets: |-\n    Rex\n    Fido\nemail: a@b\n");
  CHECK(set(text, {"details", "kids"}, "Maya\nLeo") ==
        "name: K\ndetails:\n" + deep + "\n  kids: |-\n    Maya\n    Leo\nemail: a@b\n");
}

TEST_CASE("unset of a map's last key leaves an empty map; a map written with a tag is refused when read") {
  // Found by the text_edit fuzz target (corpus: tag-before-last-detail): removing `came` left
  // `details:` holding the tag `!dates`, a text. Tags on a list or map are refused by the reader now.
  CHECK(unset("name: M\ndetails:\n  came: x\n", {"details", "came"}) == "name: M\ndetails:\n");
  CHECK_THROWS_WITH_AS(unset("name: M\ndetails:\n  !dates\n  came: x\n", {"details", "came"}),
                       "t.yaml:3:3: YAML tags (!name) on a list or map are not allowed in a journal file", rel::Error);
}

TEST_CASE("a line an edit writes again keeps its own line end, or its lack of one") {
  // A value replaced in place, in a file of mixed line ends and on a last line without a line end.
  CHECK(set("name: K\r\nemail: a@b\nphone: 1\r\n", {"email"}, "c@d") == "name: K\r\nemail: c@d\nphone: 1\r\n");
  CHECK(set("name: K\nemail: a@b", {"email"}, "c@d") == "name: K\nemail: c@d");
  CHECK(set("name: K\ndetails:\n  kids: Maya", {"details", "kids"}, "Leo") == "name: K\ndetails:\n  kids: Leo");
  // A name added to a flow list.
  CHECK(rel::journal::append_list_values("name: K\ntags: [a]", parse_yaml("name: K\ntags: [a]", "t.yaml"), "tags",
                                         {"b"}) == "name: K\ntags: [a, b]");
}

TEST_CASE("a file indented as a whole gets its new keys at its own column, not as another document") {
  // Found by the text_edit fuzz target (corpus: new-key-in-indented-file): `details:` at column 0
  // below ` name: e` started a second document.
  const std::string text = "# Kim\n name: Kim\n email: k@x\n";
  CHECK(set(text, {"details", "kids"}, "Maya") == text + " details:\n   kids: Maya\n");
  CHECK(set(text, {"phone"}, "+46 70") == text + " phone: +46 70\n");
  CHECK(append(text, "log", {{"date", "2026-02-01"}}) == text + " log:\n   - date: 2026-02-01\n");
  CHECK(append(text, "promises", {{"what", "call back"}}) == text + " promises:\n   - what: call back\n");
  // Below a log, new keys go above it, at the file's column too.
  CHECK(set(" name: Kim\n log:\n   - date: 2026-01-01\n", {"phone"}, "+46 70") ==
        " name: Kim\n phone: +46 70\n log:\n   - date: 2026-01-01\n");
}

TEST_CASE("the blank lines a block scalar keeps (`|+`) stay its own: what is added goes below them") {
  // Found by the text_edit fuzz target (corpus: new-key-inside-kept-blank-lines): `log:` went between
  // `name: |+2` and its blank line, and the name became empty.
  CHECK(append("name: |+2\n\n# c\n", "log", {{"date", "2026-02-01"}}) ==
        "name: |+2\n\nlog:\n  - date: 2026-02-01\n# c\n");
  // A note that keeps its blank lines, as the last item of a log, and with a tag.
  const std::string log = "name: A\nlog:\n  - date: 2026-01-01\n    note: |+\n      x\n\n\n# end\n";
  CHECK(append(log, "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:\n  - date: 2026-01-01\n    note: |+\n      x\n\n\n  - date: 2026-02-01\n# end\n");
  CHECK(append("name: A\nlog:\n  - note: !t >+\n      x\n\n# end\n", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:\n  - note: !t >+\n      x\n\n  - date: 2026-02-01\n# end\n");
  CHECK(set("name: |+\n  A\n\n# c\n", {"phone"}, "+46 70") == "name: |+\n  A\n\nphone: +46 70\n# c\n");
  // A last line of blanks without a line break is not part of the value, and stays last: with one,
  // it would be.
  CHECK(append("name: |+\n  a\n\n  ", "log", {{"date", "2026-02-01"}}) ==
        "name: |+\n  a\n\nlog:\n  - date: 2026-02-01\n  ");
  // Also when the value is empty (corpus: kept-empty-scalar-before-unended-blank).
  CHECK(append("name: A\nme: |+2\n ", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nme: |+2\nlog:\n  - date: 2026-02-01\n ");
  // But one that is (blanks past the scalar's indentation: the name is two blanks) ends the value as
  // before, a line break added and the header saying "strip" (corpus:
  // kept-scalar-ending-in-unended-blanks-of-its-own).
  CHECK(append("name: |+2\n    ", "log", {{"date", "2026-02-01"}}) == "name: |2-\n    \nlog:\n  - date: 2026-02-01\n");
  // Without `+`, blank lines are no part of the value, and stay where they are, as comments do.
  CHECK(append("name: |\n  a\n\n# c\n", "log", {{"date", "2026-02-01"}}) ==
        "name: |\n  a\nlog:\n  - date: 2026-02-01\n\n# c\n");
}

TEST_CASE("a quoted value over several lines ends at its closing quote, even on a line that starts with #") {
  // Found by the text_edit fuzz target (corpus: quoted-value-ending-on-a-hash-line): `log:` went
  // inside the quotes, above `#'`, which read as a comment.
  CHECK(append("name: 'm\np2+\n#'   ", "log", {{"date", "2026-02-01"}}) ==
        "name: 'm\np2+\n#'   \nlog:\n  - date: 2026-02-01\n");
  CHECK(set("name: 'm\n#'\n# c\n", {"phone"}, "+46 70") == "name: 'm\n#'\nphone: +46 70\n# c\n");
  // In a log item, double-quoted with an escaped quote on its first line, and single-quoted with ''
  // and a tag: neither is its closing quote.
  CHECK(append("name: A\nlog:\n- note: \"a\\\"\n# b\"\n# end\n", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:\n- note: \"a\\\"\n# b\"\n- date: 2026-02-01\n# end\n");
  CHECK(append("name: A\nlog:\n- note: !t 'a\n# it''s'\n# end\n", "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:\n- note: !t 'a\n# it''s'\n- date: 2026-02-01\n# end\n");
}

TEST_CASE("append_list_items adds several items in one edit, as one call each would") {
  std::string text =
      "name: A\n"
      "log:   # history\n"
      "    - date: 2026-01-01   # first\n"
      "\n"
      "email: a@x\n";
  std::vector<std::vector<ItemValue>> items = {
      {{"date", "2026-02-01", std::nullopt}, {"ref", "mid:1@x", std::nullopt}},
      {{"date", "2026-02-02", std::nullopt}, {"with", "", std::vector<std::string>{"b", "c"}}}};
  auto once = rel::journal::append_list_items(text, parse_yaml(text, "t.yaml"), "log", items);
  auto first = append_list_item(text, parse_yaml(text, "t.yaml"), "log", items[0]);
  auto each = append_list_item(first, parse_yaml(first, "t.yaml"), "log", items[1]);
  CHECK(once == each);
  CHECK(once ==
        "name: A\n"
        "log:   # history\n"
        "    - date: 2026-01-01   # first\n"
        "    - date: 2026-02-01\n"
        "      ref: mid:1@x\n"
        "    - date: 2026-02-02\n"
        "      with: [b, c]\n"
        "\n"
        "email: a@x\n");
  CHECK(rel::journal::append_list_items("name: A\n", parse_yaml("name: A\n", "t.yaml"), "log", items) ==
        "name: A\nlog:\n  - date: 2026-02-01\n    ref: mid:1@x\n  - date: 2026-02-02\n    with: [b, c]\n");
}

TEST_CASE("append_list_item at the end of the file keeps the old text a prefix") {
  std::string text = "name: A\nlog:\n  - date: 2026-01-01\n    # the entry's own comment\n\n";
  auto out = append(text, "log", {{"date", "2026-02-01"}});
  CHECK(out == text + "  - date: 2026-02-01\n");
}

TEST_CASE("append_list_item leaves a comment the file ends with last: comments belong to the lines they follow") {
  std::string text = "name: A\nlog:\n  - date: 2026-01-01\n    # the entry's own\n\n# last words\n# more\n";
  CHECK(append(text, "log", {{"date", "2026-02-01"}}) ==
        "name: A\nlog:\n  - date: 2026-01-01\n    # the entry's own\n  - date: 2026-02-01\n\n# last words\n# more\n");
  CHECK(append(text, "promises", {{"what", "x"}}) ==
        "name: A\nlog:\n  - date: 2026-01-01\n    # the entry's own\npromises:\n  - what: x\n\n# last words\n# more\n");
}

TEST_CASE("set_value of a block list keeps the lines and comments of the items it keeps") {
  std::string text =
      "name: A\ntags:   # mine\n  - friend   # since uni, 2005\n  - work\n  - climbing # gym\nemail: x\n";
  CHECK(set_value(text, parse_yaml(text, "t.yaml"), {"tags"},
                  ItemValue{"tags", "", std::vector<std::string>{"friend", "climbing", "ski", "on"}}) ==
        "name: A\ntags:   # mine\n  - friend   # since uni, 2005\n  - climbing # gym\n  - ski\n  - \"on\"\nemail: x\n");
  // A new order is not an edit of those lines: the list is written anew.
  CHECK(set_value(text, parse_yaml(text, "t.yaml"), {"tags"},
                  ItemValue{"tags", "", std::vector<std::string>{"work", "friend"}}) ==
        "name: A\ntags: [work, friend]\nemail: x\n");
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

TEST_CASE("a file that is one flow map is refused by every edit, in words") {
  // Found by the text_edit fuzz target (corpus: flow-map-file): `{name: A}` got `log:` on the line
  // below, a second document ("internal error", nothing written).
  const std::string text = "{name: A, phone: 1}\n";
  const auto* refusal =
      "the whole file is written in flow style ({...} or [...]); rel edits only block style, so please edit it by hand";
  CHECK_THROWS_WITH_AS(append(text, "log", {{"date", "2026-02-01"}}), refusal, rel::Error);
  CHECK_THROWS_WITH_AS(set(text, {"email"}, "a@b"), refusal, rel::Error);
  CHECK_THROWS_WITH_AS(unset(text, {"phone"}), refusal, rel::Error);
}

TEST_CASE("a file with a key written after '?' is refused by every edit, naming its line") {
  // Found by the text_edit fuzz target (corpus: explicit-key-first): the map's keys start at the `?`,
  // two columns left of the key's text, and `details:` went in two columns right of `name:`, under
  // the last value (the file no longer parsed; "internal error").
  const std::string text = "? about her\nname: A\nphone: 1\n";
  const auto* refusal =
      "line 1, column 3: a key is written after '?' (an explicit key), and rel edits only keys written 'key: "
      "value': please edit it by hand";
  CHECK_THROWS_WITH_AS(set(text, {"details", "kids"}, "Maya"), refusal, rel::Error);
  CHECK_THROWS_WITH_AS(append(text, "log", {{"date", "2026-02-01"}}), refusal, rel::Error);
  CHECK_THROWS_WITH_AS(unset(text, {"phone"}), refusal, rel::Error);
  // Deeper too, at the key's text.
  CHECK_THROWS_WITH_AS(set("name: A\ndetails:\n  ?\n    kids\n  : Maya\n", {"email"}, "a@b"),
                       "line 4, column 5: a key is written after '?' (an explicit key), and rel edits only keys "
                       "written 'key: value': please edit it by hand",
                       rel::Error);
  // A key in a list item (`- name:`) or a whole file indented is no explicit key.
  CHECK(set("name: A\nlog:\n  - date: 2026-01-01\n", {"email"}, "a@b") ==
        "name: A\nemail: a@b\nlog:\n  - date: 2026-01-01\n");
  CHECK(set("  name: A\n", {"email"}, "a@b") == "  name: A\n  email: a@b\n");
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
        "name: A\r\nphone: \"2\"\r\ndetails:\r\n  kids: two\r\nlog:\r\n  - date: 2026-01-01\r\n");
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
  // The header of a block scalar ending the file without a line break, on the first line, is found
  // past the mark (corpus: final-block-scalar-header-after-byte-order-mark).
  CHECK(append(bom + "name: |2\n  x", "log", {{"date", "2026-02-01"}}) ==
        bom + "name: |2-\n  x\nlog:\n  - date: 2026-02-01\n");
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

// ---- one item of a list, lists of names -----------------------------------------------------------

namespace {

const std::string two_entries =
    "name: A\n"
    "log:\n"
    "  # the kickoff\n"
    "  - date: 2026-01-01   # first\n"
    "    via: call\n"
    "    note: |\n"
    "      Two lines\n"
    "      of note.\n"
    "\n"
    "  - date: 2026-02-01\n"
    "    via: meeting\n"
    "    with: [bob, cleo]\n"
    "email: a@x   # work\n";

std::string with_log(const std::string& from, const std::string& to, const std::string& self, std::string text) {
  return rel::journal::retarget_with_text(text, parse_yaml(text, "t.yaml"), from, to, self);
}

}  // namespace

TEST_CASE("remove_list_item removes the item's lines and only those") {
  using rel::journal::remove_list_item;
  CHECK(remove_list_item(two_entries, parse_yaml(two_entries, "t.yaml"), "log", 0) ==
        "name: A\n"
        "log:\n"
        "  # the kickoff\n"
        "\n"
        "  - date: 2026-02-01\n"
        "    via: meeting\n"
        "    with: [bob, cleo]\n"
        "email: a@x   # work\n");
  CHECK(remove_list_item(two_entries, parse_yaml(two_entries, "t.yaml"), "log", 1) ==
        "name: A\n"
        "log:\n"
        "  # the kickoff\n"
        "  - date: 2026-01-01   # first\n"
        "    via: call\n"
        "    note: |\n"
        "      Two lines\n"
        "      of note.\n"
        "\n"
        "email: a@x   # work\n");
  SUBCASE("an item whose first key is on the line below its dash") {
    std::string text = "log:\n  -\n    date: 2026-01-01\n  - date: 2026-02-01\n";
    CHECK(remove_list_item(text, parse_yaml(text, "t.yaml"), "log", 0) == "log:\n  - date: 2026-02-01\n");
  }
}

TEST_CASE("set_item_value replaces one key of one item, keeping its comment, or adds it last") {
  using rel::journal::set_item_value;
  auto tree = parse_yaml(two_entries, "t.yaml");
  auto date = set_item_value(two_entries, tree, "log", 0, {"date", "2025-12-31", std::nullopt});
  CHECK(date.substr(0, date.find("via")) == "name: A\nlog:\n  # the kickoff\n  - date: 2025-12-31   # first\n    ");
  CHECK(date.size() == two_entries.size());
  auto note = set_item_value(two_entries, tree, "log", 0, {"note", "One line.", std::nullopt});
  CHECK(note ==
        "name: A\n"
        "log:\n"
        "  # the kickoff\n"
        "  - date: 2026-01-01   # first\n"
        "    via: call\n"
        "    note: One line.\n"
        "\n"
        "  - date: 2026-02-01\n"
        "    via: meeting\n"
        "    with: [bob, cleo]\n"
        "email: a@x   # work\n");
  auto added = set_item_value(two_entries, tree, "log", 1, {"note", "Lunch: good", std::nullopt});
  CHECK(added.ends_with("    with: [bob, cleo]\n    note: \"Lunch: good\"\nemail: a@x   # work\n"));
  CHECK_THROWS_AS(set_item_value(two_entries, tree, "log", 2, {"via", "call", std::nullopt}), rel::Error);
}

TEST_CASE("set_item_value keeps CRLF line endings") {
  std::string text = "name: A\r\nlog:\r\n  - date: 2026-01-01\r\n    via: call\r\n";
  CHECK(rel::journal::set_item_value(text, parse_yaml(text, "t.yaml"), "log", 0, {"via", "meeting", std::nullopt}) ==
        "name: A\r\nlog:\r\n  - date: 2026-01-01\r\n    via: meeting\r\n");
}

TEST_CASE("remove_item_key removes a key's lines; the first key's place on the dash line is taken by the next") {
  using rel::journal::remove_item_key;
  auto tree = parse_yaml(two_entries, "t.yaml");
  CHECK(remove_item_key(two_entries, tree, "log", 1, "with") ==
        two_entries.substr(0, two_entries.find("    with:")) + "email: a@x   # work\n");
  CHECK(remove_item_key(two_entries, tree, "log", 1, "date").find("  - via: meeting\n    with: [bob, cleo]\n") !=
        std::string::npos);
  CHECK_THROWS_AS(remove_item_key(two_entries, tree, "log", 1, "note"), rel::Error);
}

TEST_CASE("retarget_with_text replaces a name in place, in flow lists, block lists and single values") {
  CHECK(with_log("bob", "robert", "a", two_entries) ==
        two_entries.substr(0, two_entries.find("    with:")) + "    with: [robert, cleo]\nemail: a@x   # work\n");
  std::string block = "name: A\nlog:\n  - date: 2026-01-01\n    with:\n      - bob   # best man\n      - cleo\n";
  CHECK(with_log("bob", "robert", "a", block) ==
        "name: A\nlog:\n  - date: 2026-01-01\n    with:\n      - robert   # best man\n      - cleo\n");
  std::string single = "log:\n  - date: 2026-01-01\n    with: bob   # alone\n";
  CHECK(with_log("bob", "work/robert", "a", single) == "log:\n  - date: 2026-01-01\n    with: work/robert   # alone\n");
  CHECK(with_log("bob", "b, c", "a", "log:\n  - date: 2026-01-01\n    with: [bob]\n") ==
        "log:\n  - date: 2026-01-01\n    with: [\"b, c\"]\n");
}

TEST_CASE("retarget_with_text removes a name the list has already, with its comma, and an emptied key") {
  CHECK(with_log("bob", "cleo", "a", two_entries) ==
        two_entries.substr(0, two_entries.find("    with:")) + "    with: [cleo]\nemail: a@x   # work\n");
  CHECK(with_log("cleo", "bob", "a", two_entries) ==
        two_entries.substr(0, two_entries.find("    with:")) + "    with: [bob]\nemail: a@x   # work\n");
  // Nobody is with themselves: in a's own file, a name that becomes a goes.
  CHECK(with_log("bob", "a", "a", "log:\n  - date: 2026-01-01\n    with: [bob]\n    note: x\n") ==
        "log:\n  - date: 2026-01-01\n    note: x\n");
  std::string block = "log:\n  - date: 2026-01-01\n    with:\n      - bob\n      - cleo\n";
  CHECK(with_log("bob", "cleo", "a", block) == "log:\n  - date: 2026-01-01\n    with:\n      - cleo\n");
  std::string other = "log:\n  - date: 2026-01-01\n    with: [dan]\n";
  CHECK(with_log("bob", "cleo", "a", other) == other);
}

TEST_CASE("rename_in_list renames a tag, or drops it where the new one is there") {
  using rel::journal::rename_in_list;
  std::string text = "name: A\ntags: [client, acme]   # work\n";
  CHECK(rename_in_list(text, parse_yaml(text, "t.yaml"), "tags", "client", "customer") ==
        "name: A\ntags: [customer, acme]   # work\n");
  CHECK(rename_in_list(text, parse_yaml(text, "t.yaml"), "tags", "client", "acme") ==
        "name: A\ntags: [acme]   # work\n");
  CHECK(rename_in_list(text, parse_yaml(text, "t.yaml"), "tags", "acme", "client") ==
        "name: A\ntags: [client]   # work\n");
  std::string single = "name: A\ntags: client\n";
  CHECK(rename_in_list(single, parse_yaml(single, "t.yaml"), "tags", "client", "x y") == "name: A\ntags: x y\n");
}

TEST_CASE("add_list_value appends to every shape of list, and adds an absent key where asked") {
  using rel::journal::add_list_value;
  using rel::journal::FirstItem;
  auto add = [](const std::string& text, const std::string& key, const std::string& item,
                FirstItem first = FirstItem::as_list, std::string_view after = {}) {
    return add_list_value(text, parse_yaml(text, "t.yaml"), key, item, first, after);
  };
  CHECK(add("name: A\naka: [Ali]   # short\n", "aka", "Dr. Chen") == "name: A\naka: [Ali, Dr. Chen]   # short\n");
  CHECK(add("name: A\naka:\n  - Ali\nlog: []\n", "aka", "Al, Jr.") == "name: A\naka:\n  - Ali\n  - Al, Jr.\nlog: []\n");
  CHECK(add("name: A\nemail: a@x   # work\n", "email", "b@y") == "name: A\nemail: [a@x, b@y]   # work\n");
  CHECK(add("name: A\nphone: \"+1 555\"\n", "phone", "+2 666") == "name: A\nphone: [\"+1 555\", +2 666]\n");
  CHECK(add("name: A\ntags: []\n", "tags", "x") == "name: A\ntags: [x]\n");
  CHECK(add("name: A   # n\ntags: [x]\nlog:\n  - date: 2026-01-01\n", "aka", "Ali", FirstItem::as_list, "name") ==
        "name: A   # n\naka: [Ali]\ntags: [x]\nlog:\n  - date: 2026-01-01\n");
  CHECK(add("name: A\nlog:\n  - date: 2026-01-01\n", "email", "a@x", FirstItem::as_value) ==
        "name: A\nemail: a@x\nlog:\n  - date: 2026-01-01\n");
  CHECK(add("name: A\naka: [Ali,\n  Al]\n", "aka", "x") == "name: A\naka: [Ali,\n  Al, x]\n");
  CHECK(add("name: A\naka: [Ali,\n  Al\n  ]\n", "aka", "x") == "name: A\naka: [Ali,\n  Al, x\n  ]\n");
}

TEST_CASE("rename_map_key renames a key in place, keeping its value and comment") {
  using rel::journal::rename_map_key;
  std::string text = "cadence:\n  default: 30d\n  tags:\n    client: 30d   # paying\n    family: 14d\n";
  CHECK(rename_map_key(text, parse_yaml(text, ".rel.yaml"), {"cadence", "tags"}, "client", "customer") ==
        "cadence:\n  default: 30d\n  tags:\n    customer: 30d   # paying\n    family: 14d\n");
  CHECK(rename_map_key(text, parse_yaml(text, ".rel.yaml"), {"cadence", "tags"}, "client", "family") == text);
  std::string flow = "cadence: {tags: {\"client\": 30d}}\n";
  CHECK(rename_map_key(flow, parse_yaml(flow, ".rel.yaml"), {"cadence", "tags"}, "client", "a, b") ==
        "cadence: {tags: {\"a, b\": 30d}}\n");
}

TEST_CASE("multi-line text is written as a literal block that reads back exactly, else double-quoted") {
  std::string text = "name: A\nlog:\n  - date: 2026-01-01\n";
  SUBCASE("no final newline: |-, a blank line inside kept empty") {
    CHECK(append(text, "log", {{"date", "2026-01-02"}, {"note", "first\n\n  second: x # y"}}) ==
          text + "  - date: 2026-01-02\n    note: |-\n      first\n\n        second: x # y\n");
  }
  SUBCASE("one final newline: |") {
    CHECK(set("name: A\n", {"details", "address"}, "1 Rue\nParis\n") ==
          "name: A\ndetails:\n  address: |\n    1 Rue\n    Paris\n");
  }
  SUBCASE("what a block cannot say exactly stays double-quoted") {
    CHECK(append(text, "log", {{"note", "two\n\n"}}) == text + "  - note: \"two\\n\\n\"\n");
    CHECK(append(text, "log", {{"note", " lead\nx"}}) == text + "  - note: \" lead\\nx\"\n");
    CHECK(append(text, "log", {{"note", "cr\r\nx"}}) == text + "  - note: \"cr\\r\\nx\"\n");
    CHECK(append(text, "log", {{"note", "bell\a\nx"}}) == text + "  - note: \"bell\\x07\\nx\"\n");
  }
  SUBCASE("the block reads back as the text") {
    for (std::string note :
         {"a\nb", "a\nb\n", "\nfirst empty", "- a\n- b", "# not\n# comments", "---\n...", "tab\n\tx"}) {
      auto out = append(text, "log", {{"note", note}});
      CAPTURE(out);
      CHECK(parse_yaml(out, "t.yaml").entries[1].second.items[1].entries[0].second.value == note);
    }
  }
}

TEST_CASE("render_scalar quotes what a YAML 1.1 reader (PyYAML) would read as other than the text") {
  for (std::string v : {"yes",
                        "Yes",
                        "YES",
                        "no",
                        "No",
                        "on",
                        "ON",
                        "off",
                        "Off",
                        "y",
                        "Y",
                        "n",
                        "N",
                        "true",
                        "False",
                        "~",
                        "null",
                        "NULL",
                        "01234",
                        "0777",
                        "0123456789",
                        "-017",
                        "0x1F",
                        "0b101",
                        "1_000",
                        "42",
                        "+12",
                        "3.14",
                        ".5",
                        "1.",
                        "1e3",
                        "6.02e+23",
                        ".inf",
                        "-.Inf",
                        ".nan",
                        "1:30",
                        "190:20:30",
                        "1:30.5",
                        "2026-01-01",
                        "2026-1-1",
                        "2001-12-14t21:59:43.10-05:00",
                        "2001-12-14 21:59:43.10",
                        "<<",
                        "="}) {
    CAPTURE(v);
    CHECK(render_scalar(v) == "\"" + v + "\"");
  }
  for (std::string v : {"yesterday", "noon", "Nopa", "onwards", "+1 555 0100", "30d", "--03-14x", "1:3x", "v1.2",
                        "1.2.3", "2026-01-01 lunch", "0x", ".", "nyc", "offline"}) {
    CAPTURE(v);
    CHECK(render_scalar(v) == v);
  }
}

TEST_CASE("dates rel writes as dates stay plain; the same text in a text field is quoted") {
  CHECK(set("name: A\n", {"dates", "wedding"}, "2012-06-30") == "name: A\ndates:\n  wedding: 2012-06-30\n");
  CHECK(set("name: A\n", {"since"}, "2019-05-02") == "name: A\nsince: 2019-05-02\n");
  CHECK(set("name: A\n", {"details", "date"}, "2012-06-30") == "name: A\ndetails:\n  date: \"2012-06-30\"\n");
  CHECK(set("name: A\nphone: x # mobile\n", {"phone"}, "0612345678") == "name: A\nphone: \"0612345678\" # mobile\n");
  CHECK(append("name: A\n", "log", {{"date", "2026-01-02"}, {"note", "no"}}) ==
        "name: A\nlog:\n  - date: 2026-01-02\n    note: \"no\"\n");
  CHECK(set_value("name: A\n", parse_yaml("name: A\n", "t.yaml"), {"tags"},
                  ItemValue{"tags", "", std::vector<std::string>{"on", "ski"}}) == "name: A\ntags: [\"on\", ski]\n");
}

TEST_CASE("an edit refuses a file that breaks a line other than at a newline, saying where") {
  // libyaml counts a carriage return alone, NEL, LINE and PARAGRAPH SEPARATOR as line breaks; the
  // edits count lines at "\n", and so wrote a detail into the middle of a value (found by fuzzing).
  const std::string tail =
      " breaks the line here, and rel edits a file only at its newlines: replace it by a newline (or "
      "remove it) and run the command again; nothing was written";
  CHECK_THROWS_WITH_AS(set("name: J\ndetails:\n  a: b\r", {"details", "k"}, "v"),
                       ("line 3, column 7: a carriage return alone (not before a newline)" + tail).c_str(), rel::Error);
  CHECK_THROWS_WITH_AS(append("name: J\nnote: \"a\xC2\x85 b\"\n", "log", {{"date", "2026-01-01"}}),
                       ("line 2, column 9: the character NEL (U+0085)" + tail).c_str(), rel::Error);
  CHECK_THROWS_WITH_AS(unset("name: J\ndetails: {a: b}\nnote: x\xE2\x80\xA8"
                             "y\n",
                             {"details", "a"}),
                       ("line 3, column 8: the character LINE SEPARATOR (U+2028)" + tail).c_str(), rel::Error);
  CHECK_THROWS_WITH_AS(append("name: A\ndetails:\n  x: 1\n\xEF\xBB\xBFnote: b\n", "log", {{"date", "2026-01-01"}}),
                       "line 4, column 1: a byte order mark (U+FEFF) out of place, which YAML reads as a new start, is "
                       "here, and rel edits a file only at its newlines: replace it by a newline (or remove it) and "
                       "run the command again; nothing was written",
                       rel::Error);
  // Lines ending "\r\n" are lines like any other, and so is a byte order mark that opens the file.
  CHECK(set("\xEF\xBB\xBFname: J\ndetails:\n  a: b\n", {"details", "k"}, "v") ==
        "\xEF\xBB\xBFname: J\ndetails:\n  a: b\n  k: v\n");
  CHECK(set("name: J\r\ndetails:\r\n  a: b\r\n", {"details", "k"}, "v") ==
        "name: J\r\ndetails:\r\n  a: b\r\n  k: v\r\n");
}

namespace {

std::string add_values(const std::string& text, const std::string& key, const std::vector<std::string>& values,
                       rel::journal::OneValue one = rel::journal::OneValue::list) {
  return rel::journal::append_list_values(text, parse_yaml(text, "t.yaml"), key, values, one);
}

}  // namespace

TEST_CASE("append_list_values turns one value into a flow list, keeping it as written and its comment") {
  using rel::journal::OneValue;
  CHECK(add_values("name: A\nemail: a@x   # work\nphone: 1\n", "email", {"b@y"}) ==
        "name: A\nemail: [a@x, b@y]   # work\nphone: 1\n");
  CHECK(add_values("name: A\nphone: \"+1 555 0100\"  # mobile\n", "phone", {"+1 555 0199", "a, b"}) ==
        "name: A\nphone: [\"+1 555 0100\", +1 555 0199, \"a, b\"]  # mobile\n");
  CHECK(add_values("name: A\nphone: 'x'\n", "phone", {"y"}) == "name: A\nphone: ['x', \"y\"]\n");
  // A plain value that a flow list would split is quoted.
  CHECK(add_values("name: A\naka: Al,Ali\n", "aka", {"Bo"}) == "name: A\naka: [\"Al,Ali\", Bo]\n");
  // A value over several lines is written again as the list's first item.
  CHECK(add_values("name: A\nemail: >-\n  a@x\nlog: []\n", "email", {"b@y"}) ==
        "name: A\nemail: [a@x, b@y]\nlog: []\n");
}

TEST_CASE("append_list_values extends flow lists after their last item, also over several lines") {
  CHECK(add_values("name: A\ntags: [client, acme]   # why\n", "tags", {"berlin"}) ==
        "name: A\ntags: [client, acme, berlin]   # why\n");
  CHECK(add_values("name: A\ntags: [client,\"a]b\" ]\n", "tags", {"x"}) == "name: A\ntags: [client,\"a]b\", x ]\n");
  CHECK(add_values("name: A\naka: [Al,   # short\n      Ali  # shorter\n]\nphone: 1\n", "aka", {"Bo", "Cy"}) ==
        "name: A\naka: [Al,   # short\n      Ali, Bo, Cy  # shorter\n]\nphone: 1\n");
}

TEST_CASE("append_list_values extends block lists after their last item, before what follows") {
  CHECK(add_values("name: A\nemail:\n  - a@x   # work\n\n# phones\nphone: 1\n", "email", {"b@y", "c: d"}) ==
        "name: A\nemail:\n  - a@x   # work\n  - b@y\n  - \"c: d\"\n\n# phones\nphone: 1\n");
  CHECK(add_values("name: A\nemail:\n- a@x\n", "email", {"b@y"}) == "name: A\nemail:\n- a@x\n- b@y\n");
  CHECK(add_values("name: A\r\nemail:\r\n  - a@x\r\n", "email", {"b@y"}) ==
        "name: A\r\nemail:\r\n  - a@x\r\n  - b@y\r\n");
}

TEST_CASE("append_list_values sets an absent or empty key, one value as a scalar when asked") {
  using rel::journal::OneValue;
  CHECK(add_values("name: A\nlog: []\n", "email", {"a@x"}, OneValue::scalar) == "name: A\nemail: a@x\nlog: []\n");
  CHECK(add_values("name: A\n", "email", {"a@x", "b@y"}, OneValue::scalar) == "name: A\nemail: [a@x, b@y]\n");
  CHECK(add_values("name: A\n", "uid", {"u1"}) == "name: A\nuid: [u1]\n");
  CHECK(add_values("name: A\naka: []  # none\n", "aka", {"Al"}) == "name: A\naka: [Al]  # none\n");
  CHECK(add_values("name: A\nemail:   # none yet\nphone: 1\n", "email", {"a@x"}, OneValue::scalar) ==
        "name: A\nemail: a@x   # none yet\nphone: 1\n");
  CHECK(add_values("name: A\nemail: ~\n", "email", {"a@x", "b"}) == "name: A\nemail: [a@x, b]\n");
  CHECK_THROWS_AS(add_values("name: A\nemail: {a: b}\n", "email", {"x"}), rel::Error);
}

TEST_CASE("set_value writes text of several lines as a literal block when that is exact") {
  CHECK(set("name: A\n", {"details", "note"}, "one\n  two\n\nthree") ==
        "name: A\ndetails:\n  note: |-\n    one\n      two\n\n    three\n");
  CHECK(set("name: A\nnote: x\n", {"note"}, "a\nb") == "name: A\nnote: |-\n  a\n  b\n");
  // What a literal block would not give back exactly stays double-quoted.
  CHECK(set("name: A\n", {"note"}, "a \nb") == "name: A\nnote: \"a \\nb\"\n");
  CHECK(set("name: A\n", {"note"}, " a\nb") == "name: A\nnote: \" a\\nb\"\n");
  CHECK(set("name: A\n", {"note"}, "a\tx\nb") == "name: A\nnote: \"a\\tx\\nb\"\n");
}
