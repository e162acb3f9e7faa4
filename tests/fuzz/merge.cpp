// Fuzz target: the merge driver on (base, ours, theirs): every entry of ours and theirs is in the
// result, none twice, unless one side deleted it; or a conflict is reported. An entry is all it holds:
// two entries added on both sides that differ in anything, even only in `with:`, are two interactions
// (SPEC: the union of the entries); only an ancestor's entry edited on both sides is a conflict.
#include "rel/git/merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "fuzz_target.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/contact_codec.hpp"
#include "rel/journal/yaml_tree.hpp"

using namespace rel;

namespace {

// when, via, by, with, note, ref
using Entry = std::tuple<std::string, int, int, std::vector<std::string>, std::string, std::string>;

std::map<Entry, int> entries_of(std::string_view text) {
  std::map<Entry, int> out;
  try {
    auto contact = journal::parse_contact(text, "fuzz", "fuzz.yaml");
    for (const auto& e : contact.log)
      ++out[{e.when.text(), static_cast<int>(e.via), static_cast<int>(e.by), e.with, e.note, e.ref}];
  } catch (const Error&) {
  }
  return out;
}

// The top-level keys of a text that parses.
std::set<std::string> keys_of(std::string_view text) {
  std::set<std::string> out;
  for (const auto& entry : journal::parse_yaml(text, "fuzz.yaml").entries) out.insert(entry.first.value);
  return out;
}

bool parses(std::string_view text) {
  try {
    journal::parse_contact(text, "fuzz", "fuzz.yaml");
    return true;
  } catch (const Error&) {
    return false;
  }
}

}  // namespace

// The input is the three texts separated by a line "=====\n".
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto input = fuzz::text_of(data, size);
  const std::string_view separator = "=====\n";
  const auto one = input.find(separator);
  if (one == std::string_view::npos) return 0;
  const auto two = input.find(separator, one + separator.size());
  if (two == std::string_view::npos) return 0;
  const auto base = input.substr(0, one);
  const auto ours = input.substr(one + separator.size(), two - one - separator.size());
  const auto theirs = input.substr(two + separator.size());
  const auto merged = git::merge_contact_texts(base, ours, theirs);
  if (merged.outcome != git::MergeOutcome::clean) return 0;
  // A clean merge of two valid sides is a valid file holding each side's entries. The base must be a
  // contact too for what follows: the driver reads the log of any base that is YAML (`namg: A` with a
  // log), and an entry it saw edited on one side is that side's, which entries_of(base) cannot see.
  if (!parses(ours) || !parses(theirs) || !parses(base)) return 0;
  REL_FUZZ_CHECK(parses(merged.text));
  const auto in_base = entries_of(base);
  const auto in_ours = entries_of(ours);
  const auto in_theirs = entries_of(theirs);
  const auto in_merged = entries_of(merged.text);
  auto count = [](const std::map<Entry, int>& m, const Entry& e) {
    auto it = m.find(e);
    return it == m.end() ? 0 : it->second;
  };
  for (const auto* side : {&in_ours, &in_theirs}) {
    for (const auto& [entry, n] : *side) {
      // Deleted on the other side (there in base, not there): may be dropped.
      const auto& other = side == &in_ours ? in_theirs : in_ours;
      if (count(in_base, entry) > 0 && count(other, entry) < count(in_base, entry)) continue;
      REL_FUZZ_CHECK(count(in_merged, entry) >= 1);
    }
  }
  for (const auto& [entry, n] : in_merged)
    REL_FUZZ_CHECK(n <= std::max({count(in_ours, entry), count(in_theirs, entry), 1}));
  // And each side's top-level keys, but one the other side deleted; no other (a key of theirs went
  // into ours' last log item, found in review).
  const auto keys_base = keys_of(base);
  const auto keys_ours = keys_of(ours);
  const auto keys_theirs = keys_of(theirs);
  const auto keys_merged = keys_of(merged.text);
  auto kept = [&](const std::set<std::string>& side, const std::set<std::string>& other) {
    for (const auto& key : side)
      if (!keys_base.contains(key) || other.contains(key)) REL_FUZZ_CHECK(keys_merged.contains(key));
  };
  kept(keys_ours, keys_theirs);
  kept(keys_theirs, keys_ours);
  for (const auto& key : keys_merged) REL_FUZZ_CHECK(keys_ours.contains(key) || keys_theirs.contains(key));
  return 0;
}
