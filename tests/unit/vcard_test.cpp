// Unit tests for the vCard reader: one small card of our own per construct real address books write.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/interop/card.hpp"
#include "rel/interop/card_date.hpp"
#include "rel/interop/vcard_reader.hpp"

using rel::ImportantDate;
using rel::interop::Card;
using rel::interop::CardsRead;
using rel::interop::read_vcards;
using rel::test::date;
using rel::test::messages;
using Strings = std::vector<std::string>;

namespace {

// The one card of `text`, which must read without problems.
Card one_card(std::string_view text) {
  const auto read = read_vcards(text);
  REQUIRE(read.problems.empty());
  REQUIRE(read.cards.size() == 1);
  return read.cards[0];
}

}  // namespace

TEST_CASE("vcard: a plain 3.0 card gives every field rel keeps") {
  const auto card = one_card(
      "BEGIN:VCARD\r\n"
      "VERSION:3.0\r\n"
      "FN:Alice Chen\r\n"
      "N:Chen;Alice;Mei;Dr.;PhD\r\n"
      "NICKNAME:Ali,Dr. C\r\n"
      "EMAIL;TYPE=INTERNET;TYPE=WORK: Alice.Chen@Acme.example \r\n"
      "EMAIL;TYPE=INTERNET:alice@home.example\r\n"
      "TEL;TYPE=CELL:+1 555 0100\r\n"
      "TEL;TYPE=WORK:(555) 010-0200\r\n"
      "BDAY:1985-03-14\r\n"
      "ORG:Acme;Operations\r\n"
      "TITLE:COO\r\n"
      "ADR;TYPE=HOME:;;1 Main St;Springfield;IL;62701;USA\r\n"
      "URL:https://acme.example/alice\r\n"
      "CATEGORIES:client,acme\r\n"
      "NOTE:Met at the Berlin fair.\\nLikes sailing.\r\n"
      "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
      "END:VCARD\r\n");
  CHECK(card.name == "Alice Chen");
  CHECK(card.n.family == "Chen");
  CHECK(card.n.given == "Alice");
  CHECK(card.n.additional == "Mei");
  CHECK(card.n.prefix == "Dr.");
  CHECK(card.n.suffix == "PhD");
  CHECK(card.nicknames == Strings{"Ali", "Dr. C"});
  CHECK(card.emails == Strings{"Alice.Chen@Acme.example", "alice@home.example"});
  CHECK(card.phones == Strings{"+1 555 0100", "(555) 010-0200"});
  CHECK(card.dates == std::vector{date("birthday", 3, 14, 1985)});
  CHECK(card.org == "Acme");
  CHECK(card.department == "Operations");
  CHECK(card.title == "COO");
  CHECK(card.addresses == Strings{"1 Main St, Springfield, IL, 62701, USA"});
  CHECK(card.urls == Strings{"https://acme.example/alice"});
  CHECK(card.categories == Strings{"client", "acme"});
  CHECK(card.note == "Met at the Berlin fair.\nLikes sailing.");
  CHECK(card.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
  CHECK(card.line == 1);
  CHECK(card.source == "vCard 3.0");
  CHECK(card.kind.empty());
}

TEST_CASE("vcard: quoted-printable with soft line breaks") {
  const auto card = one_card(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=\r\n"
      "Br=C3=BCning;=\r\n"
      "Michael\r\n"
      "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Michael Br=C3=BC=\r\n"
      "ning\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line=0D=0A=\r\n"
      "Third=3Dline\r\n"
      "END:VCARD\r\n");
  CHECK(card.name == "Michael Brüning");
  CHECK(card.n.family == "Brüning");
  CHECK(card.n.given == "Michael");
  CHECK(card.note == "First line\nSecond line\nThird=line");
}

TEST_CASE("vcard: quoted-printable soft break inside a UTF-8 sequence") {
  // 十 is E5 8D 81: the writer broke the line between its bytes.
  const auto card = one_card(
      "BEGIN:VCARD\n"
      "VERSION:2.1\n"
      "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:=E5=8D=81=E5=\n"
      "=9F=8E\n"
      "END:VCARD\n");
  CHECK(card.name == "十城");
}

TEST_CASE("vcard: Latin-1 and Windows-1252 charsets are converted to UTF-8") {
  const auto read = read_vcards(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "FN;CHARSET=ISO-8859-1:Zo\xEB M\xFCller\r\n"
      "NOTE;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:=93Quoted=94 =80 5\r\n"
      "ORG:Caf\xE9 Noir\r\n"
      "END:VCARD\r\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].name == "Zoë Müller");
  CHECK(read.cards[0].note == "\u201CQuoted\u201D \u20AC 5");
  // A value whose charset is not said and is not UTF-8 comes from a Windows program.
  CHECK(read.cards[0].org == "Café Noir");
  CHECK(read.warnings.empty());
}

TEST_CASE("vcard: another charset keeps UTF-8 bytes and leaves the rest out with a warning") {
  const auto read = read_vcards(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "FN;CHARSET=SHIFT_JIS:山田太郎\r\n"
      "NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=8ER=93c\r\n"
      "END:VCARD\r\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].name == "山田太郎");
  CHECK(read.cards[0].note.empty());
  CHECK(messages(read.warnings) == "4: NOTE is in charset SHIFT_JIS, which rel cannot read: left out\n");
}

TEST_CASE("vcard: bytes that are not UTF-8 under CHARSET=UTF-8 are replaced, with a warning") {
  const auto read = read_vcards(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "FN:Dr. Who\r\n"
      "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mo 8=E2=80=93=93 12\r\n"
      "END:VCARD\r\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].note == "Mo 8\u2013\uFFFD 12");
  CHECK(messages(read.warnings) ==
        "4: NOTE has bytes that are not UTF-8 although its charset says UTF-8: shown as \uFFFD\n");
}

TEST_CASE("vcard: bare 2.1 parameters") {
  const auto card = one_card(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "N:Doe;John\r\n"
      "TEL;WORK;VOICE:(111) 555-1111\r\n"
      "TEL;CELL;PREF:555-4444\r\n"
      "EMAIL;PREF;INTERNET:john@example.com\r\n"
      "NOTE;QUOTED-PRINTABLE:caf=C3=A9\r\n"
      "TITLE;CHARSET=UTF-8;QUOTED-PRINTABLE;WORK:Chef=20de cuisine\r\n"
      "END:VCARD\r\n");
  CHECK(card.phones == Strings{"(111) 555-1111", "555-4444"});
  CHECK(card.emails == Strings{"john@example.com"});
  CHECK(card.note == "café");
  CHECK(card.title == "Chef de cuisine");
}

TEST_CASE("vcard: folded lines, by a space or a tab, also inside parameters") {
  const auto card = one_card(
      "BEGIN:VCARD\r\n"
      "VERSION:3.0\r\n"
      "FN:Frank Daw\r\n"
      " son\r\n"
      "TEL;TYPE=VOICE,M\r\n"
      "\tSG,WORK:+1-919-676-9515\r\n"
      "EMAIL;TYPE=INTERNET\r\n"
      " ,PREF:Frank@Lotus.example\r\n"
      "NOTE:one long\r\n"
      "  note\r\n"
      "END:VCARD\r\n");
  CHECK(card.name == "Frank Dawson");
  CHECK(card.phones == Strings{"+1-919-676-9515"});
  CHECK(card.emails == Strings{"Frank@Lotus.example"});
  CHECK(card.note == "one long note");
}

TEST_CASE("vcard: a fold that splits a UTF-8 character") {
  // Д is D0 94; the line is folded between the two bytes.
  const auto card = one_card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ivan\r\nNOTE:\xD0\r\n \x94линный\r\nEND:VCARD\r\n");
  CHECK(card.note == "Длинный");
}

TEST_CASE("vcard: CRLF, LF and CR CR LF line ends mixed in one file") {
  const auto read = read_vcards(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Two\nEMAIL:two@example.com\nEND:VCARD\n"
      "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Three\r\r\nEND:VCARD\r\r\n");
  CHECK(read.problems.empty());
  REQUIRE(read.cards.size() == 3);
  CHECK(read.cards[0].name == "One");
  CHECK(read.cards[1].name == "Two");
  CHECK(read.cards[1].emails == Strings{"two@example.com"});
  CHECK(read.cards[1].line == 5);
  CHECK(read.cards[2].name == "Three");
  CHECK(read.cards[2].line == 10);
}

TEST_CASE("vcard: BEGIN:vCard in any case and property names in any case") {
  const auto card = one_card("begin:vCard\nVersion:3.0\nFn:Ralf Engels\nNote:lower-case name\nEnd:VCard\n");
  CHECK(card.name == "Ralf Engels");
  CHECK(card.note == "lower-case name");
}

TEST_CASE("vcard: properties before VERSION are read by the card's version") {
  const auto card = one_card("BEGIN:VCARD\nFN:Anna\\, Countess\nNOTE:a\\nb\nVERSION:3.0\nEND:VCARD\n");
  CHECK(card.name == "Anna, Countess");
  CHECK(card.note == "a\nb");
}

TEST_CASE("vcard: Apple item groups with X-ABLabel name dates and people") {
  const auto card = one_card(
      "BEGIN:VCARD\r\n"
      "VERSION:3.0\r\n"
      "FN:John Doe\r\n"
      "item1.EMAIL;type=INTERNET;type=pref:john.doe@ibm.example\r\n"
      "item1.X-ABLabel:_$!<Other>!$_\r\n"
      "item2.X-ABDATE:1975-03-01\r\n"
      "item2.X-ABLabel:_$!<Anniversary>!$_\r\n"
      "item3.X-ABDATE;type=pref:2000-09-12\r\n"
      "item3.X-ABLabel:Graduation\r\n"
      "item4.X-ABRELATEDNAMES:Jenny\r\n"
      "item4.X-ABLabel:_$!<Spouse>!$_\r\n"
      "ITEM5.X-ABRELATEDNAMES:Sam\r\n"
      "item5.x-ablabel:REFERRED_BY\r\n"
      "X-ABDATE:1776-07-04\r\n"
      "END:VCARD\r\n");
  CHECK(card.emails == Strings{"john.doe@ibm.example"});
  CHECK(card.dates ==
        std::vector{date("anniversary", 3, 1, 1975), date("Graduation", 9, 12, 2000), date("other", 7, 4, 1776)});
  CHECK(card.related == std::vector<rel::Field>{{"spouse", "Jenny"}, {"referred by", "Sam"}});
}

TEST_CASE("vcard: any group prefix before a property name") {
  const auto card = one_card(
      "BEGIN:VCARD\nVERSION:3.0\nFN:Ämi\nworkEmail.EMAIL;TYPE=work:work@example.com\nworkEmail.X-ABLabel:@work\n"
      "blog.URL:http://blog.example\nEND:VCARD\n");
  CHECK(card.emails == Strings{"work@example.com"});
  CHECK(card.urls == Strings{"http://blog.example"});
}

TEST_CASE("vcard: escapes in 3.0 and 4.0, and Google's escaped colons") {
  const auto card = one_card(
      "BEGIN:VCARD\n"
      "VERSION:4.0\n"
      "FN:Dr. John Q. Public\\, III\n"
      "NOTE:a\\,b\\;c\\nd\\Ne\\\\f\n"
      "URL:http\\://www.example.com\n"
      "NICKNAME:Johny\\,JayJay,JJ\n"
      "END:VCARD\n");
  CHECK(card.name == "Dr. John Q. Public, III");
  CHECK(card.note == "a,b;c\nd\ne\\f");
  CHECK(card.urls == Strings{"http://www.example.com"});
  CHECK(card.nicknames == Strings{"Johny,JayJay", "JJ"});
}

TEST_CASE("vcard: Google's unescaped commas in FN are part of the name") {
  const auto card = one_card(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mr. John Richter, James Doe Sr.\r\nN:Doe;John;Richter\\, James;Mr.;Sr.\r\n"
      "END:VCARD\r\n");
  CHECK(card.name == "Mr. John Richter, James Doe Sr.");
  CHECK(card.n.additional == "Richter, James");
}

TEST_CASE("vcard: structured N and ADR split on unescaped semicolons only") {
  const auto card = one_card(
      "BEGIN:VCARD\n"
      "VERSION:3.0\n"
      "FN:Evil\n"
      "N:O\\;Brien;Pat;Lee,Jo;;\n"
      "ADR;TYPE=WORK:;;Semicolon\\;way 1;Raleigh;NC;27613;U.S.A.\n"
      "ADR:;Crescent moon drive\\n555-asd\\nAlbaney\\, New York 12345;;;;;\n"
      "END:VCARD\n");
  CHECK(card.n.family == "O;Brien");
  CHECK(card.n.given == "Pat");
  CHECK(card.n.additional == "Lee Jo");
  CHECK(card.addresses == Strings{"Semicolon;way 1, Raleigh, NC, 27613, U.S.A.",
                                  "Crescent moon drive, 555-asd, Albaney, New York 12345"});
}

TEST_CASE("vcard: birthdays in every form address books write") {
  auto birthday = [](std::string_view property) {
    const auto card = one_card("BEGIN:VCARD\nVERSION:4.0\nFN:X\n" + std::string(property) + "\nEND:VCARD\n");
    REQUIRE(card.dates.size() == 1);
    CHECK(card.dates[0].label == "birthday");
    return card.dates[0];
  };
  CHECK(birthday("BDAY:19850314") == date("birthday", 3, 14, 1985));
  CHECK(birthday("BDAY:1985-03-14") == date("birthday", 3, 14, 1985));
  CHECK(birthday("BDAY:--0314") == date("birthday", 3, 14));
  CHECK(birthday("BDAY:--03-14") == date("birthday", 3, 14));
  CHECK(birthday("BDAY:1953-10-15T23:10:00Z") == date("birthday", 10, 15, 1953));
  CHECK(birthday("BDAY:19531015T231000Z") == date("birthday", 10, 15, 1953));
  CHECK(birthday("BDAY:1996-04-15T201243+04:00") == date("birthday", 4, 15, 1996));
  CHECK(birthday("BDAY;VALUE=date:2012-06-06") == date("birthday", 6, 6, 2012));
  CHECK(birthday("BDAY;value=date:--0229") == date("birthday", 2, 29));
  // Not vCard's forms, but one reading only.
  CHECK(birthday("BDAY:1985-3-4") == date("birthday", 3, 4, 1985));
  CHECK(birthday("BDAY:14.03.1985") == date("birthday", 3, 14, 1985));
  CHECK(birthday("BDAY:March 14") == date("birthday", 3, 14));
}

TEST_CASE("vcard: a birthday written as text is kept as text, never guessed") {
  const auto read = read_vcards("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Old\r\nBDAY;VALUE=text:circa 1800\r\nEND:VCARD\r\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].dates.empty());
  CHECK(read.cards[0].undated == std::vector<rel::Field>{{"birthday", "circa 1800"}});
  CHECK(messages(read.warnings) == "4: birthday \"circa 1800\" is not a date rel reads: kept as text\n");
  // A date that does not exist is not a date either.
  const auto impossible = read_vcards("BEGIN:VCARD\nVERSION:3.0\nFN:X\nBDAY:1985-02-30\nEND:VCARD\n");
  CHECK(impossible.cards.at(0).dates.empty());
  CHECK(impossible.cards.at(0).undated == std::vector<rel::Field>{{"birthday", "1985-02-30"}});
  // Nor is a date that reads two ways.
  const auto ambiguous = read_vcards("BEGIN:VCARD\nVERSION:3.0\nFN:X\nBDAY:03/04/1985\nEND:VCARD\n");
  CHECK(ambiguous.cards.at(0).undated == std::vector<rel::Field>{{"birthday", "03/04/1985"}});
}

TEST_CASE("vcard: Apple's X-APPLE-OMIT-YEAR=1604 means no year") {
  const auto card = one_card(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nBDAY;X-APPLE-OMIT-YEAR=1604;VALUE=date:1604-06-30\r\n"
      "item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-01-02\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\nEND:VCARD\r\n");
  CHECK(card.dates == std::vector{date("birthday", 6, 30), date("anniversary", 1, 2)});
}

TEST_CASE("vcard: 4.0 ALTID alternatives are read once") {
  const auto card = one_card(
      "BEGIN:VCARD\n"
      "VERSION:4.0\n"
      "FN;ALTID=1;LANGUAGE=en:Yamada Taro\n"
      "FN;ALTID=1;LANGUAGE=ja:山田太郎\n"
      "N;ALTID=1;LANGUAGE=en:Yamada;Taro;;;\n"
      "N;ALTID=1;LANGUAGE=ja:山田;太郎;;;\n"
      "BDAY;ALTID=2;VALUE=text:the first of August 2016\n"
      "BDAY;ALTID=2:20160801\n"
      "END:VCARD\n");
  CHECK(card.name == "Yamada Taro");
  CHECK(card.n.family == "Yamada");
  CHECK(card.dates == std::vector{date("birthday", 8, 1, 2016)});
  CHECK(card.undated.empty());
}

TEST_CASE("vcard: several cards in a file, each with the line it starts on") {
  const auto read = read_vcards(
      "BEGIN:VCARD\nVERSION:3.0\nFN:Arnold Smith\nEND:VCARD\n"
      "\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Chris Beatle\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Doug White\nEND:VCARD");
  REQUIRE(read.cards.size() == 3);
  CHECK(read.cards[0].line == 1);
  CHECK(read.cards[1].line == 6);
  CHECK(read.cards[2].name == "Doug White");
  CHECK(read.cards[2].line == 10);
}

TEST_CASE("vcard: a card with N but no FN gets a name in its script's order") {
  auto name_of = [](std::string_view n) {
    return one_card("BEGIN:VCARD\nVERSION:3.0\n" + std::string(n) + "\nEND:VCARD\n").name;
  };
  CHECK(name_of("N:Coyote;Wile;E.;;") == "Wile E. Coyote");
  CHECK(name_of("N:Public;John;Quinlan;Dr.;III") == "Dr. John Quinlan Public III");
  CHECK(name_of("N:;Bono;;;") == "Bono");
  CHECK(name_of("N:山田;太郎;;;") == "山田太郎");
  CHECK(name_of("N:최;유림;;;") == "최유림");
  CHECK(name_of("FN:\nN:Doe;Jane;;;") == "Jane Doe");
}

TEST_CASE("vcard: a card that names nobody is still returned, for the importer to judge") {
  const auto read = read_vcards(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL;PREF:john.doe@company.example\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\r\nVERSION:2.1\r\nORG:Bike Shop\r\nEND:VCARD\r\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:\nN:;;;;\nNICKNAME:Johnny\nEND:VCARD\n");
  REQUIRE(read.cards.size() == 3);
  CHECK(read.cards[0].name.empty());
  CHECK(read.cards[0].emails == Strings{"john.doe@company.example"});
  CHECK(read.cards[1].name.empty());
  CHECK(read.cards[1].org == "Bike Shop");
  CHECK(read.cards[2].name.empty());
  CHECK(read.cards[2].nicknames == Strings{"Johnny"});
}

TEST_CASE("vcard: photos, logos, sounds and keys are skipped and counted") {
  const auto read = read_vcards(
      // 3.0: folded base64.
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
      " 9T9mwR4XxpqYOf+gBff/Gq/BGil7KIe1Z//9k=\r\nEMAIL:one@example.com\r\nEND:VCARD\r\n"
      // 2.1: base64 on unindented lines up to a blank line, and an indented key.
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Two\r\nPHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n/9j/4AAQSkZJRgABAQEAYABgAAD\r\n"
      "GBcUFhYaHSUfGhsjHBYWICwgIyYnKSop==\r\n\r\nKEY;X509;ENCODING=BASE64:\r\n    MIIDITCCAoqgAwIBAgIQT52W\r\n"
      "    92ZzKbeVCq3Yi7Le+Q==\r\n\r\nTEL:555\r\nEND:VCARD\r\n"
      // 4.0: a data URI and a URL, and an empty PHOTO that is nothing.
      "BEGIN:VCARD\nVERSION:4.0\nFN:Three\nPHOTO:data:image/png;base64\\,iVBORw0KGgo\nLOGO:http://example.com/l.png\n"
      "SOUND:http://example.com/s.ogg\nPHOTO:\nEND:VCARD\n");
  CHECK(read.problems.empty());
  CHECK(read.warnings.empty());
  REQUIRE(read.cards.size() == 3);
  CHECK(read.cards[0].emails == Strings{"one@example.com"});
  CHECK(read.cards[0].skipped.photos == 1);
  CHECK(read.cards[1].phones == Strings{"555"});
  CHECK(read.cards[1].skipped.photos == 1);
  CHECK(read.cards[1].skipped.keys == 1);
  CHECK(read.cards[2].skipped.photos == 1);
  CHECK(read.cards[2].skipped.logos == 1);
  CHECK(read.cards[2].skipped.sounds == 1);
  CHECK(read.skipped.photos == 3);
  CHECK(read.skipped.total() == 6);
}

TEST_CASE("vcard: a tel: URI is a phone, with its extension") {
  const auto card = one_card(
      "BEGIN:VCARD\nVERSION:4.0\nFN:Simon\n"
      "TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+1-418-656-9254;ext=102\n"
      "TEL;VALUE=uri;TYPE=\"work,cell,voice,video,text\":tel:+1-418-262-6501\n"
      "TEL;TYPE=cell;VALUE=URI:67545678\n"
      "END:VCARD\n");
  CHECK(card.phones == Strings{"+1-418-656-9254 ext. 102", "+1-418-262-6501", "67545678"});
}

TEST_CASE("vcard: a card without END:VCARD is a problem at its line, and the others are read") {
  const auto read = read_vcards(
      "BEGIN:VCARD\nVERSION:3.0\nFN:First\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Lost\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Third\nEND:VCARD\n"
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:second contact with minimal Vcard\r\n");
  REQUIRE(read.cards.size() == 2);
  CHECK(read.cards[0].name == "First");
  CHECK(read.cards[1].name == "Third");
  CHECK(messages(read.problems) ==
        "5: card has no END:VCARD before the next card begins at line 8: skipped\n"
        "12: card has no END:VCARD: the file ends at line 14\n");
}

TEST_CASE("vcard: a file cut in the middle of a property is a problem, with no card half-read") {
  const auto read = read_vcards(
      "BEGIN:vCard\nVERSION:3.0\nFN:Frank Dawson\nORG:Lotus Development Corporation\n"
      "TEL;TYPE=FAX,WORK:+1-919-676-9564\nE");
  CHECK(read.cards.empty());
  CHECK(messages(read.problems) == "1: card has no END:VCARD: the file ends at line 6\n");
}

TEST_CASE("vcard: BEGIN:VCAR does not begin a card, and its lines are reported") {
  const auto read = read_vcards(
      "BEGIN:VCAR\nN:;Bono;;;\nEMAIL;TYPE=INTERNET:bono@example.com\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nEND:VCARD\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].name == "Fine");
  CHECK(messages(read.problems) == "1: \"BEGIN:VCAR\" does not begin a vCard (BEGIN:VCARD): lines 1-4 skipped\n");
}

TEST_CASE("vcard: lines outside any card are reported") {
  const auto read = read_vcards(
      "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nFN:Stray\nEMAIL:stray@example.com\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:B\nEND:VCARD\n");
  CHECK(read.cards.size() == 2);
  CHECK(messages(read.problems) == "5: lines 5-6 are outside any card (no BEGIN:VCARD before them): skipped\n");
}

TEST_CASE("vcard: a binary file is a clear error, not cards of garbage") {
  const std::string jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01", 16);
  const auto read = read_vcards(jpeg);
  CHECK(read.cards.empty());
  CHECK(messages(read.problems) == "1: not a vCard file: it holds binary data\n");
  const auto text = read_vcards("Dear Alice,\nthanks for lunch.\n");
  CHECK(text.cards.empty());
  CHECK(messages(text.problems) == "1: not a vCard file: no line says BEGIN:VCARD\n");
  CHECK(read_vcards("").problems.empty());
}

TEST_CASE("vcard: a UTF-16 file is read like a UTF-8 one") {
  const std::string utf8 = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nEND:VCARD\r\n";
  std::string utf16le = "\xFF\xFE";
  for (char32_t c : std::u32string(U"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nEND:VCARD\r\n")) {
    utf16le += static_cast<char>(c & 0xFF);
    utf16le += static_cast<char>(c >> 8);
  }
  CHECK(one_card(utf16le).name == "Zoë");
  CHECK(one_card("\xEF\xBB\xBF" + utf8).name == "Zoë");
}

TEST_CASE("vcard: anniversaries and people from Outlook, Evolution and vCard 4.0") {
  const auto card = one_card(
      "BEGIN:VCARD\r\n"
      "VERSION:3.0\r\n"
      "FN:Mike\r\n"
      "X-MS-ANNIVERSARY:20120801\r\n"
      "X-MS-SPOUSE:TheSpouse\r\n"
      "X-EVOLUTION-MANAGER:Big Blue\r\n"
      "X-EVOLUTION-ASSISTANT:Little Red\r\n"
      "RELATED;TYPE=child;VALUE=text:Maya\r\n"
      "RELATED;TYPE=child;VALUE=text:Leo\r\n"
      "RELATED;TYPE=spouse:urn:uuid:b8767877-b4a1-4c70-9acc-505d3819e519\r\n"
      "END:VCARD\r\n");
  CHECK(card.dates == std::vector{date("anniversary", 8, 1, 2012)});
  CHECK(card.related ==
        std::vector<rel::Field>{
            {"spouse", "TheSpouse"}, {"manager", "Big Blue"}, {"assistant", "Little Red"}, {"child", "Maya, Leo"}});
}

TEST_CASE("vcard: a soft break at the end of a value does not swallow the next property") {
  // A broken writer ended the address with "=" and went on with ORG; END:VCARD must survive too.
  const auto read = read_vcards(
      "BEGIN:VCARD\r\n"
      "VERSION:2.1\r\n"
      "N:Doctor;Second;;;\r\n"
      "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Stra=C3=9Fe 26=\r\n"
      "ORG:Practice\r\n"
      "NOTE;ENCODING=QUOTED-PRINTABLE:end=\r\n"
      "END:VCARD\r\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].addresses == Strings{"Straße 26"});
  CHECK(read.cards[0].org == "Practice");
  CHECK(read.cards[0].note == "end");
}

TEST_CASE("vcard: a 2.1 AGENT's embedded card is not a card of its own") {
  const auto read = read_vcards(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Boss\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Assistant\r\n"
      "TEL:555\r\nEND:VCARD\r\nEMAIL:boss@example.com\r\nEND:VCARD\r\n");
  CHECK(read.problems.empty());
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].name == "Boss");
  CHECK(read.cards[0].phones.empty());
  CHECK(read.cards[0].emails == Strings{"boss@example.com"});
}

TEST_CASE("vcard: repeated values are kept once and clashing date labels apart") {
  const auto card = one_card(
      "BEGIN:VCARD\nVERSION:3.0\nFN:Twice\nEMAIL:a@example.com\nEMAIL;TYPE=HOME:a@example.com\nTEL:1\nTEL:1\n"
      "BDAY:1980-01-02\nBDAY:1980-01-02\nitem1.X-ABDATE:2001-01-01\nitem1.X-ABLabel:Party\n"
      "item2.X-ABDATE:2002-02-02\nitem2.X-ABLabel:Party\nEND:VCARD\n");
  CHECK(card.emails == Strings{"a@example.com"});
  CHECK(card.phones == Strings{"1"});
  CHECK(card.dates ==
        std::vector{date("birthday", 1, 2, 1980), date("Party", 1, 1, 2001), date("Party 2", 2, 2, 2002)});
}

TEST_CASE("vcard: cards sharing a UID merge into the first") {
  const auto read = read_vcards(
      "BEGIN:VCARD\nVERSION:3.0\nFN:Test User\nUID:u1\nEMAIL:email1@abc.example\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Other\nEMAIL:other@example.com\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:3.0\nFN:Test User\nUID:u1\nEMAIL:thejoe@abc.example\nEMAIL:email1@abc.example\n"
      "URL:test1.url\nBDAY:--0314\nNOTE:second\nEND:VCARD\n");
  const auto merged = rel::interop::merge_same_uid(read.cards);
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].name == "Test User");
  CHECK(merged[0].line == 1);
  CHECK(merged[0].emails == Strings{"email1@abc.example", "thejoe@abc.example"});
  CHECK(merged[0].urls == Strings{"test1.url"});
  CHECK(merged[0].dates == std::vector{date("birthday", 3, 14)});
  CHECK(merged[0].note == "second");
  CHECK(merged[1].name == "Other");
}

TEST_CASE("vcard: Apple company cards and 4.0 KIND are not people") {
  CHECK(one_card("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:ACME Inc.\nEND:VCARD\n").kind == "org");
  CHECK(one_card("BEGIN:VCARD\nVERSION:4.0\nKIND:individual\nFN:Joe\nEND:VCARD\n").kind.empty());
  CHECK(one_card("BEGIN:VCARD\nVERSION:3.0\nFN:Acme\nX-ABShowAs:COMPANY\nEND:VCARD\n").kind == "org");
}

TEST_CASE("vcard: built-in labels get rel's names, the user's own labels stay as typed") {
  const auto card = one_card(
      "BEGIN:VCARD\nVERSION:3.0\nFN:L\n"
      "item1.X-ABDATE:2001-01-01\nitem1.X-ABLabel:VIP\n"
      "item2.X-ABDATE:2002-02-02\nitem2.X-ABLabel:_$!<HomeFAX>!$_\n"
      "item3.X-ABRELATEDNAMES:Ann\nitem3.X-ABLabel:DOMESTIC_PARTNER\n"
      "item4.X-ABRELATEDNAMES:Bob\nitem4.X-ABLabel:_$!<>!$_\n"
      "END:VCARD\n");
  CHECK(card.dates == std::vector{date("VIP", 1, 1, 2001), date("home fax", 2, 2, 2002)});
  CHECK(card.related == std::vector<rel::Field>{{"domestic partner", "Ann"}, {"related", "Bob"}});
}

TEST_CASE("vcard: control characters never reach a card, C1 ones from Windows-1252 included") {
  const auto card = one_card(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252:A\x81"
      "B\x1B"
      "C\r\nEND:VCARD\r\n");
  CHECK(card.name == "A B C");
}
