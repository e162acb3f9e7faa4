// Finding the entry an address names, and the one-line descriptions commands print about entries.
#include "rel/cli/entries.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/error.hpp"

namespace rel::cli {
namespace {

// The note's first line, cut to a length that fits a terminal line with what comes before it.
std::string note_summary(const std::string& note) {
  auto line = note.substr(0, note.find('\n'));
  constexpr size_t longest = 60;
  if (line.size() > longest) {
    size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    line = line.substr(0, cut) + "…";
  } else if (line.size() < note.size()) {
    line += " …";
  }
  return line;
}

}  // namespace

std::string entry_line(const Contact& contact, const EntryAddresses& addresses, EntryRef entry) {
  auto address = addresses.of(entry);
  if (entry.kind == EntryKind::promise) {
    const auto& p = contact.promises[entry.index];
    std::string line = fmt::format("{}  {}", address, p.what);
    std::vector<std::string> notes;
    if (p.by == By::them) notes.emplace_back("by them");
    if (p.due) notes.push_back("due " + p.due->iso());
    if (p.done) notes.push_back("kept " + p.done->iso());
    std::string joined;
    for (const auto& n : notes) joined += (joined.empty() ? "" : ", ") + n;
    return joined.empty() ? line : fmt::format("{} ({})", line, joined);
  }
  const auto& e = contact.log[entry.index];
  auto line = fmt::format("{}  {} {}, by {}", address, e.when.text(), to_string(e.via), to_string(e.by));
  if (!e.note.empty()) line += ": " + note_summary(e.note);
  return line;
}

std::vector<size_t> promises_by_due(const Contact& contact, Open open) {
  std::vector<size_t> out;
  for (size_t i = 0; i < contact.promises.size(); ++i)
    if (open == Open::and_kept || contact.promises[i].open()) out.push_back(i);
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    const auto& x = contact.promises[a].due;
    const auto& y = contact.promises[b].due;
    if (x.has_value() != y.has_value()) return x.has_value();
    return x && *x < *y;
  });
  return out;
}

EntryRef choose_entry(const Contact& contact, const EntryAddresses& addresses, std::string_view typed,
                      std::optional<EntryKind> kind) {
  auto what = [&] {
    if (!kind) return "entry";
    return *kind == EntryKind::promise ? "promise" : "interaction";
  };
  if (!EntryAddresses::looks_like_address(typed))
    throw UsageError(
        fmt::format("\"{}\" is not an entry's address: 4 or more of the hex digits `rel show {}` "
                    "prints before each promise and interaction",
                    typed, contact.id));
  auto found = addresses.find(typed);
  if (found.outcome == EntryAddresses::Lookup::Outcome::unknown)
    throw Error(fmt::format("{} has no {} {} (see `rel show {}`)", contact.name, what(), typed, contact.id));
  if (found.outcome == EntryAddresses::Lookup::Outcome::ambiguous) {
    std::string list;
    for (const auto& m : found.matches) list += "\n  " + entry_line(contact, addresses, m);
    throw UsageError(fmt::format("\"{}\" names {} entries of {}; type more of its address:{}", typed,
                                 found.matches.size(), contact.name, list));
  }
  auto entry = found.matches.front();
  if (kind && entry.kind != *kind)
    throw Error(fmt::format("{} is {} of {}, not {}: {}", typed,
                            entry.kind == EntryKind::promise ? "a promise" : "an interaction", contact.name,
                            *kind == EntryKind::promise ? "a promise" : "an interaction",
                            entry_line(contact, addresses, entry)));
  return entry;
}

}  // namespace rel::cli
