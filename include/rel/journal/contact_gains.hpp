// What an import adds to a contact file it matched: more values for its lists, keys it lacked,
// entries for its maps and its log — never a change to anything written there.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::journal {

struct ContactGains {
  std::vector<std::string> aka, tags, emails, phones, uid;  // appended to the lists
  std::optional<Date> since;                                // set: the contact has none
  std::optional<std::string> org, title;                    // likewise
  std::vector<ImportantDate> dates;                         // under labels the contact lacks
  std::vector<Field> details;                               // under keys the contact lacks
  std::vector<Interaction> log;                             // new entries, appended

  bool empty() const;
  bool operator==(const ContactGains&) const = default;
};

// The contact with the gains, as the file will read after add_gains_to_text().
void add_gains(Contact& contact, const ContactGains& gains);

// The file's text with the gains, each by the text edit of its key (append_list_values — email and
// phone stay one value when they were none —, set_value, append_list_item), in the order of the
// spec's contact file, every other byte as it was. `tree` is the parsed `text`; `file` names it in errors.
std::string add_gains_to_text(std::string_view text, const YamlNode& tree, const ContactGains& gains,
                              const std::string& file);

}  // namespace rel::journal
