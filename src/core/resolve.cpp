// Resolves WHO to one contact through tiers of ever looser matching, and suggests close names when none match.
#include "rel/core/resolve.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "rel/core/text.hpp"

namespace rel {
namespace {

constexpr size_t max_suggestions = 5;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether match_key(text) is `text` itself: printable ASCII without capitals or blanks, as ids are.
bool is_own_key(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c > ' ' && c < 0x7f && !(c >= 'A' && c <= 'Z'); });
}

// Every spelling of a contact that WHO may be matched against, folded once: views of the candidate's
// own keys when it has them (see Candidate::folded), else of keys folded here.
class Keys {
 public:
  explicit Keys(const Candidate& candidate) {
    const bool has_folded = !candidate.folded.empty();
    const bool id_is_key = is_own_key(candidate.id);
    // Reserved first, since the views below point into these strings (none, usually).
    if (const size_t owned = (id_is_key ? 0 : 1) + (has_folded ? 0 : 1 + candidate.aka.size()); owned > 0)
      m_owned.reserve(owned);
    id = id_is_key ? candidate.id : own(match_key(candidate.id));
    const size_t slash = id.rfind('/');
    base = slash == std::string_view::npos ? id : id.substr(slash + 1);
    if (has_folded) {
      const auto keys = candidate.folded;
      size_t end = keys.find('\n');
      name = keys.substr(0, end);
      while (end != std::string_view::npos) {
        const size_t start = end + 1;
        end = keys.find('\n', start);
        aka.push_back(keys.substr(start, end == std::string_view::npos ? end : end - start));
      }
    } else {
      name = own(match_key(candidate.name));
      for (const auto& a : candidate.aka) aka.push_back(own(match_key(a)));
    }
  }
  Keys(const Keys&) = delete;
  Keys(Keys&& other) = default;  // views into m_owned's strings stay valid: moving a vector keeps its buffer

  // The words of the name, split at blanks and hyphens (for prefixes: "chen" of "Alice Chen").
  std::vector<std::string_view> words() const {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t pos = 0; pos <= name.size(); ++pos) {
      if (pos == name.size() || name[pos] == ' ' || name[pos] == '-') {
        if (pos > start) out.push_back(name.substr(start, pos - start));
        start = pos + 1;
      }
    }
    return out;
  }

  std::string_view id;
  std::string_view base;  // the id's last path component: "alice-chen" of "work/alice-chen"
  std::string_view name;
  std::vector<std::string_view> aka;

 private:
  std::string_view own(std::string key) { return m_owned.emplace_back(std::move(key)); }
  std::vector<std::string> m_owned;
};

template <typename Test>
bool any_of(const Keys& keys, bool with_words, const Test& test) {
  if (test(keys.id) || test(keys.base) || test(keys.name)) return true;
  if (std::any_of(keys.aka.begin(), keys.aka.end(), test)) return true;
  if (!with_words) return false;
  const auto words = keys.words();
  return std::any_of(words.begin(), words.end(), test);
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Edit distance that counts swapping two neighbours as one edit (optimal string alignment), since
// "jonh" for "john" is the commonest typo of all and plain Levenshtein charges it twice.
int typo_distance(std::string_view a, std::string_view b) {
  const size_t width = b.size() + 1;
  std::vector<int> d((a.size() + 1) * width);
  const auto at = [&](size_t i, size_t j) -> int& { return d[i * width + j]; };
  for (size_t i = 0; i <= a.size(); ++i) at(i, 0) = static_cast<int>(i);
  for (size_t j = 0; j <= b.size(); ++j) at(0, j) = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(a.size(), b.size());
}

// How close an unknown WHO is to a contact, lower is closer; nullopt when not worth suggesting.
// Scores are doubled edit distances, so that containment can sit between one and two edits.
std::optional<int> closeness(std::string_view query, const Keys& keys) {
  // Allow about one edit per three characters, at most three: "jonh" finds "john", "zzz" finds nobody.
  const int allowed = static_cast<int>(std::clamp<size_t>((query.size() + 1) / 3, 1, 3));
  std::optional<int> best;
  const auto consider = [&](int score) {
    if (!best || score < *best) best = score;
  };
  any_of(keys, true, [&](std::string_view key) {
    const int distance = typo_distance(query, key);
    if (distance <= allowed && distance < static_cast<int>(key.size())) consider(2 * distance);
    // A typo in the first letters of a long name: "jonh sm" for "john smith".
    if (query.size() >= 4 && key.size() > query.size()) {
      const int head = typo_distance(query, key.substr(0, query.size()));
      if (head <= allowed) consider(2 * head + 1);
    }
    // The query says more than the name: "alice from work" for "Alice".
    if (key.size() >= 3 && query.find(key) != std::string_view::npos) consider(3);
    return false;
  });
  return best;
}

std::vector<size_t> suggest(std::string_view query, const std::vector<Keys>& keys) {
  struct Scored {
    int score;
    size_t index;
  };
  std::vector<Scored> scored;
  for (size_t i = 0; i < keys.size(); ++i)
    if (auto score = closeness(query, keys[i])) scored.push_back({*score, i});
  std::stable_sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score < b.score;
    if (keys[a.index].name != keys[b.index].name) return keys[a.index].name < keys[b.index].name;
    return keys[a.index].id < keys[b.index].id;
  });
  std::vector<size_t> out;
  for (size_t i = 0; i < scored.size() && i < max_suggestions; ++i) out.push_back(scored[i].index);
  return out;
}

}  // namespace

std::string match_key(std::string_view text) {
  const std::string folded = fold(text);
  std::string out;
  bool pending_space = false;
  for (char c : folded) {
    if (is_blank(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string folded_keys(std::string_view name, const std::vector<std::string>& aka) {
  std::string keys = match_key(name);
  for (const auto& a : aka) {
    keys += '\n';
    keys += match_key(a);
  }
  return keys;
}

Resolution resolve(std::string_view who, const std::vector<Candidate>& candidates) {
  Resolution result;
  const std::string query = match_key(who);
  if (query.empty()) return result;  // A blank WHO would otherwise be a prefix of everyone.

  // The tiers, loosest last; a candidate's tier is the first it matches. One pass finds the best
  // tier any candidate reaches and who reaches it, folding each candidate once, and not at all once
  // an exact id is found: on a journal of thousands, folding every name is most of the work.
  constexpr int no_tier = 4;
  const auto equal = [&](std::string_view key) { return key == query; };
  const auto prefix = [&](std::string_view key) { return starts_with(key, query); };
  const auto within = [&](std::string_view key) { return key.find(query) != std::string_view::npos; };
  const auto tier_of = [&](const Candidate& candidate, int best) {
    // The id exactly as written, so a file name always reaches its own contact.
    if (candidate.id == who) return 0;
    if (best == 0) return no_tier;
    const Keys keys(candidate);
    if (any_of(keys, false, equal)) return 1;  // an exact name, aka or id, folded
    if (best == 1) return no_tier;
    if (any_of(keys, true, prefix)) return 2;  // ... or a prefix of one, or of a word of the name
    if (best == 2) return no_tier;
    return any_of(keys, false, within) ? 3 : no_tier;  // ... or a part of one
  };
  int best = no_tier;
  std::vector<size_t> matches;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const int tier = tier_of(candidates[i], best);
    if (tier == no_tier || tier > best) continue;
    if (tier < best) matches.clear();
    best = tier;
    matches.push_back(i);
  }
  if (matches.size() == 1) {
    result.outcome = Resolution::Outcome::found;
    result.index = matches.front();
    return result;
  }
  if (matches.size() > 1) {
    std::sort(matches.begin(), matches.end(), [&](size_t a, size_t b) { return candidates[a].id < candidates[b].id; });
    result.outcome = Resolution::Outcome::ambiguous;
    result.matches = std::move(matches);
    return result;
  }

  std::vector<Keys> keys;
  keys.reserve(candidates.size());
  for (const auto& candidate : candidates) keys.emplace_back(candidate);
  result.suggestions = suggest(query, keys);
  return result;
}

}  // namespace rel
