// Writes a realistic synthetic address book as one vCard file (what a phone or Google exports), so
// that `rel import` can be measured at any size.
//
// Usage: rel-bench-vcards CARDS [SEED] > contacts.vcf
// Cards are vCard 3.0 with CRLF line ends: accented names, one to three emails, phones, birthdays
// (some without a year), organisations and titles, addresses, notes over several lines, nicknames,
// categories, Apple's labelled related names, and a UID on nine cards in ten. The same arguments
// always give the same bytes (own PRNG, no std distributions).
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "sample.hpp"

namespace {

using rel::bench::first_names;
using rel::bench::last_names;
using rel::bench::Random;

constexpr std::array<std::string_view, 12> orgs = {"Acme, Inc.", "Globex",    "Initech",  "Umbrella",
                                                   "Hooli",      "Stark",     "Wayne",    "Tyrell",
                                                   "Soylent",    "Cyberdyne", "Vandelay", "Pied Piper"};
constexpr std::array<std::string_view, 8> titles = {"CEO",   "CTO",       "Engineer", "Designer",
                                                    "Sales", "Recruiter", "Founder",  "Head of Product"};
constexpr std::array<std::string_view, 8> cities = {"Berlin", "Lisbon", "Tokyo",    "Nairobi",
                                                    "Lyon",   "Austin", "Montréal", "São Paulo"};
constexpr std::array<std::string_view, 6> categories = {"friends", "work", "family", "clients", "school", "sport"};
constexpr std::array<std::string_view, 6> notes = {"Met at the Lisbon conference.",
                                                   "Knows everyone in fintech\\; ask about intros.",
                                                   "Kids: Maya (7)\\, Leo (4).\\nLikes sailing.",
                                                   "Introduced by Raj.\\nPrefers calls to email.",
                                                   "Vegetarian. Allergic to nuts.",
                                                   "Runs the Thursday climbing group."};

// Lower-case ASCII letters of a name, for email addresses: accents dropped, others skipped.
std::string email_part(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
  }
  return out.empty() ? std::string("x") : out;
}

void line(std::string& out, std::string_view text) {
  out += text;
  out += "\r\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: rel-bench-vcards CARDS [SEED] > contacts.vcf\n");
    return 2;
  }
  const long cards = std::strtol(argv[1], nullptr, 10);
  Random rng(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 42);
  std::string out;
  for (long k = 0; k < cards; ++k) {
    const auto first = rng.pick(first_names);
    const auto last = rng.pick(last_names);
    // A middle initial makes most names unique, as in a real address book, but not all.
    const char middle = static_cast<char>('A' + rng.below(26));
    const std::string name = std::string(first) + " " + middle + ". " + std::string(last);
    const auto user = email_part(first) + "." + email_part(last) + std::to_string(k);
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:3.0");
    line(out, "FN:" + name);
    line(out, "N:" + std::string(last) + ";" + std::string(first) + ";" + middle + ".;;");
    if (rng.chance(10)) line(out, "NICKNAME:" + std::string(first).substr(0, 3));
    line(out, "EMAIL;TYPE=INTERNET,HOME:" + user + "@example.com");
    if (rng.chance(40)) line(out, "EMAIL;TYPE=INTERNET,WORK:" + user + "@work.example");
    if (rng.chance(10)) line(out, "EMAIL;TYPE=INTERNET:" + user + "@old.example");
    if (rng.chance(80)) line(out, "TEL;TYPE=CELL:+1 555 " + std::to_string(1000000 + k));
    if (rng.chance(30)) line(out, "TEL;TYPE=WORK:+44 20 7946 " + std::to_string(1000 + rng.below(9000)));
    if (rng.chance(70)) {
      char date[16];
      const int month = 1 + rng.below(12);
      const int day = 1 + rng.below(28);
      if (rng.chance(20))
        std::snprintf(date, sizeof date, "--%02d%02d", month, day);
      else
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 1950 + rng.below(55), month, day);
      line(out, std::string("BDAY:") + date);
    }
    if (rng.chance(50)) {
      std::string org(rng.pick(orgs));
      std::string escaped;
      for (char c : org) escaped += c == ',' ? std::string("\\,") : std::string(1, c);
      line(out, "ORG:" + escaped);
      line(out, "TITLE:" + std::string(rng.pick(titles)));
    }
    if (rng.chance(30))
      line(out, "ADR;TYPE=HOME:;;" + std::to_string(1 + rng.below(200)) + " Main Street;" +
                    std::string(rng.pick(cities)) + ";;" + std::to_string(10000 + rng.below(90000)) + ";");
    if (rng.chance(20)) line(out, "NOTE:" + std::string(rng.pick(notes)));
    if (rng.chance(30)) line(out, "CATEGORIES:" + std::string(rng.pick(categories)));
    if (rng.chance(5)) {
      line(out, "item1.X-ABRELATEDNAMES:" + std::string(rng.pick(first_names)));
      line(out, "item1.X-ABLabel:_$!<Spouse>!$_");
    }
    if (rng.chance(90)) {
      char uid[64];
      std::snprintf(uid, sizeof uid, "UID:urn:uuid:%08llx-0000-4000-8000-%012llx",
                    static_cast<unsigned long long>(rng.next() & 0xffffffffULL), static_cast<unsigned long long>(k));
      line(out, uid);
    }
    line(out, "END:VCARD");
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
