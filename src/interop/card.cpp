// The neutral card every address-book reader fills: composing a name, adding without duplicates, merging.
#include "rel/interop/card.hpp"

#include <algorithm>
#include <unordered_map>

namespace rel::interop {
namespace {

// The next code point of valid UTF-8 text (the readers only hand over valid UTF-8).
char32_t next_code_point(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  ++i;
  for (; extra > 0 && i < s.size(); --extra, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// Han, kana and Hangul: scripts whose names are written family name first, without a space.
bool is_east_asian_name_char(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) ||  // Hangul Jamo
         (cp >= 0x3040 && cp <= 0x30FF) ||  // Hiragana, Katakana
         (cp >= 0x3130 && cp <= 0x318F) ||  // Hangul Compatibility Jamo
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK Extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK Unified Ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul Syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK Compatibility Ideographs
         (cp >= 0x20000 && cp <= 0x3134F);  // CJK Extensions B-G
}

void join_with_space(std::string& out, std::string_view part) {
  if (part.empty()) return;
  if (!out.empty()) out += ' ';
  out += part;
}

void fill_if_empty(std::string& field, const std::string& other) {
  if (field.empty()) field = other;
}

}  // namespace

bool has_east_asian_name_char(std::string_view text) {
  for (size_t i = 0; i < text.size();)
    if (is_east_asian_name_char(next_code_point(text, i))) return true;
  return false;
}

bool NameParts::empty() const {
  return family.empty() && given.empty() && additional.empty() && prefix.empty() && suffix.empty();
}

MediaSkipped& MediaSkipped::operator+=(const MediaSkipped& other) {
  photos += other.photos;
  logos += other.logos;
  sounds += other.sounds;
  keys += other.keys;
  return *this;
}

Diagnostic at_line(int line, std::string message) {
  Diagnostic d;
  d.where.line = line;
  d.message = std::move(message);
  return d;
}

std::string compose_name(const NameParts& n) {
  std::string name;
  if (has_east_asian_name_char(n.family) || has_east_asian_name_char(n.given)) {
    return n.family + n.given + n.additional;
  }
  for (const auto* part : {&n.prefix, &n.given, &n.additional, &n.family, &n.suffix}) join_with_space(name, *part);
  return name;
}

void add_unique(std::vector<std::string>& list, std::string value) {
  if (value.empty() || std::find(list.begin(), list.end(), value) != list.end()) return;
  list.push_back(std::move(value));
}

void add_date(Card& card, ImportantDate date) {
  auto same_label = [&](const std::string& label) {
    return std::find_if(card.dates.begin(), card.dates.end(), [&](const auto& d) { return d.label == label; });
  };
  const std::string base = date.label;
  for (int n = 2;; ++n) {
    auto taken = same_label(date.label);
    if (taken == card.dates.end()) break;
    if (taken->month == date.month && taken->day == date.day && taken->year == date.year) return;
    date.label = base + " " + std::to_string(n);
  }
  card.dates.push_back(std::move(date));
}

void add_related(Card& card, std::string relation, std::string name) {
  if (name.empty()) return;
  for (auto& field : card.related) {
    if (field.key != relation) continue;
    // Already there as one of the names joined under this relation?
    for (size_t start = 0; start <= field.value.size();) {
      auto end = field.value.find(", ", start);
      if (end == std::string::npos) end = field.value.size();
      if (field.value.compare(start, end - start, name) == 0) return;
      start = end + 2;
    }
    field.value += ", " + name;
    return;
  }
  card.related.push_back({std::move(relation), std::move(name)});
}

std::vector<Card> merge_same_uid(std::vector<Card> cards) {
  std::vector<Card> merged;
  std::unordered_map<std::string, size_t> by_uid;
  for (auto& card : cards) {
    if (card.uid.empty()) {
      merged.push_back(std::move(card));
      continue;
    }
    auto [it, is_new] = by_uid.try_emplace(card.uid, merged.size());
    if (is_new) {
      merged.push_back(std::move(card));
      continue;
    }
    Card& into = merged[it->second];
    fill_if_empty(into.name, card.name);
    if (into.n.empty()) into.n = card.n;
    using List = std::vector<std::string> Card::*;
    for (List list : {&Card::nicknames, &Card::emails, &Card::phones, &Card::addresses, &Card::urls, &Card::categories})
      for (auto& value : card.*list) add_unique(into.*list, value);
    for (auto& date : card.dates) add_date(into, date);
    for (auto& field : card.undated)
      if (std::find(into.undated.begin(), into.undated.end(), field) == into.undated.end())
        into.undated.push_back(field);
    for (auto& field : card.related) add_related(into, field.key, field.value);
    fill_if_empty(into.org, card.org);
    fill_if_empty(into.department, card.department);
    fill_if_empty(into.title, card.title);
    fill_if_empty(into.kind, card.kind);
    if (!card.note.empty() && into.note.find(card.note) == std::string::npos)
      into.note = into.note.empty() ? card.note : into.note + "\n\n" + card.note;
    if (!into.since) into.since = card.since;
    into.skipped += card.skipped;
  }
  return merged;
}

}  // namespace rel::interop
