// Content-derived addresses of log entries and promises, for the commands that change one entry.
#include "rel/core/entry_address.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>

namespace rel {
namespace {

// FNV-1a, 64 bits, then MurmurHash3's finalizer so that the leading digits (the ones shown) depend on
// every byte: FNV alone leaves them barely touched by the last bytes, where entries often differ.
// Deterministic everywhere: an address read today is the same one tomorrow and on another machine.
class Hasher {
 public:
  // Each field with its length, so that no two different lists of fields give the same bytes.
  Hasher& field(std::string_view text) {
    bytes(fmt::format("{}:", text.size()));
    bytes(text);
    return *this;
  }
  std::string hex() const {
    uint64_t h = m_hash;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return fmt::format("{:016x}", h);
  }

 private:
  void bytes(std::string_view text) {
    for (unsigned char c : text) {
      m_hash ^= c;
      m_hash *= 0x100000001b3ULL;
    }
  }
  uint64_t m_hash = 0xcbf29ce484222325ULL;
};

std::string content_of(const Interaction& e) {
  std::string with;
  for (const auto& id : e.with) with += fmt::format("{}:{}", id.size(), id);
  return fmt::format("i|{}|{}|{}|{}|{}|{}", e.when.text(), to_string(e.via), to_string(e.by), with, e.note.size(),
                     e.note) +
         fmt::format("|{}", e.ref);
}

std::string content_of(const Promise& p) {
  return fmt::format("p|{}|{}|{}|{}", p.what.size(), p.what, p.made ? p.made->iso() : "", to_string(p.by));
}

// Full hashes of a list of entries; the n-th repeat of the same content hashes its number too.
template <typename T>
std::vector<std::string> full_hashes(const std::vector<T>& entries) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  out.reserve(entries.size());
  for (const auto& entry : entries) {
    auto content = content_of(entry);
    int repeat = seen[content]++;
    Hasher h;
    h.field(content);
    if (repeat > 0) h.field(std::to_string(repeat));
    out.push_back(h.hex());
  }
  return out;
}

}  // namespace

EntryAddresses::EntryAddresses(const Contact& contact)
    : m_log(full_hashes(contact.log)), m_promises(full_hashes(contact.promises)) {
  std::vector<std::string_view> all(m_log.begin(), m_log.end());
  all.insert(all.end(), m_promises.begin(), m_promises.end());
  std::sort(all.begin(), all.end());
  // The shortest length at which neighbours in sorted order differ is the shortest unique one.
  size_t longest_shared = 0;
  for (size_t i = 1; i < all.size(); ++i) {
    auto mismatch = std::mismatch(all[i - 1].begin(), all[i - 1].end(), all[i].begin(), all[i].end());
    longest_shared = std::max(longest_shared, static_cast<size_t>(mismatch.first - all[i - 1].begin()));
  }
  m_length = std::clamp(longest_shared + 1, min_length, size_t{16});
}

std::string EntryAddresses::of(EntryRef entry) const {
  const auto& list = entry.kind == EntryKind::interaction ? m_log : m_promises;
  return list.at(entry.index).substr(0, m_length);
}

bool EntryAddresses::looks_like_address(std::string_view text) {
  if (text.size() < min_length || text.size() > 16) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); });
}

EntryAddresses::Lookup EntryAddresses::find(std::string_view typed) const {
  Lookup out;
  if (!looks_like_address(typed)) return out;
  std::string prefix(typed);
  for (auto& c : prefix)
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  for (size_t i = 0; i < m_log.size(); ++i)
    if (m_log[i].starts_with(prefix)) out.matches.push_back({EntryKind::interaction, i});
  for (size_t i = 0; i < m_promises.size(); ++i)
    if (m_promises[i].starts_with(prefix)) out.matches.push_back({EntryKind::promise, i});
  out.outcome = out.matches.empty()       ? Lookup::Outcome::unknown
                : out.matches.size() == 1 ? Lookup::Outcome::found
                                          : Lookup::Outcome::ambiguous;
  return out;
}

}  // namespace rel
