// Unit tests for the vCard 3.0 writer, its round trip through the reader, and the charset helpers.
#include "rel/interop/vcard_writer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/interop/card.hpp"
#include "rel/interop/charset.hpp"
#include "rel/interop/vcard_reader.hpp"

using rel::ImportantDate;
using rel::interop::Card;
using rel::interop::read_vcards;
using rel::interop::write_vcard;
using rel::interop::write_vcards;
using rel::test::date;

namespace {

Card alice() {
  Card card;
  card.name = "Alice Chen";
  card.n.family = "Chen";
  card.n.given = "Alice";
  card.nicknames = {"Ali", "Dr. C"};
  card.emails = {"alice@example.com", "Ali@Acme.example"};
  card.phones = {"+1 555 0100"};
  card.dates = {date("birthday", 3, 14, 1985), date("wedding anniversary", 6, 30), date("anniversary", 1, 2, 2012)};
  card.org = "Acme, Inc.";
  card.department = "Ops";
  card.title = "COO";
  card.categories = {"client", "acme;west"};
  card.note = "Lunch at Nopa.\nMoving to Berlin; C:\\path";
  card.uid = "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1";
  return card;
}

}  // namespace

TEST_CASE("vcard writer: 3.0 with CRLF, escapes and every field") {
  CHECK(write_vcard(alice()) ==
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "FN:Alice Chen\r\n"
        "N:Chen;Alice;;;\r\n"
        "NICKNAME:Ali,Dr. C\r\n"
        "EMAIL;TYPE=INTERNET:alice@example.com\r\n"
        "EMAIL;TYPE=INTERNET:Ali@Acme.example\r\n"
        "TEL:+1 555 0100\r\n"
        "BDAY:1985-03-14\r\n"
        "item1.X-ABDATE:--0630\r\n"
        "item1.X-ABLabel:wedding anniversary\r\n"
        "item2.X-ABDATE:2012-01-02\r\n"
        "item2.X-ABLabel:_$!<Anniversary>!$_\r\n"
        "ORG:Acme\\, Inc.;Ops\r\n"
        "TITLE:COO\r\n"
        "CATEGORIES:client,acme\\;west\r\n"
        "NOTE:Lunch at Nopa.\\nMoving to Berlin\\; C:\\\\path\r\n"
        "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
        "END:VCARD\r\n");
}

TEST_CASE("vcard writer: a birthday without a year is --MMDD, never a made-up year") {
  Card card;
  card.name = "Ben";
  card.dates = {date("birthday", 2, 29)};
  const auto text = write_vcard(card);
  CHECK(text.find("\r\nBDAY:--0229\r\n") != std::string::npos);
  CHECK(read_vcards(text).cards.at(0).dates == card.dates);
}

TEST_CASE("vcard writer: lines fold at 75 octets and never inside a UTF-8 character") {
  Card card;
  card.name = "Zoë";
  card.note = std::string(70, 'a') + "ééééé" + std::string(200, 'b') + "日本語のメモ";
  const auto text = write_vcard(card);
  size_t start = 0;
  int continuation_lines = 0;
  while (start < text.size()) {
    const auto end = text.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    const auto line = std::string_view(text).substr(start, end - start);
    CHECK(line.size() <= 75);
    // No line starts or ends inside a character: its first byte (after a fold's space) is no continuation byte.
    auto body = line.starts_with(' ') ? line.substr(1) : line;
    if (!body.empty()) CHECK((static_cast<unsigned char>(body.front()) & 0xC0) != 0x80);
    if (line.starts_with(' ')) ++continuation_lines;
    start = end + 2;
  }
  CHECK(continuation_lines == 4);
  CHECK(rel::interop::is_valid_utf8(text));
  CHECK(read_vcards(text).cards.at(0).note == card.note);
}

TEST_CASE("vcard writer: a round trip through the reader gives the cards back") {
  Card bare;
  bare.name = "李小龍";
  bare.phones = {"+852 1234 5678 ext. 9"};
  Card related = alice();
  related.name = "";  // FN is then composed from N
  related.related = {{"spouse", "Ben"}, {"child", "Maya, Leo"}};
  related.urls = {"https://acme.example/a,b"};
  related.addresses = {"1 Main St, Springfield, 62701, USA"};
  related.kind = "org";
  const std::vector<Card> cards = {alice(), bare, related};

  const auto read = read_vcards(write_vcards(cards));
  CHECK(read.problems.empty());
  CHECK(read.warnings.empty());
  REQUIRE(read.cards.size() == cards.size());
  for (size_t i = 0; i < cards.size(); ++i) {
    CAPTURE(i);
    const auto& in = cards[i];
    const auto& out = read.cards[i];
    CHECK(out.name == (in.name.empty() ? rel::interop::compose_name(in.n) : in.name));
    CHECK(out.n == in.n);
    CHECK(out.nicknames == in.nicknames);
    CHECK(out.emails == in.emails);
    CHECK(out.phones == in.phones);
    CHECK(out.dates == in.dates);
    CHECK(out.org == in.org);
    CHECK(out.department == in.department);
    CHECK(out.title == in.title);
    CHECK(out.note == in.note);
    CHECK(out.categories == in.categories);
    CHECK(out.urls == in.urls);
    CHECK(out.addresses == in.addresses);
    CHECK(out.related == in.related);
    CHECK(out.kind == in.kind);
    CHECK(out.uid == in.uid);
    CHECK(out.source == "vCard 3.0");
  }
  CHECK(read.cards[2].name == "Alice Chen");
}

TEST_CASE("vcard charset: quoted-printable, base64 and Windows-1252") {
  using namespace rel::interop;
  CHECK(decode_quoted_printable("caf=C3=A9 =3D ok") == "café = ok");
  CHECK(decode_quoted_printable("=c3=a9") == "é");
  CHECK(decode_quoted_printable("50=% off=") == "50=% off");
  CHECK(decode_base64("SGVs\r\n bG8=") == "Hello");
  CHECK_FALSE(decode_base64("SGVs*G8=").has_value());
  CHECK(windows_1252_to_utf8("\x80 \x93x\x94 \xE9") == "\u20AC \u201Cx\u201D \u00E9");
  CHECK(is_valid_utf8("Zoë 日本"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a surrogate
  CHECK_FALSE(is_valid_utf8("\xE5\x8D"));      // cut short
  CHECK(replace_invalid_utf8("a\xFFz") == "a\uFFFDz");
  bool replaced = false;
  CHECK(to_utf8("\xA4", "ISO-8859-15", replaced) == "\u20AC");
  CHECK(to_utf8("Gr\xFC\xDF", "", replaced) == "Grüß");
  CHECK_FALSE(replaced);
  CHECK_FALSE(to_utf8("\x82\xA0", "Shift_JIS", replaced).has_value());
}
