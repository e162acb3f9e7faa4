// The address-book readers on real files from other projects' test suites (../shared/interop-corpus,
// never copied here): per file, the names, emails, phones, dates and notes a person would see.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/core/text.hpp"
#include "rel/interop/card.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/csv_reader.hpp"
#include "rel/interop/vcard_reader.hpp"

namespace fs = std::filesystem;
using rel::ImportantDate;
using rel::interop::Card;
using rel::interop::CardsRead;
using rel::test::date;
using Strings = std::vector<std::string>;

namespace {

// The folder the build found; $REL_INTEROP_CORPUS points elsewhere (or, set to a missing folder,
// shows what a clean clone without it does).
fs::path corpus_folder() {
  if (const char* env = std::getenv("REL_INTEROP_CORPUS"); env != nullptr && *env != '\0') return env;
  return REL_INTEROP_CORPUS;
}

const fs::path corpus_root = corpus_folder();

bool corpus_present() { return fs::is_directory(corpus_root); }

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool is_csv(const fs::path& path) { return path.extension() == ".csv"; }

CardsRead read_corpus_file(const fs::path& path) {
  const auto bytes = contents(path);
  return is_csv(path) ? rel::interop::read_contacts_csv(bytes) : rel::interop::read_vcards(bytes);
}

// A file of the corpus, which must read without problems.
CardsRead read(const std::string& name) {
  const auto read = read_corpus_file(corpus_root / name);
  for (const auto& p : read.problems) FAIL_CHECK(name << ":" << p.where.line << ": " << p.message);
  return read;
}

Strings names(const std::vector<Card>& cards) {
  Strings out;
  for (const auto& c : cards) out.push_back(c.name);
  return out;
}

std::string problems(const CardsRead& read) {
  std::string text;
  for (const auto& d : read.problems) text += std::to_string(d.where.line) + ": " + d.message + "\n";
  return text;
}

// Every text field of a card, to look for mojibake and stray control characters in one place.
Strings texts(const Card& c) {
  Strings all = {c.name, c.n.family,   c.n.given, c.n.additional, c.n.prefix, c.n.suffix,
                 c.org,  c.department, c.title,   c.note,         c.uid,      c.kind};
  for (const auto* list : {&c.nicknames, &c.emails, &c.phones, &c.addresses, &c.urls, &c.categories})
    all.insert(all.end(), list->begin(), list->end());
  for (const auto& d : c.dates) all.push_back(d.label);
  for (const auto* fields : {&c.related, &c.undated})
    for (const auto& f : *fields) {
      all.push_back(f.key);
      all.push_back(f.value);
    }
  return all;
}

// The files this test knows what to expect of; a file added to the corpus must be added here.
const std::set<std::string> expected_files = {
    "bad/begin-typo.vcard",          "bad/missing-end.vcf",        "bad/truncated.vcf",
    "csv-thunderbird-semicolon.csv", "csv-thunderbird.csv",        "mixed-many-cards.vcf",
    "v21-android-qp-multi.vcf",      "v21-blackberry.vcf",         "v21-evolution-qp-cjk.vcf",
    "v21-kcontacts-qp-multi.vcf",    "v21-nokia-qp-umlaut.vcf",    "v21-outlook2003.vcf",
    "v21-outlook2007-qp-note.vcf",   "v21-outlook2010-photo.vcf",  "v30-davx5-allfields.vcf",
    "v30-eds-escapes.vcf",           "v30-evolution.vcf",          "v30-gmail-list.vcf",
    "v30-gmail-many-fields.vcf",     "v30-gmail-single.vcf",       "v30-iphone-groups-photo.vcf",
    "v30-lotus-notes.vcf",           "v30-macos-addressbook.vcf",  "v30-monica-stub.vcf",
    "v30-owncloud-utf8-fold.vcf",    "v40-davx5-noyear.vcf",       "v40-full.vcf",
    "v40-fullcontact.vcf",           "v40-kcontacts-sherlock.vcf", "v40-korean.vcf",
    "v40-multilang-ja.vcf",          "v40-rfc6350-author.vcf",     "v40-text-bday.vcf",
};

}  // namespace

TEST_CASE("vcard corpus: every file reads whole and clean, and every bad file fails clearly") {
  if (!corpus_present()) {
    MESSAGE("skipped: no interop corpus at " << corpus_root.string());
    return;
  }
  std::set<std::string> seen;
  for (const auto& entry : fs::recursive_directory_iterator(corpus_root)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    const auto name = fs::relative(entry.path(), corpus_root).generic_string();
    CAPTURE(name);
    seen.insert(name);
    const auto read = read_corpus_file(entry.path());
    const auto bytes = contents(entry.path());
    if (name.starts_with("bad/")) {
      CHECK(read.cards.empty());
      REQUIRE_FALSE(read.problems.empty());
      for (const auto& p : read.problems) CHECK(p.where.line >= 1);
      continue;
    }
    CHECK(problems(read) == "");
    CHECK_FALSE(read.cards.empty());
    for (const auto& card : read.cards) {
      CAPTURE(card.line);
      CHECK(card.line >= 1);
      for (const auto& text : texts(card)) {
        CAPTURE(text);
        CHECK(rel::is_clean_text(text));  // valid UTF-8, no control characters but tab and newline
        CHECK(text.find("\uFFFD") == std::string::npos);
        CHECK(text.find("Ã") == std::string::npos);  // UTF-8 read as Latin-1 twice
      }
      // A year is never invented: it is written in the file.
      for (const auto& d : card.dates)
        if (d.year) CHECK(bytes.find(std::to_string(*d.year)) != std::string::npos);
    }
  }
  CHECK(seen == expected_files);
}

TEST_CASE("vcard corpus: vCard 2.1 from Android, Outlook, BlackBerry, Nokia, Evolution and KDE") {
  if (!corpus_present()) {
    MESSAGE("skipped: no interop corpus at " << corpus_root.string());
    return;
  }
  SUBCASE("v21-android-qp-multi.vcf") {
    const auto r = read("v21-android-qp-multi.vcf");
    REQUIRE(r.cards.size() == 6);
    CHECK(names(r.cards) == Strings{"", "", "Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ"});
    CHECK(r.cards[0].emails == Strings{"john.doe@company.com"});
    CHECK(r.cards[1].emails == Strings{"jane.doe@company.com"});
    CHECK(r.cards[2].phones == Strings{"123456789"});
    CHECK(r.cards[3].phones == Strings{"123456", "234567", "3456789", "45678901"});
    CHECK(r.cards[3].note == "Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ\nÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ");
    CHECK(r.cards[4].emails == Strings{"bob@company.com", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ"});
    CHECK(r.cards[4].phones == Strings{"123456"});
    CHECK(r.cards[4].skipped.photos == 1);
    CHECK(r.cards[5].emails == Strings{"henry@company.com"});
    CHECK(r.cards[5].phones == Strings{"55556666"});
  }
  SUBCASE("v21-outlook2007-qp-note.vcf") {
    const auto r = read("v21-outlook2007-qp-note.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. Michael Angstadt Jr.");
    CHECK(c.emails == Strings{"mike.angstadt@gmail.com"});
    CHECK(c.phones == Strings{"(111) 555-1111", "(111) 555-2222", "(111) 555-4444", "(111) 555-3333"});
    CHECK(c.dates == std::vector{date("birthday", 3, 10, 1922), date("anniversary", 8, 1, 2012)});
    CHECK(c.note ==
          "This is the NOTE field\nI assume it encodes this text inside a NOTE vCard type.\n"
          "But I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting");
    CHECK(c.org == "TheCompany");
    CHECK(c.title == "TheJobTitle");
    CHECK(c.related == std::vector<rel::Field>{
                           {"manager", "TheManagerName"}, {"assistant", "TheAssistantName"}, {"spouse", "TheSpouse"}});
    CHECK(c.skipped.photos == 1);
    CHECK(c.skipped.keys == 1);
  }
  SUBCASE("v21-outlook2010-photo.vcf") {
    const auto r = read("v21-outlook2010-photo.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. John Richter James Doe Sr.");
    CHECK(c.emails == Strings{"john.doe@ibm.cm"});
    CHECK(c.phones == Strings{"(905) 555-1234", "(905) 666-1234"});
    CHECK(c.dates == std::vector{date("birthday", 3, 22, 1980), date("anniversary", 1, 13, 2011)});
    CHECK(c.note.starts_with("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY EXPRESS"));
    CHECK(c.skipped.photos == 1);
  }
  SUBCASE("v21-outlook2003.vcf") {
    const auto r = read("v21-outlook2003.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "John Doe III");
    CHECK(c.nicknames == Strings{"Joey"});
    CHECK(c.emails == Strings{"jdoe@hotmail.com"});
    CHECK(c.phones == Strings{"BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"});
    CHECK(c.dates == std::vector{date("birthday", 3, 21, 1980)});
    CHECK(c.note == "This is the note field!!\nSecond line\n\nThird line is empty");
    CHECK(c.org == "Company, The");
    CHECK(c.skipped.keys == 1);
  }
  SUBCASE("v21-blackberry.vcf") {
    const auto r = read("v21-blackberry.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].name == "John Doe");
    CHECK(r.cards[0].n.given == "john");
    CHECK(r.cards[0].phones == Strings{"+96123456789"});
    CHECK(r.cards[0].org == "Acme Solutions");
    CHECK(r.cards[0].note.empty());
    CHECK(r.cards[0].skipped.photos == 1);
  }
  SUBCASE("v21-nokia-qp-umlaut.vcf") {
    const auto r = read("v21-nokia-qp-umlaut.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Michael Brüning");
    CHECK(c.n.family == "Brüning");
    CHECK(c.emails == Strings{"ext-Michael.Bruning@nokia.com"});
    CHECK(c.phones == Strings{"+491622433834", "017623384942", "+4973117546691"});
    CHECK(c.dates == std::vector{date("birthday", 12, 29, 1978)});
    CHECK(c.addresses == Strings{"Münsterplatz 21, Ulm, Baden-Württemberg, 89073"});
  }
  SUBCASE("v21-evolution-qp-cjk.vcf") {
    const auto r = read("v21-evolution-qp-cjk.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].name == "十城目管理大型知座");
    CHECK(r.cards[0].n.given == "十城目管理大型知座");
    CHECK(r.cards[0].emails == Strings{"weird@weird.com"});
    CHECK(r.cards[0].phones == Strings{"十城目管理大型知座"});
    CHECK(r.cards[0].uid == "pas-id-3E52FE2E00000000");
  }
  SUBCASE("v21-kcontacts-qp-multi.vcf") {
    const auto r = read("v21-kcontacts-qp-multi.vcf");
    REQUIRE(r.cards.size() == 5);
    CHECK(names(r.cards) == Strings{"", "Field after Address broken", "Field after Address not broken",
                                    "Dr. med. Surname Name", "Second Doctor"});
    CHECK(r.cards[0].org == "Bike Shop");
    CHECK(r.cards[0].note == "This one has a funny character at the end in the contact list");
    CHECK(r.cards[0].addresses == Strings{"DDDDDDDDDDDDDDD-Staße 2, 00000 DDDDDDDDDD"});
    CHECK(r.cards[1].urls == Strings{"http://some-webseite.com"});
    CHECK(r.cards[1].addresses == Strings{"AAAAAAA-AäAAAAA 11, Urt, 00000"});
    CHECK(r.cards[2].urls == Strings{"http://some-webseite.com"});
    CHECK(r.cards[3].title == "Facharzt für Allgemeinmedizin");
    CHECK(r.cards[3].note.starts_with("Sprechzeiten:\nMo   8–12, 15–18\n"));
    CHECK(r.cards[4].title == "Dentist");
    CHECK(r.cards[4].org.empty());
  }
}

TEST_CASE("vcard corpus: vCard 3.0 from Apple, Google, Evolution, Lotus, ownCloud, DAVx5 and Monica") {
  if (!corpus_present()) {
    MESSAGE("skipped: no interop corpus at " << corpus_root.string());
    return;
  }
  SUBCASE("v30-iphone-groups-photo.vcf") {
    const auto r = read("v30-iphone-groups-photo.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. John Richter James Doe Sr.");
    CHECK(c.emails == Strings{"john.doe@ibm.com"});
    CHECK(c.phones == Strings{"905-555-1234", "905-666-1234", "905-777-1234", "905-888-1234", "905-999-1234",
                              "905-111-1234", "905-222-1234"});
    CHECK(c.dates == std::vector{date("birthday", 6, 6, 2012)});
    CHECK(c.urls == Strings{"http://www.ibm.com"});
    CHECK(c.skipped.photos == 1);
  }
  SUBCASE("v30-macos-addressbook.vcf") {
    const auto r = read("v30-macos-addressbook.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. John Richter,James Doe Sr.");
    CHECK(c.emails == Strings{"john.doe@ibm.com"});
    CHECK(c.phones.size() == 7);
    CHECK(c.phones.front() == "905-777-1234");
    CHECK(c.dates == std::vector{date("birthday", 6, 6, 2012)});
    CHECK(c.related == std::vector<rel::Field>{{"Spouse", "Jenny"}});
    CHECK(c.note.starts_with("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY"));
    CHECK(c.skipped.photos == 1);
  }
  SUBCASE("v30-gmail-single.vcf") {
    const auto r = read("v30-gmail-single.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. John Richter, James Doe Sr.");
    CHECK(c.emails == Strings{"john.doe@ibm.com"});
    CHECK(c.phones == Strings{"905-555-1234", "905-666-1234"});
    CHECK(c.dates == std::vector{date("birthday", 3, 22, 1980), date("anniversary", 3, 1, 1975)});
    CHECK(c.related == std::vector<rel::Field>{{"spouse", "Jenny"}});
    CHECK(c.note.ends_with("EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue"));
    CHECK(c.addresses ==
          Strings{"Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345, United States of America"});
  }
  SUBCASE("v30-gmail-list.vcf") {
    const auto r = read("v30-gmail-list.vcf");
    CHECK(names(r.cards) == Strings{"Arnold Smith", "Chris Beatle", "Doug White"});
    REQUIRE(r.cards.size() == 3);
    CHECK(r.cards[2].emails == Strings{"dwhite@gmail.com"});
    CHECK(r.cards[2].line == 13);
  }
  SUBCASE("v30-gmail-many-fields.vcf") {
    const auto r = read("v30-gmail-many-fields.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "VCard Test");
    CHECK(c.emails == Strings{"email@example.com", "homeemail@example.com", "workemail@example.com",
                              "otheremail@example.com", "customcategory@example.com"});
    CHECK(c.phones.size() == 11);
    CHECK(c.dates == std::vector{date("birthday", 6, 23, 1912), date("anniversary", 3, 20, 1930),
                                 date("other", 7, 4, 1776), date("CustomDateCategory", 9, 12, 2000)});
    CHECK(c.related.size() == 16);
    CHECK(c.related[1] == rel::Field{"spouse", "Name2"});
    CHECK(c.note == "note line 1\nnote line 2\nCustomField: field value");
  }
  SUBCASE("v30-evolution.vcf") {
    const auto r = read("v30-evolution.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. John Richter, James Doe Sr.");
    CHECK(c.emails == Strings{"john.doe@ibm.com"});
    CHECK(c.phones == Strings{"905-666-1234", "905-555-1234"});
    CHECK(c.dates == std::vector{date("birthday", 3, 22, 1980), date("anniversary", 3, 22, 1980)});
    CHECK(c.related.at(0) == rel::Field{"spouse", "Maria"});
    CHECK(c.urls == Strings{"http://www.ibm.com"});
  }
  SUBCASE("v30-lotus-notes.vcf") {
    const auto r = read("v30-lotus-notes.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Mr. Doe John I Johny");
    CHECK(c.emails == Strings{"john.doe@ibm.com", "billy_bob@gmail.com"});
    CHECK(c.phones == Strings{"+1 (212) 204-34456", "00-1-212-555-7777"});
    CHECK(c.dates == std::vector{date("birthday", 5, 21, 1980)});
    CHECK(c.note.starts_with("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"\nAND"));
  }
  SUBCASE("v30-owncloud-utf8-fold.vcf") {
    const auto r = read("v30-owncloud-utf8-fold.vcf");
    REQUIRE(r.cards.size() == 1);
    std::string greek;
    for (int i = 0; i < 11; ++i) greek += "βγδεαβγδ1";
    CHECK(r.cards[0].name == greek);
    CHECK(r.cards[0].note ==
          "Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов.");
    CHECK(r.cards[0].uid == "20140316T155019.877e370c11@martin");
  }
  SUBCASE("v30-davx5-allfields.vcf") {
    const auto r = read("v30-davx5-allfields.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Ämi Display");
    CHECK(c.emails == Strings{"private@example.com", "work@example.com"});
    CHECK(c.phones == Strings{"+49 1234 56788", "+1-800-MYFAX"});
    CHECK(c.dates == std::vector{date("birthday", 4, 15, 1996), date("anniversary", 8, 12, 2014),
                                 date("Custom Date", 7, 29, 2021)});
    CHECK(c.note == "This fax number is operational 0800 to 1715 EST, Mon-Fri.\nSecond note");
    CHECK(c.org == "ABC, Inc.");
    CHECK(c.title == "Director, Research and Development");
  }
  SUBCASE("v30-eds-escapes.vcf") {
    const auto r = read("v30-eds-escapes.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].name == "Ralf Engels");
    CHECK(r.cards[0].emails == Strings{"Frank_Dawson@Lotus.com", "semicolon;@points.net"});
    CHECK(r.cards[0].phones == Strings{"+1-919-676-9515", "+1-919-676-9564"});
    CHECK(r.cards[0].addresses.at(0) == "Evil semicolon city;, Semicolon;way, NC, 27613-3502, U.S.A.");
  }
  SUBCASE("v30-monica-stub.vcf") {
    const auto r = read("v30-monica-stub.vcf");
    REQUIRE(r.cards.size() == 3);
    CHECK(names(r.cards) == Strings{"Bono", "John Doe", ""});
    CHECK(r.cards[0].emails == Strings{"bono@example.com"});
    CHECK(r.cards[0].phones == Strings{"+1 202-555-0191"});
    CHECK(r.cards[0].dates == std::vector{date("birthday", 5, 10, 1960)});
    CHECK(r.cards[0].note == "Lorem ipsum dolor sit amet");
    CHECK(r.cards[2].nicknames == Strings{"Johnny"});
  }
}

TEST_CASE("vcard corpus: vCard 4.0, and a file of many cards of both versions") {
  if (!corpus_present()) {
    MESSAGE("skipped: no interop corpus at " << corpus_root.string());
    return;
  }
  SUBCASE("v40-rfc6350-author.vcf") {
    const auto r = read("v40-rfc6350-author.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Simon Perreault");
    CHECK(c.emails == Strings{"simon.perreault@viagenie.ca"});
    CHECK(c.phones == Strings{"+1-418-656-9254 ext. 102", "+1-418-262-6501"});
    CHECK(c.dates == std::vector{date("birthday", 2, 3), date("anniversary", 8, 8, 2009)});
  }
  SUBCASE("v40-full.vcf") {
    const auto r = read("v40-full.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Dr. John Q. Public, III");
    CHECK(c.emails == Strings{"john.public@example.com", "johnny@personal.example.org"});
    CHECK(c.phones == Strings{"+1-555-555-5555", "+1-555-123-4567"});
    CHECK(c.dates == std::vector{date("birthday", 4, 15, 1985), date("anniversary", 6, 12, 2010)});
    CHECK(c.note == "This is a note about John.\nHe likes vCards.");
    CHECK(c.related.empty());  // the spouse is a urn:uuid, not a name
  }
  SUBCASE("v40-multilang-ja.vcf") {
    const auto r = read("v40-multilang-ja.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].name == "Yamada Taro");
    CHECK(r.cards[0].nicknames.empty());
  }
  SUBCASE("v40-fullcontact.vcf") {
    const auto r = read("v40-fullcontact.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Prefix FirstName MiddleName LastName Suffix");
    CHECK(c.emails.size() == 5);
    CHECK(c.phones.size() == 9);
    CHECK(c.dates.at(0) == date("birthday", 8, 1, 2016));  // one of its two ALTID birthdays
    CHECK(std::count_if(c.dates.begin(), c.dates.end(), [](auto& d) { return d.label.starts_with("birthday"); }) == 1);
    CHECK(c.dates.at(1) == date("anniversary", 8, 2, 2016));
    CHECK(c.note == "Notes line 1\nNotes line 2");
    CHECK(c.skipped.photos == 3);
  }
  SUBCASE("v40-kcontacts-sherlock.vcf") {
    const auto r = read("v40-kcontacts-sherlock.vcf");
    REQUIRE(r.cards.size() == 1);
    const auto& c = r.cards[0];
    CHECK(c.name == "Sherlock Holmes");
    CHECK(c.emails == Strings{"sherlock.holmes@gmail.com", "detective@sherlockholmes.com"});
    CHECK(c.phones == Strings{"+44-555-555-5555 ext. 5555", "+44-555-555-6666", "+44-555-555-7777"});
    CHECK(c.dates == std::vector{date("birthday", 10, 15, 1953), date("anniversary", 4, 15, 1996)});
  }
  SUBCASE("v40-korean.vcf") { CHECK(names(read("v40-korean.vcf").cards) == Strings{"최유림"}); }
  SUBCASE("v40-text-bday.vcf") {
    const auto r = read("v40-text-bday.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].name == "text birthday");
    CHECK(r.cards[0].dates.empty());
    CHECK(r.cards[0].undated == std::vector<rel::Field>{{"birthday", "circa 1800"}});
    CHECK(r.warnings.size() == 1);
  }
  SUBCASE("v40-davx5-noyear.vcf") {
    const auto r = read("v40-davx5-noyear.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].name == "VCard 4 Test");
    CHECK(r.cards[0].dates == std::vector{date("birthday", 4, 16)});
  }
  SUBCASE("mixed-many-cards.vcf") {
    const auto r = read("mixed-many-cards.vcf");
    CHECK(names(r.cards) == Strings{"second contact",
                                    "Wile E. Coyote",
                                    "Joe Citizen",
                                    "Michael Smith",
                                    "Mike Jones",
                                    "ACME Inc.",
                                    "labeled guy",
                                    "contact with category",
                                    "With post address",
                                    "bug 195",
                                    "with photo v3",
                                    "with photo v4",
                                    "altid",
                                    "Frank Dawson",
                                    "Tim Howes",
                                    "Test User",
                                    "Test User",
                                    "Test User",
                                    "Test User",
                                    "Test Tester",
                                    "Name of Broken Card"});
    REQUIRE(r.cards.size() == 21);
    CHECK(r.cards[0].dates == std::vector{date("birthday", 1, 20, 2018)});
    CHECK(r.cards[5].kind == "org");
    CHECK(r.cards[13].line == 102);
    CHECK(r.cards[13].emails == Strings{"Frank_Dawson@Lotus.com", "fdawson@earthlink.net"});
    CHECK(r.skipped.photos == 2);
    // The four copies of one person (one UID) become one.
    const auto merged = rel::interop::merge_same_uid(r.cards);
    CHECK(merged.size() == 18);
    const auto test_user = std::find_if(merged.begin(), merged.end(), [](auto& c) { return c.name == "Test User"; });
    REQUIRE(test_user != merged.end());
    CHECK(test_user->emails == Strings{"email1@abc.de", "email2@abc.de", "thejoe@abc.com", "johndoe@abc.com"});
    CHECK(test_user->urls == Strings{"test1.url", "test2.url"});
  }
}

TEST_CASE("vcard corpus: malformed files name the card and its line, and read nothing") {
  if (!corpus_present()) {
    MESSAGE("skipped: no interop corpus at " << corpus_root.string());
    return;
  }
  CHECK(problems(read_corpus_file(corpus_root / "bad/missing-end.vcf")) ==
        "1: card has no END:VCARD: the file ends at line 3\n");
  CHECK(problems(read_corpus_file(corpus_root / "bad/truncated.vcf")) ==
        "1: card has no END:VCARD: the file ends at line 9\n");
  CHECK(problems(read_corpus_file(corpus_root / "bad/begin-typo.vcard")) ==
        "1: \"BEGIN:VCAR\" does not begin a vCard (BEGIN:VCARD): lines 1-8 skipped\n");
}

TEST_CASE("csv corpus: Thunderbird exports, comma- and semicolon-separated") {
  if (!corpus_present()) {
    MESSAGE("skipped: no interop corpus at " << corpus_root.string());
    return;
  }
  for (const auto* name : {"csv-thunderbird.csv", "csv-thunderbird-semicolon.csv"}) {
    CAPTURE(name);
    const auto r = read(name);
    CHECK(r.warnings.empty());
    REQUIRE(r.cards.size() == 2);
    CHECK(names(r.cards) == Strings{"John Doe", "Jane Doe"});
    CHECK(r.cards[0].emails == Strings{"john@doe.invalid"});
    CHECK(r.cards[1].emails == Strings{"jane@doe.invalid"});
    CHECK(r.cards[1].line == 3);
    CHECK(r.cards[0].source == "Thunderbird CSV");
  }
}
