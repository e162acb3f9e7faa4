// Fuzz target: the YAML reader and the contact decoder on any bytes give a contact or problems at
// positions inside the text, never both, never anything else.
#include "fuzz_target.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/yaml_tree.hpp"

using namespace rel;

namespace {

void check_positions(const std::vector<Diagnostic>& problems, std::string_view text) {
  REL_FUZZ_CHECK(!problems.empty());
  const auto lines = static_cast<int>(fuzz::line_count(text));
  for (const auto& p : problems) {
    REL_FUZZ_CHECK(p.where.file == "fuzz.yaml");
    REL_FUZZ_CHECK(!p.message.empty());
    // 0 is "unknown" (a file too big to read), else a line of the text (or the one after its end).
    REL_FUZZ_CHECK(p.where.line >= 0 && p.where.line <= lines + 1);
    REL_FUZZ_CHECK(p.where.column >= 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto text = fuzz::text_of(data, size);
  journal::YamlNode tree;
  try {
    tree = journal::parse_yaml(text, "fuzz.yaml");
  } catch (const Error& e) {
    check_positions(e.problems(), text);
    return 0;
  }
  auto decoded = journal::decode_contact(tree, "fuzz", "fuzz.yaml");
  if (!decoded.problems.empty()) {
    check_positions(decoded.problems, text);
    return 0;
  }
  // A valid contact: its name is there, and parsing it again gives the same contact.
  REL_FUZZ_CHECK(!decoded.contact.name.empty());
  REL_FUZZ_CHECK(journal::parse_contact(text, "fuzz", "fuzz.yaml") == decoded.contact);
  return 0;
}
