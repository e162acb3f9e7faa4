// Writes a realistic synthetic journal (names with accents, tags, cadences, channels, notes,
// promises, sub-folders) so that benchmarks and tests can run rel at any size.
//
// Usage: rel-bench-generate DIR CONTACTS [INTERACTIONS] [SEED]
// The same arguments always give the same bytes (own PRNG, no std distributions).
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sample.hpp"

namespace fs = std::filesystem;

namespace {

using rel::bench::first_names;
using rel::bench::last_names;
using rel::bench::Random;

constexpr std::array<std::string_view, 12> tags = {"client",  "prospect", "family", "friend", "acme",   "globex",
                                                   "initech", "investor", "mentor", "press",  "alumni", "acquaintance"};

constexpr std::array<std::string_view, 7> cadences = {"7d", "14d", "2w", "30d", "1m", "3m", "6m"};

constexpr std::array<std::string_view, 8> channels = {"meeting", "call",   "video",  "message",
                                                      "email",   "letter", "social", "other"};
// Realistic mix: mostly email and messages, some calls and meetings, few letters.
constexpr std::array<int, 8> channel_weights = {14, 16, 12, 20, 24, 2, 9, 3};

constexpr std::array<std::string_view, 24> topics = {"the Q3 roadmap",
                                                     "their move to Berlin",
                                                     "the renewal",
                                                     "hiring a CTO",
                                                     "the board meeting",
                                                     "sailing lessons",
                                                     "the new office",
                                                     "a referral for Marta",
                                                     "the data platform",
                                                     "their kids' school",
                                                     "the conference in Lisbon",
                                                     "pricing for 2027",
                                                     "a podcast interview",
                                                     "the merger rumours",
                                                     "the marathon",
                                                     "their sabbatical",
                                                     "the pilot project",
                                                     "budget cuts",
                                                     "a book recommendation",
                                                     "the team offsite",
                                                     "the café on 5th",
                                                     "the wedding plans",
                                                     "a job opening",
                                                     "the product launch"};

constexpr std::array<std::string_view, 12> openers = {"Talked about",      "Quick catch-up on", "Long lunch; mostly",
                                                      "Coffee and",        "Followed up on",    "They asked about",
                                                      "Shared news about", "Brainstormed",      "Compared notes on",
                                                      "Celebrated",        "Walked through",    "Briefly discussed"};

constexpr std::array<std::string_view, 10> detail_keys = {"spouse", "kids",   "likes",  "dislikes", "coffee",
                                                          "pets",   "school", "sports", "music",    "diet"};
constexpr std::array<std::string_view, 10> detail_values = {"Ben (architect, plays the cello)",
                                                            "Maya (7), Leo (4)",
                                                            "single-malt whisky, sailing",
                                                            "Monday-morning calls",
                                                            "flat white, oat milk",
                                                            "a greyhound called Pixel",
                                                            "ETH Zürich, class of 2009",
                                                            "climbing, trail running",
                                                            "Bach, Nils Frahm",
                                                            "vegetarian, no nuts"};

constexpr std::array<std::string_view, 10> promise_texts = {
    "send the workshop agenda",   "introduce them to Sofia",      "share the hiring playbook",
    "send the Berlin flat guide", "review their pitch deck",      "book the team dinner",
    "return the borrowed book",   "send photos from the offsite", "write a LinkedIn recommendation",
    "check the conference dates"};

constexpr int today = 20'780;  // days since 1970-01-01 for 2026-11-23

std::string iso(int days) {
  // Howard Hinnant's civil_from_days.
  int z = days + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y + (m <= 2), m, d);
  return buffer;
}

// Lower-case ASCII slug; accents are folded by a small table (enough for the names above).
std::string slug(std::string_view name) {
  static const std::array<std::pair<std::string_view, std::string_view>, 30> folds = {{
      {"é", "e"}, {"É", "e"}, {"è", "e"}, {"ë", "e"}, {"á", "a"}, {"à", "a"},  {"ä", "a"}, {"Å", "a"},
      {"å", "a"}, {"ö", "o"}, {"ó", "o"}, {"ø", "o"}, {"Ø", "o"}, {"ü", "u"},  {"ú", "u"}, {"í", "i"},
      {"ı", "i"}, {"ñ", "n"}, {"Ł", "l"}, {"ł", "l"}, {"ó", "o"}, {"ç", "c"},  {"ș", "s"}, {"ş", "s"},
      {"š", "s"}, {"ž", "z"}, {"ý", "y"}, {"ą", "a"}, {"ę", "e"}, {"ß", "ss"},
  }};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    bool folded = false;
    for (const auto& [from, to] : folds)
      if (name.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        folded = true;
        break;
      }
    if (folded) continue;
    unsigned char ch = static_cast<unsigned char>(name[i++]);
    if (ch >= 'A' && ch <= 'Z')
      out += static_cast<char>(ch - 'A' + 'a');
    else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
      out += static_cast<char>(ch);
    else if (ch < 0x80 && !out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string pick_channel(Random& random) {
  int roll = random.below(100);
  for (size_t i = 0; i < channels.size(); ++i) {
    if (roll < channel_weights[i]) return std::string(channels[i]);
    roll -= channel_weights[i];
  }
  return "other";
}

std::string quoted_if_needed(std::string_view text) {
  // Plain scalars cannot hold ": " or " #", nor start with certain characters.
  bool quote = text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos ||
               text.find('\'') != std::string_view::npos;
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "\"";
}

// The first n characters of UTF-8 text ("Théo" -> "Thé"), never part of one.
std::string_view first_code_points(std::string_view text, int n) {
  size_t end = 0;
  for (int seen = 0; end < text.size(); ++end)
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && seen++ == n) break;
  return text.substr(0, end);
}

struct Person {
  std::string id;
  std::string name;
};

void write_contact(const fs::path& root, const Person& person, const std::vector<Person>& people, int interactions,
                   Random& random) {
  std::string text;
  if (random.chance(30)) text += "# Met through " + std::string(random.pick(topics)) + ".\n";
  text += "name: " + quoted_if_needed(person.name) + "\n";
  if (random.chance(15)) text += "aka: [" + std::string(first_code_points(random.pick(first_names), 3)) + "]\n";
  int tag_count = random.below(3) + (random.chance(80) ? 1 : 0);
  if (tag_count > 0) {
    std::set<std::string_view> chosen;
    while (static_cast<int>(chosen.size()) < tag_count) chosen.insert(random.pick(tags));
    text += "tags: [";
    bool first = true;
    for (auto tag : chosen) {
      text += (first ? "" : ", ") + std::string(tag);
      first = false;
    }
    text += "]\n";
  }
  if (random.chance(35)) text += "cadence: " + std::string(random.pick(cadences)) + "\n";
  int since = today - 200 - random.below(3650);
  if (random.chance(60)) text += "since: " + iso(since) + "\n";
  std::string local = slug(person.name);
  if (random.chance(70)) text += "email: " + local + "@example.com\n";
  if (random.chance(50)) text += "phone: \"+1 555 " + std::to_string(1000 + random.below(9000)) + "\"\n";
  if (random.chance(60)) {
    text += "dates:\n  birthday: " + iso(today - 365 * (25 + random.below(40)) - random.below(365)) + "\n";
    if (random.chance(20))
      text += "  wedding anniversary: " + iso(today - 365 * random.below(30) - random.below(365)) + "\n";
  }
  int detail_count = random.below(5);
  if (detail_count > 0) {
    text += "details:\n";
    std::set<size_t> used;
    for (int i = 0; i < detail_count; ++i) {
      auto key = static_cast<size_t>(random.below(static_cast<int>(detail_keys.size())));
      if (!used.insert(key).second) continue;
      text += "  " + std::string(detail_keys[key]) + ": " + quoted_if_needed(random.pick(detail_values)) + "\n";
    }
  }
  int promise_count = random.chance(40) ? 1 + random.below(3) : 0;
  if (promise_count > 0) {
    text += "promises:\n";
    for (int i = 0; i < promise_count; ++i) {
      int made = today - random.below(300);
      text += "  - what: " + std::string(random.pick(promise_texts)) + "\n";
      text += "    made: " + iso(made) + "\n";
      text += "    due: " + iso(made + 7 + random.below(30)) + "\n";
      if (random.chance(60)) text += "    done: " + iso(made + random.below(40)) + "\n";
      if (random.chance(15)) text += "    by: them\n";
    }
  }
  if (interactions > 0) {
    text += "log:\n";
    // Spread the interactions over a span that ends before today, oldest first.
    int span = 60 + random.below(1000);
    int start = today - span - random.below(200);
    for (int i = 0; i < interactions; ++i) {
      int day = start + span * i / interactions + random.below(std::max(1, span / interactions));
      text += "  - date: " + iso(day);
      if (random.chance(10)) text += " " + two_digits(8 + random.below(11)) + ":" + (random.chance(50) ? "00" : "30");
      text += "\n    via: " + pick_channel(random) + "\n";
      text += std::string("    by: ") + (random.chance(55) ? "me" : "them") + "\n";
      if (random.chance(5))
        text += "    with: [" + people[static_cast<size_t>(random.below(static_cast<int>(people.size())))].id + "]\n";
      std::string note = std::string(random.pick(openers)) + " " + std::string(random.pick(topics)) + ".";
      if (random.chance(50))
        note += " " + std::string(random.pick(openers)) + " " + std::string(random.pick(topics)) + ".";
      if (random.chance(8))
        text += "    note: |\n      " + note + "\n      - next step: " + std::string(random.pick(promise_texts)) + "\n";
      else
        text += "    note: " + quoted_if_needed(note) + "\n";
    }
  }
  auto path = root / (person.id + ".yaml");
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DIR CONTACTS [INTERACTIONS] [SEED]\n", argv[0]);
    return 2;
  }
  fs::path root = argv[1];
  int count = std::atoi(argv[2]);
  int interactions = argc > 3 ? std::atoi(argv[3]) : 20;
  uint64_t seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 42;
  Random random(seed);

  fs::create_directories(root);
  std::ofstream(root / ".rel.yaml") << "# Generated by rel-bench-generate.\n"
                                       "cadence:\n  default: 30d\n"
                                       "  tags: {family: 14d, client: 30d, prospect: 21d, acquaintance: 180d}\n";

  // Names first, so that `with:` can point at any contact; a clash gets -2, -3, ...
  constexpr std::array<std::string_view, 5> folders = {"", "", "work/", "family/", "clients/acme/"};
  std::vector<Person> people;
  std::set<std::string> ids;
  for (int i = 0; i < count; ++i) {
    std::string name = std::string(random.pick(first_names)) + " " + std::string(random.pick(last_names));
    if (random.chance(10)) name = std::string(random.pick(first_names)) + " " + name;
    std::string base = std::string(random.pick(folders)) + slug(name);
    std::string id = base;
    for (int n = 2; !ids.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    people.push_back({id, name});
  }
  for (const auto& person : people) write_contact(root, person, people, interactions, random);
  return 0;
}
