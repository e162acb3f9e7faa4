// The fields of a new log entry or promise, shared by `rel log` and `rel promise`.
#include "rel/journal/list_items.hpp"

#include <string>

namespace rel::journal {

std::vector<ItemValue> log_item(const Interaction& entry) {
  std::vector<ItemValue> fields = {{"date", entry.when.text(), std::nullopt},
                                   {"via", std::string(to_string(entry.via)), std::nullopt},
                                   {"by", std::string(to_string(entry.by)), std::nullopt}};
  if (!entry.with.empty()) fields.push_back({"with", "", entry.with});
  if (!entry.note.empty()) fields.push_back({"note", entry.note, std::nullopt});
  if (!entry.ref.empty()) fields.push_back({"ref", entry.ref, std::nullopt});
  return fields;
}

std::vector<ItemValue> promise_item(const Promise& promise) {
  std::vector<ItemValue> fields = {{"what", promise.what, std::nullopt}};
  if (promise.made) fields.push_back({"made", promise.made->iso(), std::nullopt});
  if (promise.due) fields.push_back({"due", promise.due->iso(), std::nullopt});
  if (promise.by == By::them) fields.push_back({"by", "them", std::nullopt});
  return fields;
}

}  // namespace rel::journal
