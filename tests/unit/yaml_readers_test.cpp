// Holds parse_yaml's two readers to each other: on every file libyaml reads, its tree is the one
// yaml-cpp (the reference) builds, to every position, on real and generated journals. (Where
// yaml-cpp 0.7 is wrong they differ on purpose: yaml_tree_test.cpp pins those.)
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rel/journal/yaml_tree.hpp"

using namespace rel;
using namespace rel::journal;
namespace fs = std::filesystem;

namespace {

// The first difference between two trees, or "" when they are the same.
std::string difference(const YamlNode& a, const YamlNode& b, const std::string& at = "/") {
  auto where = [&](const std::string& what) { return at + ": " + what; };
  if (a.kind != b.kind) return where("kind");
  if (a.value != b.value) return where("value \"" + a.value + "\" against \"" + b.value + "\"");
  if (a.plain != b.plain || a.flow != b.flow) return where("style");
  if (a.line != b.line || a.column != b.column)
    return where("position " + std::to_string(a.line) + ":" + std::to_string(a.column) + " against " +
                 std::to_string(b.line) + ":" + std::to_string(b.column));
  if (a.items.size() != b.items.size() || a.entries.size() != b.entries.size()) return where("size");
  for (size_t i = 0; i < a.items.size(); ++i)
    if (auto d = difference(a.items[i], b.items[i], at + std::to_string(i) + "/"); !d.empty()) return d;
  for (size_t i = 0; i < a.entries.size(); ++i) {
    const auto& [ka, va] = a.entries[i];
    if (auto d = difference(ka, b.entries[i].first, at + "key " + ka.value); !d.empty()) return d;
    if (auto d = difference(va, b.entries[i].second, at + ka.value + "/"); !d.empty()) return d;
  }
  return "";
}

// Checks one file: libyaml reads it (every file here is valid) and agrees with yaml-cpp.
void check_same_reading(const std::string& text, const std::string& name) {
  INFO(name);
  auto fast = read_with_libyaml(text, name);
  REQUIRE(fast.has_value());
  CHECK(difference(*fast, read_with_yaml_cpp(text, name)) == "");
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

size_t check_folder(const fs::path& root) {
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.path().extension() == ".yaml") check_same_reading(read_all(entry.path()), entry.path().string()), ++files;
  return files;
}

}  // namespace

TEST_CASE("libyaml and yaml-cpp read every shape of a contact file alike") {
  const std::vector<std::string> shapes = {
      "",
      "# only a comment\n",
      "name: Zoë Ørsted\naka: [Zo, \"Z. Ø\"]\ntags: [client, friend]\ncadence: 14d\nsince: 2017-08-13\n",
      "name: A\nphone:\nemail: ~\nnote: null\nquoted: \"null\"\nsingle: 'it''s'\n",
      "name: A\nlog:\n  - date:\n    via: call\n  - date: 2026-01-02\n    note:\ndetails:\n  kids:\nlast:\n",
      "name: A\nnote: |\n  line one\n  line two: with a colon\n\n  after a blank\nfolded: >-\n  a b\n  c\n",
      "name: A\nkeep: |+\n  x\n\nstrip: |-\n  y\nindent: |2\n    deeper\n",
      "name: A\nlog:\n  - date: 2026-01-02\n    via: call\n    note: \"Said: \\\"hi\\\" \\u00e9\\t.\"\n"
      "    with: [family/marta, bob]\n  - date: 2026-02-03 14:30\n    by: them\n",
      "name: A\nlog:\n- date: 2026-01-02\n  note: indentless list\n- date: 2026-01-03\n",
      "name: A\npromises:\n  - what: send the deck\n    due: 2026-03-01\n    done: false\n",
      "name: A\nnote: a plain note that goes\n  on over\n  three lines\nafter: x\n",
      "name: A  # a comment after\nurl: http://example.com/a#b\ntime: 12:30\nodd: a:b, c#d\n",
      "name: A\nmap: {a: 1, b: [x, {c: d}], e: ''}\nempty: []\nnone: {}\n",
      "---\nname: A\n...\n",
      "name: A\r\ntags: [a, b]\r\nnote: |\r\n  x\r\n  y\r\n",
      "\xEF\xBB\xBFname: A\nnote: x\n",
      "name: A\ntab:\tafter a tab\n\"quoted key\": 1\n'single key': 2\n? explicit\n: value\n",
      "name: A\ndates:\n  birthday: --03-04\n  anniversary: 2019-06-01\n",
      "name: A\nyear: !!str 2024\nnull_text: !!str ~\n",
      "- a\n- b\n",
      "just text\n",
      "name: A\nnote: \"multi\n  line quoted\"\nlast: x",
  };
  for (size_t i = 0; i < shapes.size(); ++i) check_same_reading(shapes[i], "shape " + std::to_string(i));
}

TEST_CASE("libyaml and yaml-cpp read the examples journal and a generated journal alike") {
  CHECK(check_folder(REL_EXAMPLES_JOURNAL) >= 10);
  fs::path generated = fs::temp_directory_path() / ("rel-yaml-readers-test-" + std::to_string(::getpid()));
  fs::remove_all(generated);
  std::string command = std::string("'") + REL_BENCH_GENERATE + "' '" + generated.string() + "' 300 20 > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(check_folder(generated) == 301);  // 300 contacts and .rel.yaml
  fs::remove_all(generated);
}
