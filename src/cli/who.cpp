// WHO resolution over the journal, and the messages for ambiguous or unknown names.
#include "rel/cli/who.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/error.hpp"
#include "rel/core/resolve.hpp"

namespace rel::cli {

std::string resolve_id(Context& ctx, std::string_view who) {
  const auto& journal = ctx.journal();
  std::vector<Candidate> candidates;
  candidates.reserve(journal.contacts.size() + journal.bad_ids.size());
  for (const auto& c : journal.contacts) candidates.push_back({c.id, c.name, c.aka});
  // A file with problems can still be named by its id (to `rel edit` it, say).
  for (const auto& id : journal.bad_ids) candidates.push_back({id, id, {}});
  auto r = resolve(who, candidates);
  switch (r.outcome) {
    case Resolution::Outcome::found: return candidates[r.index].id;
    case Resolution::Outcome::ambiguous: {
      std::string list;
      for (auto i : r.matches) list += fmt::format("\n  {}\t{}", candidates[i].id, candidates[i].name);
      throw UsageError(fmt::format("\"{}\" matches {} contacts; be more specific:{}", who, r.matches.size(), list));
    }
    case Resolution::Outcome::unknown: break;
  }
  std::string message = fmt::format("no contact matches \"{}\"", who);
  if (!r.suggestions.empty()) {
    message += "; did you mean:";
    for (auto i : r.suggestions) message += fmt::format("\n  {}\t{}", candidates[i].id, candidates[i].name);
  }
  throw Error(message);
}

const Contact& resolve_contact(Context& ctx, std::string_view who) {
  auto id = resolve_id(ctx, who);
  const auto& journal = ctx.journal();
  if (const auto* c = journal.find(id)) return *c;
  // The file is broken: say what is wrong with it.
  store::load_contact(journal.root, id);
  throw Error(fmt::format("{}.yaml cannot be read", id));
}

std::vector<std::string> resolve_ids(Context& ctx, std::string_view who_list) {
  std::vector<std::string> ids;
  size_t start = 0;
  while (start <= who_list.size()) {
    auto comma = who_list.find(',', start);
    auto part = who_list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty()) throw UsageError(fmt::format("empty name in \"{}\"", who_list));
    auto id = resolve_id(ctx, part);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return ids;
}

}  // namespace rel::cli
