// The mapping between an address book's card and rel's contact, both ways.
#include "rel/interop/contact_card.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "ascii.hpp"
#include "rel/core/resolve.hpp"

namespace rel::interop {
namespace {

// The details keys contact_from_card numbers, and the names rel gives them.
constexpr std::string_view address_key = "address";
constexpr std::string_view url_key = "url";
constexpr std::string_view note_key = "note";
constexpr std::string_view department_key = "department";

bool has_key(const std::vector<Field>& fields, std::string_view key) {
  return std::any_of(fields.begin(), fields.end(), [&](const Field& f) { return f.key == key; });
}

// `key`, else "key 2", "key 3"…: the first not taken.
std::string free_key(const std::vector<Field>& fields, std::string_view key) {
  if (!has_key(fields, key)) return std::string(key);
  for (int n = 2;; ++n) {
    auto numbered = fmt::format("{} {}", key, n);
    if (!has_key(fields, numbered)) return numbered;
  }
}

void add_detail(std::vector<Field>& details, std::string_view key, const std::string& value) {
  if (value.empty() || key.empty()) return;
  details.push_back({free_key(details, key), value});
}

// Details named after a relation: what address books keep as related names.
bool is_relation(std::string_view key) {
  static constexpr std::array<std::string_view, 24> relations = {
      "spouse",  "partner",  "domestic partner", "husband", "wife",      "child",       "children", "kids",
      "son",     "daughter", "mother",           "father",  "parent",    "parents",     "brother",  "sister",
      "sibling", "siblings", "friend",           "manager", "assistant", "referred by", "relative", "relatives"};
  const auto lowered = lower_ascii(key);
  return std::find(relations.begin(), relations.end(), lowered) != relations.end();
}

// Words people put before or after a name, which vCard keeps apart from it.
bool is_name_prefix(std::string_view word) {
  static constexpr std::array<std::string_view, 14> prefixes = {"dr",  "dr.", "mr",  "mr.",  "mrs",   "mrs.", "ms",
                                                                "ms.", "mx",  "mx.", "prof", "prof.", "sir",  "dame"};
  const auto lowered = lower_ascii(word);
  return std::find(prefixes.begin(), prefixes.end(), lowered) != prefixes.end();
}

bool is_name_suffix(std::string_view word) {
  static constexpr std::array<std::string_view, 16> suffixes = {
      "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "ph.d.", "md", "m.d.", "esq", "esq.", "mba", "dds"};
  const auto lowered = lower_ascii(word);
  return std::find(suffixes.begin(), suffixes.end(), lowered) != suffixes.end();
}

std::string join_words(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

NameParts parts_of(std::string_view name) {
  NameParts n;
  std::vector<std::string> words;
  size_t start = 0;
  while (start < name.size()) {
    auto space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    if (space > start) words.emplace_back(name.substr(start, space - start));
    start = space + 1;
  }
  if (words.empty()) return n;
  size_t first = 0;
  size_t last = words.size();
  if (words.size() > 1 && is_name_prefix(words.front())) n.prefix = words[first++];
  if (last - first > 1 && is_name_suffix(words.back())) n.suffix = words[--last];
  // "John Q. Public, III": the comma belongs to neither part.
  if (!n.suffix.empty() && words[last - 1].ends_with(',')) words[last - 1].pop_back();
  if (last - first == 1) {
    (has_east_asian_name_char(words[first]) ? n.family : n.given) = words[first];
    return n;
  }
  n.family = words[last - 1];
  n.given = join_words(words, first, last - 1);
  return n;
}

// FNV-1a over the bytes, from a given basis: two bases give the two halves of a 128-bit hash.
std::uint64_t fnv1a(std::string_view text, std::uint64_t basis) {
  std::uint64_t hash = basis;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::optional<std::string_view> repeatable_detail(std::string_view key) {
  for (auto base : {address_key, url_key}) {
    if (key == base) return base;
    if (key.size() > base.size() + 1 && key.starts_with(base) && key[base.size()] == ' ') {
      auto number = key.substr(base.size() + 1);
      if (std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) return base;
    }
  }
  return std::nullopt;
}

Contact contact_from_card(const Card& card) {
  Contact c;
  c.name = card.name;
  size_t first_aka = 0;
  if (c.name.empty() && !card.nicknames.empty()) {
    c.name = card.nicknames.front();
    first_aka = 1;
  }
  if (c.name.empty()) c.name = card.org;
  const auto name_key = match_key(c.name);
  for (size_t i = first_aka; i < card.nicknames.size(); ++i) {
    const auto& nickname = card.nicknames[i];
    if (match_key(nickname) == name_key) continue;
    if (std::none_of(c.aka.begin(), c.aka.end(), [&](const auto& a) { return match_key(a) == match_key(nickname); }))
      c.aka.push_back(nickname);
  }
  c.tags = card.categories;
  c.since = card.since;
  c.emails = card.emails;
  c.phones = card.phones;
  if (!card.org.empty()) c.org = card.org;
  if (!card.title.empty()) c.title = card.title;
  if (!card.uid.empty()) c.uid = {card.uid};
  c.dates = card.dates;
  add_detail(c.details, department_key, card.department);
  for (const auto& person : card.related) add_detail(c.details, person.key, person.value);
  for (const auto& address : card.addresses) add_detail(c.details, address_key, address);
  for (const auto& url : card.urls) add_detail(c.details, url_key, url);
  for (const auto& text : card.undated) add_detail(c.details, text.key, text.value);
  add_detail(c.details, note_key, card.note);
  return c;
}

std::string derived_uid(std::string_view id) {
  const std::string seed = fmt::format("rel contact {}", id);
  auto high = fnv1a(seed, 0xcbf29ce484222325ULL);
  auto low = fnv1a(seed, 0x84222325cbf29ce4ULL);
  high = (high & ~std::uint64_t{0xF000}) | 0x8000;                         // version 8: custom
  low = (low & ~(std::uint64_t{0xC} << 60)) | (std::uint64_t{0x8} << 60);  // the RFC 9562 variant
  return fmt::format("urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xFFFF, high & 0xFFFF,
                     low >> 48, low & 0xFFFFFFFFFFFFULL);
}

Card card_from_contact(const Contact& c) {
  Card card;
  card.name = c.name;
  card.n = parts_of(c.name);
  card.nicknames = c.aka;
  card.emails = c.emails;
  card.phones = c.phones;
  card.dates = c.dates;
  card.org = c.org.value_or("");
  card.title = c.title.value_or("");
  card.categories = c.tags;
  card.uid = c.uid.empty() ? derived_uid(c.id) : c.uid.front();
  std::string note;
  std::vector<std::string> others;
  for (const auto& f : c.details) {
    if (f.value.empty()) continue;
    auto kind = repeatable_detail(f.key);
    if (kind == address_key)
      add_unique(card.addresses, f.value);
    else if (kind == url_key || lower_ascii(f.key).starts_with("website"))
      add_unique(card.urls, f.value);
    else if (f.key == department_key && card.department.empty())
      card.department = f.value;
    else if (f.key == note_key && note.empty())
      note = f.value;
    else if (is_relation(f.key))
      add_related(card, f.key, f.value);
    else
      others.push_back(fmt::format("{}: {}", f.key, f.value));
  }
  for (const auto& line : others) note += (note.empty() ? "" : "\n") + line;
  card.note = note;
  return card;
}

}  // namespace rel::interop
