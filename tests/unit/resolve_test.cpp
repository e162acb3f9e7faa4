// Unit tests for WHO resolution: the matching tiers, ambiguity and suggestions for unknown names.
#include "rel/core/resolve.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using rel::Candidate;
using rel::resolve;
using Outcome = rel::Resolution::Outcome;

namespace {

const std::vector<Candidate> journal = {
    {"alice-chen", "Alice Chen", {"Ali"}},
    {"work/bob-smith", "Robert Smith", {"Bob", "Bobby"}},
    {"zoe-obrien", "Zoë O'Brien", {}},
    {"family/mom", "Margaret Jones", {"Mom", "Mum"}},
    {"jean-luc", "Jean-Luc Picard", {"Captain"}},
    {"ångström", "Anders Ångström", {}},
};

// The id that WHO resolves to, or "" when it does not resolve to exactly one contact.
std::string found(std::string_view who, const std::vector<Candidate>& candidates = journal) {
  const auto result = resolve(who, candidates);
  if (result.outcome != Outcome::found) return "";
  REQUIRE(result.index < candidates.size());
  return std::string(candidates[result.index].id);
}

// The ids of the candidates at `indices`, joined so that a failing check prints them.
std::string ids(const std::vector<size_t>& indices, const std::vector<Candidate>& candidates) {
  std::string out;
  for (size_t i : indices) out += (out.empty() ? "" : ", ") + std::string(candidates.at(i).id);
  return out;
}

std::string ambiguous(std::string_view who, const std::vector<Candidate>& candidates = journal) {
  const auto result = resolve(who, candidates);
  CHECK(result.outcome == Outcome::ambiguous);
  CHECK(result.suggestions.empty());
  return ids(result.matches, candidates);
}

std::string suggestions(std::string_view who, const std::vector<Candidate>& candidates = journal) {
  const auto result = resolve(who, candidates);
  CHECK(result.outcome == Outcome::unknown);
  CHECK(result.matches.empty());
  return ids(result.suggestions, candidates);
}

}  // namespace

TEST_CASE("WHO finds a contact by id, name or aka") {
  SUBCASE("the exact id, including a sub-folder") {
    CHECK(found("alice-chen") == "alice-chen");
    CHECK(found("work/bob-smith") == "work/bob-smith");
    CHECK(found("family/mom") == "family/mom");
  }
  SUBCASE("the full name, case- and accent-insensitively") {
    CHECK(found("Alice Chen") == "alice-chen");
    CHECK(found("alice chen") == "alice-chen");
    CHECK(found("ALICE CHEN") == "alice-chen");
    CHECK(found("zoe o'brien") == "zoe-obrien");
    CHECK(found("anders angstrom") == "ångström");
  }
  SUBCASE("blanks in WHO are forgiven") { CHECK(found("  alice   chen ") == "alice-chen"); }
  SUBCASE("an aka") {
    CHECK(found("Bob") == "work/bob-smith");
    CHECK(found("bobby") == "work/bob-smith");
    CHECK(found("mum") == "family/mom");
    CHECK(found("captain") == "jean-luc");
  }
  SUBCASE("the id's file name without its folder") {
    CHECK(found("bob-smith") == "work/bob-smith");
    CHECK(found("mom") == "family/mom");
  }
  SUBCASE("the id with different case or accents") {
    CHECK(found("Alice-Chen") == "alice-chen");
    CHECK(found("angstrom") == "ångström");
  }
}

TEST_CASE("WHO finds a contact by a unique prefix or fragment") {
  SUBCASE("a prefix of the name") {
    CHECK(found("alice c") == "alice-chen");
    CHECK(found("rob") == "work/bob-smith");
    CHECK(found("marg") == "family/mom");
  }
  SUBCASE("a prefix of a word of the name") {
    CHECK(found("chen") == "alice-chen");
    CHECK(found("smi") == "work/bob-smith");
    CHECK(found("pic") == "jean-luc");
    CHECK(found("luc") == "jean-luc");  // words split at hyphens too
  }
  SUBCASE("a prefix of an aka or the id") {
    CHECK(found("capt") == "jean-luc");
    CHECK(found("work/b") == "work/bob-smith");
    CHECK(found("jean-l") == "jean-luc");
  }
  SUBCASE("accents are folded in prefixes") {
    CHECK(found("zo") == "zoe-obrien");
    CHECK(found("ZOË") == "zoe-obrien");
    CHECK(found("zoe") == "zoe-obrien");
    CHECK(found("Ång") == "ångström");
  }
  SUBCASE("a substring when no prefix matches") {
    CHECK(found("brien") == "zoe-obrien");
    CHECK(found("garet") == "family/mom");
    CHECK(found("e ch") == "alice-chen");
    CHECK(found("ström") == "ångström");
  }
}

TEST_CASE("an earlier tier wins over a later one") {
  SUBCASE("an exact id beats an exact name") {
    const std::vector<Candidate> people = {{"al", "Albert King", {}}, {"al-2", "Al", {}}};
    CHECK(found("al", people) == "al");
  }
  SUBCASE("an exact name beats a prefix of another name") {
    const std::vector<Candidate> people = {{"alice", "Alice", {}}, {"alicia", "Alicia Keys", {}}};
    CHECK(found("Alice", people) == "alice");
    CHECK(found("alic", people) == "");
  }
  SUBCASE("an exact aka beats a prefix of another name") {
    const std::vector<Candidate> people = {{"albert", "Albert King", {}}, {"alfred", "Alfred Hitchcock", {"Al"}}};
    CHECK(found("al", people) == "alfred");
  }
  SUBCASE("a prefix beats a substring") {
    const std::vector<Candidate> people = {{"ann", "Ann Lee", {}}, {"joanne", "Joanne Smith", {}}};
    CHECK(found("an", people) == "ann");
  }
  SUBCASE("the exact id beats a longer id that starts with it") {
    const std::vector<Candidate> people = {{"alice-chen", "Alice Chen", {}}, {"alice-chen-2", "Alice Chen", {}}};
    CHECK(found("alice-chen", people) == "alice-chen");
    CHECK(found("alice-chen-2", people) == "alice-chen-2");
  }
}

TEST_CASE("WHO that matches several contacts in its tier is ambiguous") {
  SUBCASE("two prefixes") {
    const std::vector<Candidate> people = {{"alan", "Alan Turing", {}}, {"alice", "Alice Chen", {}}};
    CHECK(ambiguous("al", people) == "alan, alice");
  }
  SUBCASE("two exact names") {
    const std::vector<Candidate> people = {{"alice-chen-2", "Alice Chen", {}}, {"alice-chen", "Alice Chen", {}}};
    CHECK(ambiguous("alice chen", people) == "alice-chen, alice-chen-2");
  }
  SUBCASE("an exact name and an exact aka of another") {
    const std::vector<Candidate> people = {{"robert-smith", "Robert Smith", {"Bob"}}, {"bob", "Bob", {}}};
    CHECK(found("bob", people) == "bob");  // the id comes first
    CHECK(ambiguous("BOB", people) == "bob, robert-smith");
  }
  SUBCASE("the same file name in two folders") {
    const std::vector<Candidate> people = {{"work/sam", "Sam Lee", {}}, {"family/sam", "Sam Park", {}}};
    CHECK(ambiguous("sam", people) == "family/sam, work/sam");
    CHECK(found("sam l", people) == "work/sam");
  }
  SUBCASE("two substrings") { CHECK(ambiguous("ar") == "family/mom, jean-luc"); }
  SUBCASE("matches are listed once each, in id order") {
    const std::vector<Candidate> people = {
        {"c", "Kim Park", {"Kimmy", "Kimberly"}}, {"b", "Kim Lee", {"Kimchi"}}, {"a", "Kim Jones", {}}};
    CHECK(ambiguous("kim", people) == "a, b, c");
  }
  SUBCASE("one contact matching in several ways is still unique") {
    const std::vector<Candidate> people = {{"kim", "Kim Kimura", {"Kimmy"}}, {"lee", "Lee Park", {}}};
    CHECK(found("kim", people) == "kim");
    CHECK(found("ki", people) == "kim");
  }
}

TEST_CASE("an unknown WHO suggests close names, best first") {
  SUBCASE("a typo in a name") {
    CHECK(suggestions("alcie") == "alice-chen");
    CHECK(suggestions("robret") == "work/bob-smith");
    CHECK(suggestions("smiht") == "work/bob-smith");
  }
  SUBCASE("two swapped letters count as one typo") {
    const std::vector<Candidate> people = {{"john", "John", {}}, {"joan", "Joan", {}}};
    CHECK(suggestions("jonh", people) == "john");
  }
  SUBCASE("a typo in an aka or an id") {
    CHECK(suggestions("bobbie") == "work/bob-smith");
    CHECK(suggestions("alice-chan") == "alice-chen");
  }
  SUBCASE("a typo at the start of a long name") {
    const std::vector<Candidate> people = {{"john-smith", "John Smith", {}}, {"jane-doe", "Jane Doe", {}}};
    CHECK(suggestions("jonh sm", people) == "john-smith");
  }
  SUBCASE("a query that says more than a name") {
    CHECK(suggestions("alice from work") == "alice-chen");
    CHECK(suggestions("bob smith") == "work/bob-smith");
  }
  SUBCASE("accents do not count as typos") { CHECK(suggestions("zoé obrein") == "zoe-obrien"); }
  SUBCASE("closer names come first") {
    const std::vector<Candidate> people = {
        {"mark", "Mark", {}}, {"marta", "Marta", {}}, {"mary", "Mary", {}}, {"marie", "Marie", {}}};
    CHECK(suggestions("marx", people) == "mark, mary, marie, marta");
  }
  SUBCASE("at most five") {
    std::vector<std::string> ids, names;  // what the candidates' views point into
    for (char c = 'a'; c <= 'h'; ++c) {
      ids.push_back(std::string("jon") + c);
      names.push_back(std::string("Jon") + c);
    }
    std::vector<Candidate> people;
    for (size_t i = 0; i < ids.size(); ++i) people.push_back({ids[i], names[i], {}});
    const auto result = suggestions("jonx", people);
    CHECK(result == "jona, jonb, jonc, jond, jone");
  }
  SUBCASE("nothing close gives no suggestions") {
    CHECK(suggestions("zzz").empty());
    CHECK(suggestions("xavier").empty());
    CHECK(suggestions("q").empty());
  }
}

TEST_CASE("WHO edge cases") {
  SUBCASE("an empty journal") {
    const auto result = resolve("alice", {});
    CHECK(result.outcome == Outcome::unknown);
    CHECK(result.suggestions.empty());
  }
  SUBCASE("a blank WHO matches nobody") {
    CHECK(resolve("", journal).outcome == Outcome::unknown);
    CHECK(resolve("   ", journal).outcome == Outcome::unknown);
    CHECK(resolve("", journal).suggestions.empty());
  }
  SUBCASE("invalid UTF-8 neither crashes nor matches by accident") {
    CHECK(resolve(std::string("\xFF\xFE"), journal).outcome == Outcome::unknown);
    const std::string odd_name = "Odd\xFF Name";  // the candidate's view points into it
    const std::vector<Candidate> people = {{"odd", odd_name, {}}};
    CHECK(found(std::string("odd\xFF"), people) == "odd");
  }
  SUBCASE("non-Latin names") {
    const std::vector<Candidate> people = {{"contact", "李小龍", {"Bruce Lee"}}, {"ivan", "Иван Петров", {}}};
    CHECK(found("李小龍", people) == "contact");
    CHECK(found("小", people) == "contact");
    CHECK(found("иван", people) == "ivan");
    CHECK(found("ПЕТ", people) == "ivan");
    CHECK(found("bruce", people) == "contact");
  }
}

TEST_CASE("match_key folds case and accents and collapses blanks") {
  CHECK(rel::match_key("  Álice \t  CHÉN ") == "alice chen");
  CHECK(rel::match_key("Zoë O'Brien") == "zoe o'brien");
  CHECK(rel::match_key("").empty());
}

TEST_CASE("names folded in advance are matched as they are, and give what folding here gives") {
  // Every candidate of the journal with its keys folded in advance, as the index stores them.
  std::vector<Candidate> prefolded = journal;
  std::vector<std::string> keys;
  keys.reserve(prefolded.size());  // the candidates' views point into these
  for (auto& c : prefolded) {
    c.folded = keys.emplace_back(rel::folded_keys(c.name, {c.aka.begin(), c.aka.end()}));
    c.aka.clear();  // not read when the keys are known
  }
  for (const char* who : {"alice chen", "ALI", "bob", "smith", "zoe", "ZOË O'BRIEN", "jean", "luc", "captain", "mum",
                          "angstrom", "family/mom", "jonh", "xavier", "o", "a"}) {
    CAPTURE(who);
    const auto here = resolve(who, journal);
    const auto ahead = resolve(who, prefolded);
    CHECK(ahead.outcome == here.outcome);
    CHECK(ahead.index == here.index);
    CHECK(ahead.matches == here.matches);
    CHECK(ahead.suggestions == here.suggestions);
  }

  SUBCASE("the folded keys are what is matched, not the name") {
    // Keys that disagree with the name show which one resolution reads.
    const std::vector<Candidate> people = {{"p1", "Alice Chen", {"Ali"}, "carol\ncc"}};
    CHECK(found("carol", people) == "p1");
    CHECK(found("cc", people) == "p1");
    CHECK(found("alice chen", people).empty());
    CHECK(found("p1", people) == "p1");  // the id is still matched
  }
  SUBCASE("the keys are the name's, then one per aka, a line each") {
    const std::vector<Candidate> people = {{"p1", "Alice Chen", {}, "alice chen\nali\n"}, {"p2", "Bob", {}, "bob"}};
    CHECK(found("ali", people) == "p1");
    CHECK(found("chen", people) == "p1");
    CHECK(found("bob", people) == "p2");
  }
}
