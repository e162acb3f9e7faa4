// WHO resolution over the journal's index (never parsing more than the chosen file when the index is
// fresh), and the messages for ambiguous or unknown names.
#include "rel/cli/who.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "rel/cli/render.hpp"
#include "rel/core/error.hpp"
#include "rel/core/resolve.hpp"
#include "rel/core/text.hpp"

namespace rel::cli {
namespace {

// Whether `who` is, byte for byte, the id of a contact file the journal walk would list: the first
// tier of resolve(), answered by a few stat calls instead of looking at every contact.
bool is_contact_id(const std::filesystem::path& root, std::string_view who) {
  if (who.empty() || who.find('\0') != std::string_view::npos) return false;
  std::string path = root.string();
  size_t start = 0;
  for (;;) {
    auto slash = who.find('/', start);
    auto part = who.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part.empty() || part.front() == '.') return false;  // dot-files, "..", "//" and "/x" are never ids
    path += '/';
    path += part;
    struct stat st;
    if (slash == std::string_view::npos) {
      path += ".yaml";
      return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    }
    // The walk does not follow symbolic links to folders.
    if (::lstat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return false;
    start = slash + 1;
  }
}

}  // namespace

std::string resolve_id(Context& ctx, std::string_view who) {
  if (is_contact_id(ctx.root(), who)) return std::string(who);
  const auto& candidates = ctx.candidates();
  auto r = resolve(who, candidates);
  switch (r.outcome) {
    case Resolution::Outcome::found: return std::string(candidates[r.index].id);
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
  // Only the chosen file is parsed; a broken one throws every problem in it.
  return ctx.contact_file(resolve_id(ctx, who));
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

void refuse_unknown_tag(std::string_view tag, const std::vector<std::string>& known) {
  if (tag.empty() || tagged(known, tag)) return;
  auto wanted = fold(tag);
  std::string best;
  int best_distance = 3;
  for (const auto& t : known) {
    int d = edit_distance(wanted, fold(t));
    if (d < best_distance) best_distance = d, best = t;
  }
  if (!best.empty()) throw Error(fmt::format("no contact is tagged \"{}\"; did you mean \"{}\"?", tag, best));
  auto sorted = known;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  if (sorted.empty()) throw Error(fmt::format("no contact is tagged \"{}\" (no contact has a tag yet)", tag));
  throw Error(fmt::format("no contact is tagged \"{}\" (the tags are: {})", tag, join(sorted, ", ")));
}

}  // namespace rel::cli
