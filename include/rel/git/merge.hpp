// The three-way merge of one contact file, behind `rel merge-driver` (git's merge driver for `*.yaml`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rel::git {

enum class MergeOutcome {
  clean,        // the merged text parses; nothing needs a human
  conflict,     // the text carries <<<<<<< ours / ======= / >>>>>>> theirs around what conflicts
  unparseable,  // a side is not a YAML map rel can merge by entries; merge it line by line instead
};

struct MergeResult {
  MergeOutcome outcome = MergeOutcome::clean;
  std::string text;                    // the merged file; empty when unparseable
  std::vector<std::string> conflicts;  // what conflicted: "details.kids", "name", "promises: call back"
  std::string problem;                 // why it is unparseable
};

// Merges the ancestor `base` and the two sides into ours' text: every byte of ours that
// is not changed by theirs stays (comments included); log entries and promises are the
// union of both sides in date order (an entry on both sides once, each entry's text as
// written); a promise kept on one side and open on the other is kept; other keys, and
// each key of a map such as `details`, take the side that changed them; a key changed
// differently on both sides is a conflict. An entry is dropped only when one side
// deleted it and the other left it as it was.
MergeResult merge_contact_texts(std::string_view base, std::string_view ours, std::string_view theirs);

}  // namespace rel::git
