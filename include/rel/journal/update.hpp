// Changing contact files safely: edit the text, re-read it, check that exactly the
// intended change happened, then replace the file atomically.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::journal {

namespace fs = std::filesystem;

// A checked new version of one contact file, or its removal, not yet carried out.
struct PendingWrite {
  enum class Action { write, remove };
  Action action = Action::write;
  fs::path path;
  std::string id;
  std::string old_text;
  std::string new_text;  // empty for a removal
  Contact before;        // as the file was (empty when it did not parse)
  Contact after;         // as it will be (empty for a removal)
  bool create = false;   // a new file: written only if no file took its name meanwhile
};

// How the re-read file is held to the intended model: exactly, or with details, dates and unknown keys
// compared whatever their order (a merge places FROM's keys where the file's layout puts them).
enum class Compare { exact, any_key_order };

// Turns the file's text into the new text (using the parsed tree for positions).
using TextEdit = std::function<std::string(std::string_view text, const YamlNode& tree, const Contact& before)>;
// Applies the same change to the model: the re-read file must equal the result.
using ModelEdit = std::function<void(Contact& contact)>;

// Reads and validates the contact's file (a file that does not parse is never
// rewritten: this throws with its FILE:LINE:COL), applies `edit`, re-parses the new
// text and checks it equals `expect` applied to the old contact. Call under a JournalLock.
PendingWrite prepare_edit(const fs::path& root, const std::string& id, const TextEdit& edit, const ModelEdit& expect,
                          Compare compare = Compare::exact);

// A new contact file's checked content (fails if the id is taken).
PendingWrite prepare_new(const fs::path& root, const std::string& id, std::string text, const Contact& expect);

// The removal of a contact's file (one that does not parse may be removed too). Call under a JournalLock.
PendingWrite prepare_remove(const fs::path& root, const std::string& id);

// Writes each pending file atomically (or removes it, flushing its folder), in order; many at once
// with one flush of the file system. `progress` hears how many are written, now and then. Refuses,
// before anything is written, to write a file that is a symbolic link (replacing the link by a copy
// of its target would put that text in the journal, and in git), a file in a folder that is one
// (outside the journal, where no listing finds it), a file that is not a regular file, or one its
// owner may not write (mode 444: the user's wish, which rename(2) would not ask about).
void commit(const std::vector<PendingWrite>& writes,
            const std::function<void(size_t done, size_t total)>& progress = {});

}  // namespace rel::journal
