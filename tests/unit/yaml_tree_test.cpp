// Pins parse_yaml: the tree with 0-based positions, and every refusal at its exact 1-based FILE:LINE:COL.
#include "rel/journal/yaml_tree.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <utility>

using namespace rel;
using namespace rel::journal;

namespace {

// The one diagnostic parse_yaml throws for `text`, read as f.yaml; nothing when it parses.
std::optional<Diagnostic> diagnostic_of(const std::string& text) {
  try {
    parse_yaml(text, "f.yaml");
  } catch (const Error& e) {
    REQUIRE(e.problems().size() == 1);
    return e.problems().front();
  }
  return std::nullopt;
}

// That diagnostic as `FILE:LINE:COL: message`.
std::string refusal(const std::string& text) {
  auto d = diagnostic_of(text);
  return d ? d->describe() : "(parsed)";
}

// Its line and column, in f.yaml; a failure when the text parses.
std::pair<int, int> fault_of(const std::string& text) {
  auto d = diagnostic_of(text);
  if (!d) FAIL("accepted: " << text);
  CHECK(d->where.file == "f.yaml");
  return {d->where.line, d->where.column};
}

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("parse_yaml keeps file order, 0-based positions, plain and flow flags") {
  auto root = parse_yaml("# c\nname:  Alice\ntags: [a, 'b']\nlog:\n  - date: 2026-01-01\n    note: \"x\"\n", "f.yaml");
  REQUIRE(root.kind == YamlNode::Kind::map);
  REQUIRE(root.entries.size() == 3);
  CHECK(root.entries[0].first.value == "name");
  CHECK(root.entries[0].first.line == 1);
  CHECK(root.entries[0].first.column == 0);
  const auto* name = root.find("name");
  REQUIRE(name);
  CHECK(name->value == "Alice");
  CHECK(name->line == 1);
  CHECK(name->column == 7);
  CHECK(name->plain);
  const auto* tags = root.find("tags");
  REQUIRE(tags);
  CHECK(tags->flow);
  REQUIRE(tags->items.size() == 2);
  CHECK(tags->items[1].value == "b");
  CHECK_FALSE(tags->items[1].plain);
  const auto* log = root.find("log");
  REQUIRE(log);
  CHECK_FALSE(log->flow);
  REQUIRE(log->items.size() == 1);
  CHECK(log->items[0].line == 4);
  CHECK(log->items[0].column == 4);
  CHECK(log->items[0].find("note")->value == "x");
  CHECK(root.find("missing") == nullptr);
}

TEST_CASE("parse_yaml refuses what a journal file must not contain, at 1-based positions") {
  CHECK(refusal("name: A\ntags: [a, b\n") == "f.yaml:3:1: end of sequence flow not found");
  CHECK(refusal("name: A\nemail: a\nemail: b\n") == "f.yaml:3:1: duplicated key \"email\" (first at line 2)");
  CHECK(refusal("name: A\nd:\n  k: 1\n  k: 2\n") == "f.yaml:4:3: duplicated key \"k\" (first at line 3)");
  CHECK(refusal("name: &n A\n") == "f.yaml:1:7: YAML anchors (&name) are not allowed in a journal file");
  CHECK(refusal("a: &x [b]\nc: *x\n") == "f.yaml:1:4: YAML anchors (&name) are not allowed in a journal file");
  CHECK(refusal("name: A\n---\nname: B\n") ==
        "f.yaml:2:1: more than one YAML document (---); a contact file holds one");
  CHECK(refusal("? [a]\n: b\n") == "f.yaml:1:3: a key must be plain text, not a list, map or empty value");
}

TEST_CASE("a tag on a list or map is refused at the tag by both readers; a tagged scalar is text") {
  // A collection's position is its tag's, not its first item's, which edits indent new items by.
  const std::string message = "YAML tags (!name) on a list or map are not allowed in a journal file";
  CHECK(refusal("name: A\nlog: !\n  - date: 2026-01-01\n") == "f.yaml:2:6: " + message);
  CHECK(refusal("name: A\ndetails: !!map {spouse: Ben}\n") == "f.yaml:2:10: " + message);
  CHECK(refusal("name: A\nlog:\n  !x\n      - date: 2026-01-01\n") == "f.yaml:3:3: " + message);
  // A file yaml-cpp reads (a bare CR in a value) is refused by it in the same words.
  CHECK(refusal("name: A\r B\nlog: !\n  - date: 2026-01-01\n") == "f.yaml:2:6: " + message);
  CHECK_THROWS_WITH_AS(read_with_yaml_cpp("name: A\nlog: !\n  - date: 2026-01-01\n", "f.yaml"),
                       ("f.yaml:2:6: " + message).c_str(), Error);
  CHECK(parse_yaml("name: !!str A\nlog: [a, b]\n", "f.yaml").find("name")->value == "A");
}

TEST_CASE("parse_yaml checks the keys of a map of 160,000 for duplicates, finding the first of each") {
  // Past 16 keys each key is looked up in an index, not compared with every key before it (160,000
  // keys took minutes that way). How the time grows is measured by bench/run.sh ("rel check, one
  // file"), not here: a timed test fails on a loaded machine.
  std::string text = "name: A\ndetails:\n";
  for (int i = 0; i < 160'000; ++i) text += fmt::format("  k{}: {}\n", i, i);
  auto root = parse_yaml(text, "f.yaml");
  const auto* details = root.find("details");
  REQUIRE(details);
  REQUIRE(details->entries.size() == 160'000);
  CHECK(details->entries[159'999].first.value == "k159999");
  CHECK(details->entries[159'999].first.line == 160'001);
  // A repeat of a key the index has, of one it was built from, and of a key of the map's first few.
  CHECK(refusal(text + "  k77777: again\n") == "f.yaml:160003:3: duplicated key \"k77777\" (first at line 77780)");
  CHECK(refusal(text + "  k3: again\n") == "f.yaml:160003:3: duplicated key \"k3\" (first at line 6)");
  std::string small = "name: A\ndetails:\n";
  for (int i = 0; i < 16; ++i) small += fmt::format("  k{}: {}\n", i, i);
  CHECK(refusal(small + "  k15: again\n") == "f.yaml:19:3: duplicated key \"k15\" (first at line 18)");
  CHECK(refusal(small + "  k16: 16\n  k16: again\n") == "f.yaml:20:3: duplicated key \"k16\" (first at line 19)");
}

TEST_CASE("parse_yaml refuses oversized input before parsing") {
  std::string big = "name: A\nnote: " + std::string(max_file_bytes, 'x') + "\n";
  CHECK(refusal(big) ==
        "f.yaml:1:1: file is " + std::to_string(big.size()) + " bytes, more than the 4 MiB a contact may have");
  CHECK(refusal("name: A\n" + std::string(max_file_bytes - 9, '#') + "\n") == "(parsed)");
}

TEST_CASE("parse_yaml bounds nesting at 32 levels without crashing on any depth") {
  // The root map is one level, so a value may nest 31 more.
  CHECK(refusal("x: " + repeat("[", 31) + repeat("]", 31) + "\n") == "(parsed)");
  CHECK(refusal("x: " + repeat("[", 32) + repeat("]", 32) + "\n") == "f.yaml:1:35: nesting deeper than 32 levels");
  CHECK(refusal("x: " + repeat("[", 10000) + repeat("]", 10000) + "\n") ==
        "f.yaml:1:36: nesting deeper than 32 levels");
  CHECK(refusal("x: " + repeat("[", 1000000)) == "f.yaml:1:36: nesting deeper than 32 levels");
  CHECK(refusal("x: " + repeat("{a: ", 10000) + "1" + repeat("}", 10000)) ==
        "f.yaml:1:132: nesting deeper than 32 levels");
  CHECK(refusal("x:\n  " + repeat("- ", 10000) + "x\n") == "f.yaml:2:65: nesting deeper than 32 levels");
}

TEST_CASE("brackets in quotes, comments, block scalars and plain text are not nesting") {
  auto many = repeat("[", 300);
  auto root = parse_yaml("a: \"" + many + "\\\"" + many + "\"  # " + many + "\nb: '" + many + "''" + many + "'\nc: x " +
                             many + "\nd: |\n  " + many + "\n  {" + many + "\ne: >-\n  " + many + "\n",
                         "f.yaml");
  CHECK(root.find("a")->value == many + "\"" + many);
  CHECK(root.find("b")->value == many + "'" + many);
  CHECK(root.find("c")->value == "x " + many);
  CHECK(root.find("d")->value == many + "\n{" + many + "\n");
  CHECK(root.find("e")->value == many);
}

TEST_CASE("an empty document is null, a list document is a sequence") {
  CHECK(parse_yaml("", "f.yaml").kind == YamlNode::Kind::null);
  CHECK(parse_yaml("# only a comment\n", "f.yaml").kind == YamlNode::Kind::null);
  CHECK(parse_yaml("- a\n", "f.yaml").kind == YamlNode::Kind::sequence);
}

TEST_CASE("positions count bytes and lines end at \\n, after accents and a byte order mark") {
  auto root = parse_yaml("a: [é, ü, x]\nb: {ñ: 1, c: d}\n", "f.yaml");
  const auto* a = root.find("a");
  REQUIRE(a);
  REQUIRE(a->items.size() == 3);
  CHECK(a->items[1].column == 8);
  CHECK(a->items[2].column == 12);
  const auto& b = root.entries[1].second;
  CHECK(b.line == 1);
  CHECK(b.entries[1].first.column == 11);
  CHECK(b.entries[1].second.column == 14);

  // `b?` in a flow list is read by libyaml alone (see below): this file took the fast path.
  auto bom = parse_yaml("\xEF\xBB\xBFname: A\nwith: [b?]\n", "f.yaml");
  CHECK(bom.entries[0].first.column == 0);
  CHECK(bom.find("name")->column == 6);
  CHECK(bom.entries[1].first.line == 1);
  CHECK(bom.entries[1].first.column == 0);
  CHECK(bom.find("with")->items[0].column == 7);

  auto crlf = parse_yaml("name: A\r\ntags: [a, b]\r\nnote: |\r\n  x\r\n  y\r\n", "f.yaml");
  CHECK(crlf.find("tags")->items[1].line == 1);
  CHECK(crlf.find("tags")->items[1].column == 10);
  CHECK(crlf.find("note")->value == "x\ny\n");
}

TEST_CASE("a line break only YAML 1.1 knows is text, and a bare CR ends no line") {
  // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are characters in YAML 1.2, as a note pasted
  // from the web may hold them; a lone \r is no line break to yaml-cpp either.
  for (std::string mark : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    auto root = parse_yaml("note: x" + mark + "y\nquoted: \"x" + mark + "y\"\n", "f.yaml");
    CHECK(root.find("note")->value == "x" + mark + "y");
    CHECK(root.find("quoted")->value == "x" + mark + "y");
    CHECK(root.entries[1].first.line == 1);
    auto block = parse_yaml("note: |\n  a" + mark + "  b\n  c\n", "f.yaml");
    CHECK(block.find("note")->value == "a" + mark + "  b\nc\n");
  }
  CHECK(refusal("a: 1\rb: 2\r") == "f.yaml:1:7: illegal map value");
  // A byte order mark past the start (`cat a.yaml b.yaml`) is text, where libyaml would skip it.
  CHECK(refusal("name: A\n\xEF\xBB\xBF\nnote: x\n") == "f.yaml:3:5: illegal map value");
  auto joined = parse_yaml("a: x\n\xEF\xBB\xBF: y\n", "f.yaml");
  REQUIRE(joined.entries.size() == 2);
  CHECK(joined.entries[1].first.value == "\xEF\xBB\xBF");
}

TEST_CASE("a missing value and the plain null words are null; quoted or tagged, they are text") {
  auto root = parse_yaml("a:\nb: ~\nc: null\nd: NULL\ne: \"null\"\nf: nUll\ng: !!str ~\nh: ''\n", "f.yaml");
  for (const char* key : {"a", "b", "c", "d"}) CHECK(root.find(key)->kind == YamlNode::Kind::null);
  CHECK(root.find("e")->value == "null");
  CHECK_FALSE(root.find("e")->plain);
  CHECK(root.find("f")->value == "nUll");
  CHECK(root.find("f")->plain);
  CHECK(root.find("g")->value == "~");
  CHECK_FALSE(root.find("g")->plain);
  CHECK(root.find("h")->kind == YamlNode::Kind::scalar);
  CHECK(root.find("h")->value.empty());
}

TEST_CASE("a valid file is read as YAML says where yaml-cpp 0.7 stumbles") {
  // yaml-cpp refuses a plain scalar ending in `?` inside a flow list ("unknown token"), writes
  // `\N` and `\_` as broken UTF-8, and drops the blank lines a `|+` scalar keeps.
  auto root = parse_yaml("with: [family/marta?, b]\nnel: \"x\\Ny\\_z\"\nkeep: |+\n  x\n\nlast: 1\n", "f.yaml");
  const auto* with = root.find("with");
  REQUIRE(with);
  REQUIRE(with->items.size() == 2);
  CHECK(with->items[0].value == "family/marta?");
  CHECK(root.find("nel")->value == "x\xC2\x85y\xC2\xA0z");
  CHECK(root.find("keep")->value == "x\n\n");
}

TEST_CASE("a missing value is placed where the next token starts, as yaml-cpp places it") {
  // rel reports problems with a value there ("invalid date" below `date:`).
  auto root = parse_yaml("log:\n  - date:\n    via: call\n  -\n  - y\nlast:\n", "f.yaml");
  const auto& log = root.find("log")->items;
  REQUIRE(log.size() == 3);
  CHECK(log[0].find("date")->kind == YamlNode::Kind::null);
  CHECK(log[0].find("date")->line == 2);
  CHECK(log[0].find("date")->column == 4);
  // An empty item goes to the next item's line (yaml-cpp: its `-`, here: its text).
  CHECK(log[1].kind == YamlNode::Kind::null);
  CHECK(log[1].line == 4);
  CHECK(root.find("last")->line == 6);
}

TEST_CASE("a file only yaml-cpp accepts is refused at the line libyaml finds at fault") {
  // yaml-cpp reads each of these without a word and drops or swallows what is wrong, so that a
  // later edit or merge lands inside it; either reader's fault refuses the file.
  auto line_of_fault = [](const std::string& text) { return fault_of(text).first; };
  CHECK(line_of_fault("name: A\nnote: \"she said: call back\n") == 3);  // an unterminated quote: the end
  CHECK(line_of_fault("name: A\ntags:[family]\n") == 3);
  CHECK(line_of_fault("name: A\nemail:x@y\n") == 3);
  CHECK(line_of_fault("name: A\njust some words\n") == 3);
  // The same typo on another line was always refused (yaml-cpp refuses it too), in yaml-cpp's words.
  CHECK(line_of_fault("name: A\ntags:[family]\nb: c\n") == 3);
  // A file that yaml-cpp alone reads (libyaml would break its lines elsewhere) is refused for the
  // same faults: a byte order mark starting a line (`cat a.yaml b.yaml`), a bare carriage return,
  // a NEL, a LINE SEPARATOR; the merge fuzzer found an entry lost beside such a side.
  CHECK(line_of_fault("name: A\n\xEF\xBB\xBFnote: \"she said: call back\n") == 3);
  CHECK(line_of_fault("name: A\nnote: a\rb\nlast: \"open\n") == 4);
  CHECK(line_of_fault("name: A\nnote: a\xC2\x85"
                      "b\ntags:[family]\n") == 4);
  CHECK(line_of_fault("name: A\nnote: a\xE2\x80\xA8"
                      "b\nemail:x@y\n") == 4);
}

TEST_CASE("a byte that is not UTF-8 or a control character is refused at its line and column") {
  CHECK(fault_of("name: A\nnote: ok\nspouse\x02: Ben\n") == std::pair(3, 7));
  CHECK(fault_of("name: A\nnote: caf\xE9 au lait\n") == std::pair(2, 11));  // the octet that cannot follow
  // And so in a file yaml-cpp reads (a byte order mark after the first byte), where it said nothing.
  CHECK(fault_of("name: A\xEF\xBB\xBF\nspouse\x02: Ben\n") == std::pair(2, 7));
}

TEST_CASE("a file git left with conflict markers is an unresolved merge conflict, with the rel edit hint") {
  std::string text =
      "name: Alice\n"
      "details:\n"
      "<<<<<<< ours\n"
      "  kids: Maya and Leo\n"
      "=======\n"
      "  kids: Maya (8)\n"
      ">>>>>>> theirs\n";
  try {
    (void)rel::journal::parse_yaml(text, "work/alice.yaml");
    FAIL("no error");
  } catch (const rel::Error& e) {
    CHECK(e.problems().front().describe() ==
          "work/alice.yaml:3:1: unresolved merge conflict: keep what is right between <<<<<<< and >>>>>>> with `rel "
          "edit work/alice`");
  }
  // Markers inside a block scalar are text, not a conflict.
  std::string note = "name: A\nnote: |\n  <<<<<<< ours\n  >>>>>>> theirs\n";
  CHECK(rel::journal::parse_yaml(note, "a.yaml").find("note")->value == "<<<<<<< ours\n>>>>>>> theirs\n");
}
