// Unit tests for the generic CSV reader and writer, and for reading contacts from each exporter's CSV.
#include "rel/interop/csv.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "interop_fixtures.hpp"
#include "rel/interop/card_date.hpp"
#include "rel/interop/csv_reader.hpp"

using rel::ImportantDate;
using rel::interop::Card;
using rel::interop::CardsRead;
using rel::interop::read_contacts_csv;
using rel::interop::read_csv;
using rel::test::date;
using rel::test::messages;
using Strings = std::vector<std::string>;

namespace {

CardsRead read_cleanly(std::string_view text) {
  auto read = read_contacts_csv(text);
  CHECK(messages(read.problems) == "");
  CHECK(messages(read.warnings) == "");
  return read;
}

}  // namespace

TEST_CASE("csv: quoted fields hold separators, line breaks and doubled quotes") {
  const auto table = read_csv("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x\n");
  CHECK(table.problems.empty());
  REQUIRE(table.records.size() == 2);
  CHECK(table.records[0].fields == Strings{"a", "b,c", "say \"hi\""});
  CHECK(table.records[0].line == 1);
  CHECK(table.records[1].fields == Strings{"two\nlines", "", "x"});
  CHECK(table.records[1].line == 2);
}

TEST_CASE("csv: CRLF and LF line ends, a byte order mark, lenient quotes") {
  const auto table = read_csv("\xEF\xBB\xBFName,Note\r\nAna,5\" screen\r\nBo,\"x\"y\n\nCy,\r\n");
  REQUIRE(table.records.size() == 5);
  CHECK(table.records[0].fields == Strings{"Name", "Note"});
  CHECK(table.records[1].fields == Strings{"Ana", "5\" screen"});
  CHECK(table.records[2].fields == Strings{"Bo", "xy"});
  CHECK(table.records[3].fields == Strings{""});
  CHECK(table.records[4].fields == Strings{"Cy", ""});
  CHECK(table.records[4].line == 5);
}

TEST_CASE("csv: a quoted field never closed is a problem at the line it opens") {
  const auto table = read_csv("a,b\n1,\"open\n2,3\n");
  CHECK(table.records.size() == 1);
  CHECK(messages(table.problems) ==
        "2: a quoted field opened on line 2 is never closed: the rest of the file is not read\n");
}

TEST_CASE("csv: the writer quotes what needs quoting, and the reader reads it back") {
  using rel::interop::csv_field;
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\r") == "\"cr\r\"");
  CHECK(csv_field(" padded") == "\" padded\"");
  CHECK(csv_field("padded\t") == "\"padded\t\"");
  CHECK(csv_field("a;b", ';') == "\"a;b\"");
  CHECK(csv_field("a;b") == "a;b");
  const std::vector<std::vector<std::string>> rows = {{"Alice Chen", "a@x.com, b@x.com", "line 1\nline 2"},
                                                      {" lead", "", "\"quoted\""}};
  const auto text = rel::interop::write_csv({"name", "email", "note"}, rows);
  CHECK(text ==
        "name,email,note\r\n"
        "Alice Chen,\"a@x.com, b@x.com\",\"line 1\nline 2\"\r\n"
        "\" lead\",,\"\"\"quoted\"\"\"\r\n");
  const auto table = read_csv(text);
  REQUIRE(table.records.size() == 3);
  CHECK(table.records[1].fields == rows[0]);
  CHECK(table.records[2].fields == rows[1]);
}

TEST_CASE("csv: Google Contacts export, current headers") {
  const auto read = read_cleanly(
      "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,File As,"
      "Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
      "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
      "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Event 1 - Label,Event 1 - Value,"
      "Relation 1 - Label,Relation 1 - Value,Website 1 - Label,Website 1 - Value\n"
      "Zoë,,Ångström,,,,Zo,,Acme,CEO,Sales,--03-14,\"multi\nline\",,* myContacts ::: Friends ::: * starred,"
      "* Home,zoe@x.example ::: z@y.example,Work,zoe@acme.example,Mobile,+46 70 123 45 67 ::: +46 8 555,"
      "Home,\"Storgatan 1\n111 22 Stockholm\nSweden\",Storgatan 1,Stockholm,Anniversary,2012-06-30,"
      "Spouse,Erik,Blog,https://zoe.example\n");
  REQUIRE(read.cards.size() == 1);
  const auto& c = read.cards[0];
  CHECK(c.source == "Google CSV");
  CHECK(c.line == 2);
  CHECK(c.name == "Zoë Ångström");
  CHECK(c.n.given == "Zoë");
  CHECK(c.nicknames == Strings{"Zo"});
  CHECK(c.emails == Strings{"zoe@x.example", "z@y.example", "zoe@acme.example"});
  CHECK(c.phones == Strings{"+46 70 123 45 67", "+46 8 555"});
  CHECK(c.dates == std::vector{date("birthday", 3, 14), date("anniversary", 6, 30, 2012)});
  CHECK(c.related == std::vector<rel::Field>{{"spouse", "Erik"}});
  CHECK(c.org == "Acme");
  CHECK(c.title == "CEO");
  CHECK(c.department == "Sales");
  CHECK(c.note == "multi\nline");
  CHECK(c.categories == Strings{"Friends"});
  CHECK(c.addresses == Strings{"Storgatan 1, 111 22 Stockholm, Sweden"});
  CHECK(c.urls == Strings{"https://zoe.example"});
}

TEST_CASE("csv: Google Contacts export, legacy headers with ::: multi-values") {
  const auto read = read_cleanly(
      "Name,Given Name,Additional Name,Family Name,Yomi Name,Name Prefix,Name Suffix,Nickname,Birthday,Gender,"
      "Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
      "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Event 1 - Type,Event 1 - Value\n"
      "Ben Okafor,Ben,,Okafor,,,,,1990-07-01,,,* My Contacts ::: Family,* Home ::: Work,"
      "ben@home.example ::: ben@work.example,Mobile,+234 801 234 5678,,Okafor & Sons,Owner,Graduation,2012-05-20\n"
      ",Chidi,,Eze,,,,,,,,* My Contacts,* Other,chidi@example.com,,,,,,,\n");
  REQUIRE(read.cards.size() == 2);
  CHECK(read.cards[0].source == "Google CSV");
  CHECK(read.cards[0].name == "Ben Okafor");
  CHECK(read.cards[0].emails == Strings{"ben@home.example", "ben@work.example"});
  CHECK(read.cards[0].phones == Strings{"+234 801 234 5678"});
  CHECK(read.cards[0].org == "Okafor & Sons");
  CHECK(read.cards[0].title == "Owner");
  CHECK(read.cards[0].categories == Strings{"Family"});
  CHECK(read.cards[0].dates == std::vector{date("birthday", 7, 1, 1990), date("Graduation", 5, 20, 2012)});
  CHECK(read.cards[1].name == "Chidi Eze");
  CHECK(read.cards[1].categories.empty());
}

TEST_CASE("csv: Outlook export, byte order mark, every field quoted, M/D/YYYY and 0/0/00") {
  const auto read = read_cleanly(
      "\xEF\xBB\xBF\"First Name\",\"Middle Name\",\"Last Name\",\"Title\",\"Suffix\",\"Nickname\","
      "\"E-mail Address\",\"E-mail Display Name\",\"E-mail 2 Address\",\"E-mail 3 Address\",\"Home Phone\","
      "\"Mobile Phone\",\"Business Phone\",\"Job Title\",\"Company\",\"Department\",\"Birthday\",\"Anniversary\","
      "\"Notes\",\"Spouse\",\"Categories\",\"Home Street\",\"Home City\",\"Home Postal Code\","
      "\"Home Country/Region\",\"Web Page\"\r\n"
      "\"Alice\",\"\",\"Chen\",\"Dr.\",\"\",\"\",\"alice@example.com\",\"Alice Chen (alice@example.com)\","
      "\"ali@acme.example\",\"\",\"\",\"+1 555 0100\",\"(555) 010-0200\",\"COO\",\"Acme\",\"Ops\",\"3/14/1985\","
      "\"0/0/00\",\"Line one\r\nLine two\",\"Ben\",\"client;acme\",\"1 Main St\",\"Springfield\",\"62701\","
      "\"USA\",\"https://acme.example\"\r\n"
      "\"Bob\",\"\",\"Stone\",\"\",\"\",\"\",\"bob@example.com\",\"\",\"\",\"\",\"555-2000\",\"\",\"\",\"\",\"\","
      "\"\",\"0/0/00\",\"0/0/00\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
  REQUIRE(read.cards.size() == 2);
  const auto& a = read.cards[0];
  CHECK(a.source == "Outlook CSV");
  CHECK(a.line == 2);
  CHECK(a.name == "Dr. Alice Chen");
  CHECK(a.n.prefix == "Dr.");
  CHECK(a.title == "COO");
  CHECK(a.emails == Strings{"alice@example.com", "ali@acme.example"});
  CHECK(a.phones == Strings{"+1 555 0100", "(555) 010-0200"});
  CHECK(a.dates == std::vector{date("birthday", 3, 14, 1985)});
  CHECK(a.note == "Line one\nLine two");
  CHECK(a.related == std::vector<rel::Field>{{"spouse", "Ben"}});
  CHECK(a.categories == Strings{"client", "acme"});
  CHECK(a.addresses == Strings{"1 Main St, Springfield, 62701, USA"});
  CHECK(a.urls == Strings{"https://acme.example"});
  // The row after a quoted line break starts on the line after it.
  CHECK(read.cards[1].line == 4);
  CHECK(read.cards[1].name == "Bob Stone");
  CHECK(read.cards[1].dates.empty());
  CHECK(read.cards[1].undated.empty());
}

TEST_CASE("csv: LinkedIn Connections.csv with its notes before the header") {
  const auto read = read_cleanly(
      "Notes:\n"
      "\"When exporting your connection data, you may notice that some of the email addresses are missing. You "
      "will only see email addresses for connections who have allowed their connections to see or download their "
      "email address using this setting https://www.linkedin.com/psettings/privacy/email.\"\n"
      "\n"
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
      "Ana,Lima,https://www.linkedin.com/in/analima,,\"Acme, Inc.\",CTO,12 Mar 2024\n"
      "Bo,Berg,https://www.linkedin.com/in/bo,bo@x.example,,,01 Jan 2020\n");
  REQUIRE(read.cards.size() == 2);
  const auto& a = read.cards[0];
  CHECK(a.source == "LinkedIn CSV");
  CHECK(a.line == 5);
  CHECK(a.name == "Ana Lima");
  CHECK(a.org == "Acme, Inc.");
  CHECK(a.title == "CTO");
  CHECK(a.urls == Strings{"https://www.linkedin.com/in/analima"});
  CHECK(a.emails.empty());
  CHECK(a.since == rel::Date::from_ymd(2024, 3, 12));
  CHECK(read.cards[1].emails == Strings{"bo@x.example"});
  CHECK(read.cards[1].since == rel::Date::from_ymd(2020, 1, 1));
}

TEST_CASE("csv: Thunderbird export with birth year, month and day") {
  const auto read = read_cleanly(
      "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,Home Phone,Fax Number,"
      "Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,"
      "Job Title,Department,Organization,Web Page 1,Birth Year,Birth Month,Birth Day,Custom 1,Notes\n"
      "John,Doe,Johnny D,JD,john@doe.invalid,jd@doe.invalid,+49 30 1,,,,+49 170 2,Hauptstr. 1,,Berlin,,10115,"
      "Germany,Dev,,Doe GmbH,,1980,7,4,x,hi\n"
      "Jane,Doe,,,jane@doe.invalid,,,,,,,,,,,,,,,,,,12,25,,\n");
  REQUIRE(read.cards.size() == 2);
  const auto& john = read.cards[0];
  CHECK(john.source == "Thunderbird CSV");
  CHECK(john.name == "Johnny D");
  CHECK(john.n.given == "John");
  CHECK(john.nicknames == Strings{"JD"});
  CHECK(john.emails == Strings{"john@doe.invalid", "jd@doe.invalid"});
  CHECK(john.phones == Strings{"+49 30 1", "+49 170 2"});
  CHECK(john.addresses == Strings{"Hauptstr. 1, Berlin, 10115, Germany"});
  CHECK(john.dates == std::vector{date("birthday", 7, 4, 1980)});
  CHECK(john.org == "Doe GmbH");
  CHECK(john.title == "Dev");
  CHECK(john.note == "hi");
  // No birth year: no year, never an invented one.
  CHECK(read.cards[1].name == "Jane Doe");
  CHECK(read.cards[1].dates == std::vector{date("birthday", 12, 25)});
}

TEST_CASE("csv: a semicolon-separated file is read with its own separator") {
  const auto read = read_cleanly(
      "Display Name;First Name;Last Name;Primary Email;Notes\n"
      "John Doe;John;Doe;john@doe.invalid;\"a; b\"\n"
      "Jane Doe;Jane;Doe;jane@doe.invalid;\n");
  REQUIRE(read.cards.size() == 2);
  CHECK(read.cards[0].name == "John Doe");
  CHECK(read.cards[0].emails == Strings{"john@doe.invalid"});
  CHECK(read.cards[0].note == "a; b");
  CHECK(read.cards[1].line == 3);
  const auto tabs = read_cleanly("Name\tEmail\nAna\tana@example.com\n");
  REQUIRE(tabs.cards.size() == 1);
  CHECK(tabs.cards[0].emails == Strings{"ana@example.com"});
}

TEST_CASE("csv: a plain spreadsheet, headers in any case and with synonyms") {
  const auto read = read_cleanly(
      "FULL NAME,E-Mail,Mobile,Date of Birth,Comments,Company,tags\n"
      "Carla Ruiz,carla@x.example; c.ruiz@y.example,+34 600 000 000,1985-03-14,likes tea,Ruiz SL,\"a ::: b\"\n");
  REQUIRE(read.cards.size() == 1);
  const auto& c = read.cards[0];
  CHECK(c.source == "CSV");
  CHECK(c.name == "Carla Ruiz");
  CHECK(c.emails == Strings{"carla@x.example", "c.ruiz@y.example"});
  CHECK(c.phones == Strings{"+34 600 000 000"});
  CHECK(c.dates == std::vector{date("birthday", 3, 14, 1985)});
  CHECK(c.note == "likes tea");
  CHECK(c.org == "Ruiz SL");
  CHECK(c.categories == Strings{"a", "b"});
}

TEST_CASE("csv: rows with nothing rel can use are reported with their line") {
  const auto read =
      read_contacts_csv("Name,Email,Notes\nAna,,\n,,,\n,,only a note\n\"\",\"\",\"\"\nBo,bo@x.example,\n");
  REQUIRE(read.cards.size() == 2);
  CHECK(read.cards[1].line == 6);
  CHECK(messages(read.problems) == "4: row has no name, email, phone or organisation: skipped\n");
}

TEST_CASE("csv: slash dates are read in the order the file settles, and never guessed") {
  SUBCASE("a day over 12 elsewhere in the file settles day first") {
    const auto read = read_cleanly("Name,Birthday\nA,03/04/1985\nB,14/02/1990\nC,3/4\n");
    CHECK(read.cards[0].dates == std::vector{date("birthday", 4, 3, 1985)});
    CHECK(read.cards[1].dates == std::vector{date("birthday", 2, 14, 1990)});
    CHECK(read.cards[2].dates == std::vector{date("birthday", 4, 3)});
  }
  SUBCASE("nothing settles it: kept as text, with a warning") {
    const auto read = read_contacts_csv("Name,Birthday\nA,03/04/1985\nB,5/5/1990\n");
    CHECK(read.cards[0].dates.empty());
    CHECK(read.cards[0].undated == std::vector<rel::Field>{{"birthday", "03/04/1985"}});
    CHECK(read.cards[1].dates == std::vector{date("birthday", 5, 5, 1990)});
    CHECK(messages(read.warnings) ==
          "2: birthday \"03/04/1985\" could be read day first or month first: kept as text (write it as "
          "YYYY-MM-DD)\n");
  }
  SUBCASE("Outlook writes month first") {
    const auto read = read_cleanly("First Name,E-mail Address,Birthday\nA,a@x.example,3/4/1985\n");
    CHECK(read.cards[0].dates == std::vector{date("birthday", 3, 4, 1985)});
  }
  SUBCASE("a two-digit year is dropped, not given a century") {
    const auto read = read_contacts_csv("Name,Birthday\nA,3/14/85\n");
    CHECK(read.cards[0].dates == std::vector{date("birthday", 3, 14)});
    CHECK(messages(read.warnings) == "2: birthday \"3/14/85\" has a two-digit year: kept without the year\n");
  }
  SUBCASE("text is not a date") {
    const auto read = read_contacts_csv("Name,Birthday\nA,sometime in May\n");
    CHECK(read.cards[0].undated == std::vector<rel::Field>{{"birthday", "sometime in May"}});
  }
}

TEST_CASE("csv: the dates spreadsheets write") {
  using rel::interop::DayMonthOrder;
  using rel::interop::parse_written_date;
  using Trouble = rel::interop::WrittenDate::Trouble;
  auto read = [](std::string_view text, DayMonthOrder order = DayMonthOrder::unknown) {
    return parse_written_date(text, order).date;
  };
  CHECK(read("1985-03-14") == date("", 3, 14, 1985));
  CHECK(read("--03-14") == date("", 3, 14));
  CHECK(read("14.03.1985") == date("", 3, 14, 1985));
  CHECK(read("14 March 1985") == date("", 3, 14, 1985));
  CHECK(read("March 14, 1985") == date("", 3, 14, 1985));
  CHECK(read("12 Mar 2024") == date("", 3, 12, 2024));
  CHECK(read("Sept. 3rd") == date("", 9, 3));
  CHECK(read("3/14/1985 0:00:00") == date("", 3, 14, 1985));
  CHECK(read("2024/03/12") == date("", 3, 12, 2024));
  CHECK(read("3/4/1985", DayMonthOrder::month_first) == date("", 3, 4, 1985));
  CHECK(read("3/4/1985", DayMonthOrder::day_first) == date("", 4, 3, 1985));
  CHECK(parse_written_date("3/4/1985", DayMonthOrder::unknown).trouble == Trouble::ambiguous);
  CHECK(parse_written_date("0/0/00", DayMonthOrder::month_first).trouble == Trouble::empty);
  CHECK(parse_written_date("2/30/1985", DayMonthOrder::month_first).trouble == Trouble::not_a_date);
  CHECK(rel::interop::slash_order_of({"1/2/2000", "13/1/1999"}) == DayMonthOrder::day_first);
  CHECK(rel::interop::slash_order_of({"1/2/2000", "1/13/1999"}) == DayMonthOrder::month_first);
  CHECK(rel::interop::slash_order_of({"13/2/2000", "1/13/1999"}) == DayMonthOrder::unknown);
  // A month of many digits (found by the address_book fuzzer) is read without overflowing, and says
  // nothing about the order.
  CHECK(rel::interop::slash_order_of({"0/99999999999999919999/00", "1/2/2000"}) == DayMonthOrder::unknown);
  CHECK(rel::interop::slash_order_of({"1/99999999999999919999/00", "13/1/1999"}) == DayMonthOrder::day_first);
}

TEST_CASE("csv: a file without a header rel knows is refused clearly") {
  const auto read = read_contacts_csv("Alice,alice@example.com\nBob,bob@example.com\n");
  CHECK(read.cards.empty());
  CHECK(messages(read.problems) ==
        "1: no header line naming columns rel knows (such as Name, First Name, Email, Phone) in the first lines: "
        "nothing read\n");
  CHECK(messages(read_contacts_csv(std::string("PK\x03\x04\0\0", 6)).problems) ==
        "1: not a CSV file: it holds binary data\n");
}

TEST_CASE("csv: a Windows-1252 file is converted, with a warning") {
  const auto read = read_contacts_csv("Name,Email\nJos\xE9 Mu\xF1oz,jose@example.com\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(read.cards[0].name == "José Muñoz");
  CHECK(messages(read.warnings) == "0: the file is not UTF-8: read as Windows-1252 (Western European)\n");
}

TEST_CASE("csv: fields past the header are reported, not read") {
  const auto read = read_contacts_csv("Name,Email\nAna,ana@example.com,extra\n");
  REQUIRE(read.cards.size() == 1);
  CHECK(messages(read.warnings) == "2: row has 3 fields and the header 2: the last 1 are not read\n");
}
