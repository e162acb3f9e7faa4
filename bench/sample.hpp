// What the bench generators share: a seeded random source that gives the same numbers on every
// platform, and the names of the people they invent (accents and non-ASCII letters included).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace rel::bench {

// splitmix64: tiny, fast, and identical on every platform (no std distributions).
class Random {
 public:
  explicit Random(uint64_t seed) : m_state(seed) {}
  uint64_t next() {
    uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <typename T, size_t N>
  const T& pick(const std::array<T, N>& items) {
    return items[static_cast<size_t>(below(static_cast<int>(N)))];
  }

 private:
  uint64_t m_state;
};

inline constexpr std::array<std::string_view, 48> first_names = {
    "Alice", "Ben",     "Chloé",  "Daniel",  "Émile",  "Farah",  "Gustav",  "Hannah", "Ingrid", "José",
    "Kenji", "Léa",     "Marta",  "Nikolai", "Oscar",  "Priya",  "Quentin", "Raj",    "Søren",  "Tomás",
    "Uma",   "Valérie", "Wei",    "Xavier",  "Yusuf",  "Zoë",    "Åsa",     "Björn",  "Carmen", "Dmitri",
    "Elif",  "Fátima",  "Giulia", "Hiro",    "Imogen", "Jürgen", "Kalinda", "Łukasz", "Maëlle", "Nuno",
    "Olga",  "Pablo",   "Ruth",   "Siobhán", "Théo",   "Ulla",   "Vikram",  "Zuzana"};

inline constexpr std::array<std::string_view, 48> last_names = {
    "Chen",        "Müller",    "Okafor",   "Rossi",   "Nair",      "Kowalska", "Moreau",       "Becker",
    "Watanabe",    "Lindqvist", "Walsh",    "Berg",    "Patel",     "Núñez",    "García",       "Dubois",
    "Søndergaard", "Yılmaz",    "Nowak",    "Ivanova", "Kim",       "Nguyen",   "O'Brien",      "Fischer",
    "Haddad",      "Costa",     "Jensen",   "Novák",   "Ferreira",  "Laurent",  "Bianchi",      "Schäfer",
    "Andersson",   "Kaplan",    "Mendoza",  "Sato",    "Gallagher", "Wójcik",   "Papadopoulos", "Horváth",
    "Eriksen",     "Da Silva",  "Van Dijk", "Łopez",   "Ahmed",     "Rahman",   "Tanaka",       "Brennan"};

}  // namespace rel::bench
