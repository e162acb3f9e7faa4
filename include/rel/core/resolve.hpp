// Finding the contact a user means by WHO: id, name, aka, or a unique fragment.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rel {

// What WHO resolution needs to know of a contact: views of strings that outlive the resolution (a
// journal's contacts, or the mapped bytes of a derived file), so that thousands of candidates cost no
// copy of any name.
struct Candidate {
  std::string_view id;
  std::string_view name;
  std::vector<std::string_view> aka = {};
  // match_key of the name, then of each aka, one per line, when they are known already (the index
  // stores them), so that naming one of thousands of contacts does not fold every name again; empty:
  // resolve folds the name and `aka` itself.
  std::string_view folded = {};
};

// The keys of a Candidate::folded: match_key of the name, then of each aka, one per line.
std::string folded_keys(std::string_view name, const std::vector<std::string>& aka);

// The form WHO and every name are compared in: folded (case- and accent-insensitive, see fold) with
// runs of blanks collapsed to one space and none at either end, so "alice  chen " matches "Alice Chen".
std::string match_key(std::string_view text);

struct Resolution {
  enum class Outcome { found, ambiguous, unknown } outcome = Outcome::unknown;
  size_t index = 0;                 // into the candidates, when found
  std::vector<size_t> matches;      // when ambiguous: every candidate that matched, by id
  std::vector<size_t> suggestions;  // when unknown: close names, best first (at most 5)
};

// Tries, in order, each stopping at the first tier with any match: exact id; exact
// name or aka (folded: case- and accent-insensitive); unique folded prefix of the name,
// an aka, the id or a word of the name; unique folded substring of the same.
// Several matches in the first tier that has any -> ambiguous.
Resolution resolve(std::string_view who, const std::vector<Candidate>& candidates);

}  // namespace rel
