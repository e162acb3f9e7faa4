#include "rel/interop/mail.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "interop_fixtures.hpp"
#include "local_time_zone.hpp"

namespace fs = std::filesystem;
using rel::test::crlf;
using namespace std::string_literals;
using rel::Date;
using rel::LocalTimeZone;
using rel::Timestamp;
using rel::interop::classify_mail;
using rel::interop::is_no_reply;
using rel::interop::MailAddress;
using rel::interop::MailKind;
using rel::interop::MessageHeaders;
using rel::interop::read_maildir;
using rel::interop::read_mbox;
using rel::interop::read_mbox_text;
using rel::interop::read_message_headers;

namespace {

constexpr std::string_view from_juergen = R"(Return-Path: <juergen.mueller@example.de>
Received: from mx.example.de (mx.example.de [192.0.2.1])
	by mail.example.com with ESMTPS id 4F2B
	for <alice@example.com>; Mon, 2 Nov 2026 10:15:02 +0100
From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@Example.DE>
To: "Chen, Alice" <alice@example.com>, =?ISO-8859-1?B?Sm9z6SBHYXJj7WE=?= <jose@example.es>
Cc: Team: bob@example.com, "Doe, Jane" <Jane@Example.com>;,
 carol@example.org (Carol Z)
Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus?=
 =?UTF-8?Q?_Berlin?= and the
  flat guide
Date: Mon, 2 Nov 2026 10:15:00 +0100
Message-ID: <CAF1234.5678@mail.example.de>
In-Reply-To: <abc@example.com>
References: <root@example.com>
	<abc@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

SECRET-BODY: the flat is on Torstrasse.
From: someone@example.com (a body line that looks like a header)
)";

// Every text a returned message holds, to show that nothing of a body got into one.
std::string all_text(const MessageHeaders& m) {
  std::string text = m.where.file + m.from.email + m.from.name + m.message_id + m.in_reply_to + m.subject + m.list_id +
                     m.precedence + m.auto_submitted;
  for (const auto* list : {&m.to, &m.cc})
    for (const auto& a : *list) text += a.email + a.name;
  for (const auto& r : m.references) text += r;
  return text;
}

// A folder under $TMPDIR named rel-test-*, removed with everything in it.
struct TempFolder {
  fs::path path;
  explicit TempFolder(std::string_view what)
      : path(fs::temp_directory_path() / ("rel-test-" + std::string(what) + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
  void write(const fs::path& relative, std::string_view text) const {
    fs::create_directories((path / relative).parent_path());
    std::ofstream(path / relative, std::ios::binary) << text;
  }
};

std::string message(std::string_view headers, std::string_view body = "Hello.\n") {
  return std::string(headers) + "\n" + std::string(body);
}

}  // namespace

TEST_CASE("mail: the headers of one message, with encoded names, groups and folded fields") {
  LocalTimeZone zone("Europe/Berlin");
  auto m = read_message_headers(crlf(from_juergen), "juergen.eml");
  CHECK(m.where.file == "juergen.eml");
  CHECK(m.from == MailAddress{"juergen.mueller@example.de", "Jürgen Müller"});
  CHECK(m.to == std::vector<MailAddress>{{"alice@example.com", "Chen, Alice"}, {"jose@example.es", "José García"}});
  CHECK(m.cc == std::vector<MailAddress>{
                    {"bob@example.com", ""}, {"jane@example.com", "Doe, Jane"}, {"carol@example.org", "Carol Z"}});
  CHECK(m.subject == "Grüße aus Berlin and the  flat guide");  // unfolding keeps the fold's own space
  CHECK(m.date_utc == 1'793'610'900);
  CHECK(m.date_local == Timestamp{*Date::from_ymd(2026, 11, 2), 10 * 60 + 15});
  CHECK(m.message_id == "CAF1234.5678@mail.example.de");
  CHECK(m.in_reply_to == "abc@example.com");
  CHECK(m.references == std::vector<std::string>{"root@example.com", "abc@example.com"});
  CHECK(m.list_id.empty());
  CHECK(classify_mail(m) == MailKind::personal);
  CHECK(all_text(m).find("SECRET-BODY") == std::string::npos);
  CHECK(all_text(m).find("someone@") == std::string::npos);

  // The same message with LF line ends, and its local date in another zone.
  LocalTimeZone new_york("America/New_York");
  auto lf = read_message_headers(from_juergen);
  CHECK(lf.subject == m.subject);
  CHECK(lf.cc == m.cc);
  CHECK(lf.date_local == Timestamp{*Date::from_ymd(2026, 11, 2), 4 * 60 + 15});
}

TEST_CASE("mail: odd but readable headers") {
  auto m = read_message_headers(
      "From alice@example.com Mon Nov  2 10:15:00 2026\n"  // an mbox envelope line saved with the message
      "from: Alice <ALICE@example.com>\n"
      "Subject : Re: [ext]  lunch? \n"
      "To: a@example.com\n"
      "To: b@example.com\n"
      "Date: someday soon\n"
      "Message-Id: no-angle-brackets@example.com\n"
      "In-Reply-To: <first@example.com> <second@example.com>\n"
      "Auto-Submitted: no\n"
      "\n");
  CHECK(m.from == MailAddress{"alice@example.com", "Alice"});
  CHECK(m.subject == "Re: [ext]  lunch?");
  CHECK(m.to == std::vector<MailAddress>{{"a@example.com", ""}, {"b@example.com", ""}});
  CHECK_FALSE(m.date_utc.has_value());
  CHECK_FALSE(m.date_local.has_value());
  CHECK(m.message_id == "no-angle-brackets@example.com");
  CHECK(m.in_reply_to == "first@example.com");
  CHECK(m.auto_submitted == "no");
  CHECK(classify_mail(m) == MailKind::personal);

  // Headers with no body and no empty line; an undisclosed list.
  auto bare = read_message_headers("From: x@example.com\r\nTo: undisclosed-recipients:;\r\nSubject: hi");
  CHECK(bare.from.email == "x@example.com");
  CHECK(bare.to.empty());
  CHECK(bare.subject == "hi");
}

TEST_CASE("mail: 8-bit header bytes come out as UTF-8, whatever they are") {
  // Latin-1, which GMime reads from its fallback charset; bytes shaped like UTF-8 that are not (a
  // code point past U+10FFFF), which it passes on and rel replaces; message ids, whose bytes it
  // leaves alone, read as Windows-1252 so that two ids stay two (fuzz finding).
  auto m = read_message_headers(
      "From: \"Bo \xf6\xac\x8a\xa3\" <bo@example.com>\n"
      "Subject: caf\xe9 \xf6\xac\x8a\xa3 time\n"
      "List-Id: team\xf7\x80\x80\x80 <team.example.com>\n"
      "Message-ID: <a\xe9@example.com>\n"
      "In-Reply-To: <b\xf6\xac\x8a\xa3@example.com>\n"
      "References: <c\xe8@example.com> <d@example.com>\n"
      "\n");
  CHECK(m.from == MailAddress{"bo@example.com", "Bo \uFFFD\uFFFD\uFFFD\uFFFD"});
  CHECK(m.subject == "café \uFFFD\uFFFD\uFFFD\uFFFD time");
  CHECK(m.list_id == "team\uFFFD\uFFFD\uFFFD\uFFFD <team.example.com>");
  CHECK(m.message_id == "aé@example.com");
  CHECK(m.in_reply_to == "bö¬Š£@example.com");
  CHECK(m.references == std::vector<std::string>{"cè@example.com", "d@example.com"});
  CHECK(read_message_headers("Message-ID: <a\xe9@example.com>\n").message_id !=
        read_message_headers("Message-ID: <a\xe8@example.com>\n").message_id);
}

TEST_CASE("mail: lists, bulk, automatic replies and no-reply senders are told apart") {
  auto kind = [](std::string_view headers) { return classify_mail(read_message_headers(headers)); };
  CHECK(kind("From: a@example.com\nList-Id: Rust users <users.rust-lang.org>\n") == MailKind::mailing_list);
  CHECK(kind("From: a@example.com\nPrecedence: list\n") == MailKind::mailing_list);
  CHECK(kind("From: a@example.com\nPrecedence: Bulk\n") == MailKind::bulk);
  CHECK(kind("From: a@example.com\nPrecedence: junk\n") == MailKind::bulk);
  CHECK(kind("From: news@shop.example\nList-Unsubscribe: <mailto:unsub@shop.example>\n") == MailKind::bulk);
  CHECK(kind("From: alice@example.com\nAuto-Submitted: auto-replied; owner-email=\"alice@example.com\"\n") ==
        MailKind::automatic);
  CHECK(kind("From: alice@example.com\nAuto-Submitted: auto-generated\n") == MailKind::automatic);
  CHECK(kind("From: alice@example.com\nX-Autoreply: yes\n") == MailKind::automatic);
  CHECK(kind("From: alice@example.com\nAuto-Submitted: no\n") == MailKind::personal);
  CHECK(kind("From: GitHub <noreply@github.com>\n") == MailKind::no_reply);
  CHECK(kind("From: Alice <alice@example.com>\n") == MailKind::personal);

  auto list = read_message_headers("From: a@example.com\nList-Id: =?UTF-8?Q?B=C3=BCcher?= <books.example.org>\n");
  CHECK(list.list_id == "Bücher <books.example.org>");
  CHECK(rel::interop::to_string(MailKind::mailing_list) == "mailing list");
}

TEST_CASE("mail: no-reply addresses") {
  for (auto address :
       {"noreply@github.com", "no-reply@accounts.google.com", "No_Reply@Example.com", "do-not-reply@bank.example",
        "donotreply@x.example", "calendar-noreply@google.com", "MAILER-DAEMON@mx.example.com", "postmaster@example.com",
        "notifications@github.com", "notification@facebookmail.com", "bounces+12345@mail.example.com",
        "bounce-abc@example.com", "alice@bounces.example.com"})
    CHECK_MESSAGE(is_no_reply(address), address);
  for (auto address : {"alice@example.com", "replies@example.com", "notes@example.com", "bob.no@example.com",
                       "info@bouncers.example", "", "not-an-address"})
    CHECK_FALSE_MESSAGE(is_no_reply(address), address);
}

TEST_CASE("mail: text that is no message is refused") {
  CHECK_THROWS_WITH_AS(read_message_headers("", "empty.eml"), "empty.eml:1: not a mail message: no header fields",
                       rel::Error);
  CHECK_THROWS_WITH_AS(read_message_headers("Dear Alice,\nhow are you?\n", "letter.txt"),
                       "letter.txt:1: not a mail message: no header fields", rel::Error);
  CHECK_THROWS_WITH_AS(read_message_headers(std::string_view("From: a@x\nSubject: \0\x01\x02\n", 23), "bin"),
                       "bin:1: not a mail message: binary bytes in its headers", rel::Error);
  CHECK_THROWS_AS(read_message_headers("\n\nFrom: a@example.com\n"), rel::Error);  // empty headers, then a body
}

TEST_CASE("mail: a maildir's cur/ and new/ are read, tmp/ and dot files are not, damaged files are named") {
  LocalTimeZone zone("UTC");
  TempFolder maildir("maildir");
  maildir.write("cur/1793610900.M1P1.host:2,S", crlf(from_juergen));
  maildir.write("new/1793700000.M2P1.host",
                message("From: Rust users <users@rust-lang.example>\nList-Id: <users.rust-lang.example>\n"
                        "Subject: [rust] weekly\nMessage-ID: <w@rust>\n",
                        "SECRET-BODY\n"));
  maildir.write("tmp/1793800000.M3P1.host", message("From: half@delivered.example\n"));
  maildir.write("cur/.dovecot-uidlist-lock", "not a message");
  maildir.write("cur/1793900000.M4P1.host:2,", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  // Headers larger than a read piece, so that the end of the headers is found in a later one.
  std::string long_headers = "From: Long <long@example.com>\n";
  for (int k = 0; k < 400; ++k) long_headers += "Received: from relay" + std::to_string(k) + ".example by x\n";
  long_headers += "Subject: many hops\n";
  maildir.write("new/1793999999.M5P1.host", message(long_headers, "SECRET-BODY\n"));

  auto read = read_maildir(maildir.path);
  REQUIRE(read.messages.size() == 3);
  CHECK(read.messages[0].where.file == (maildir.path / "cur/1793610900.M1P1.host:2,S").string());
  CHECK(read.messages[0].from.email == "juergen.mueller@example.de");
  CHECK(read.messages[1].where.file == (maildir.path / "new/1793700000.M2P1.host").string());
  CHECK(classify_mail(read.messages[1]) == MailKind::mailing_list);
  CHECK(read.messages[2].subject == "many hops");
  REQUIRE(read.problems.size() == 1);
  CHECK(read.problems[0].describe() ==
        (maildir.path / "cur/1793900000.M4P1.host:2,").string() + ": message skipped: no header fields");
  for (const auto& m : read.messages) CHECK(all_text(m).find("SECRET-BODY") == std::string::npos);

  // A filter keeps only what the importer wants, asked on the reading threads.
  std::atomic<int> asked{0};
  auto personal = read_maildir(maildir.path, [&](const MessageHeaders& m) {
    ++asked;
    return classify_mail(m) == MailKind::personal;
  });
  CHECK(asked == 3);
  CHECK(personal.messages.size() == 2);

  CHECK_THROWS_WITH_AS(read_maildir(maildir.path / "cur"),
                       ((maildir.path / "cur").string() + ": not a maildir: it has no cur/ or new/ folder").c_str(),
                       rel::Error);
}

TEST_CASE("mail: an mbox file is cut at its From lines, never at a body's") {
  LocalTimeZone zone("UTC");
  std::string mbox = "From juergen.mueller@example.de Mon Nov  2 10:15:02 2026\n" + std::string(from_juergen) +
                     "\n"
                     "From alice@example.com Tue Nov  3 23:30:00 2026\n"
                     "From: Alice Chen <alice@example.com>\n"
                     "To: =?UTF-8?Q?J=C3=BCrgen?= <juergen.mueller@example.de>\n"
                     "Subject: Re: Grüße\n"
                     "Date: Tue, 03 Nov 2026 23:30:00 +0000\n"
                     "Message-ID: <reply-1@example.com>\n"
                     "In-Reply-To: <CAF1234.5678@mail.example.de>\n"
                     "\n"
                     "SECRET-BODY thanks!\n"
                     ">From the flat: a quoted line, as mbox writers quote them\n"
                     "\n"
                     "From here on, an unquoted line that is not followed by a header.\n"
                     "It stays in the body.\n"
                     "\n"
                     "From bin@example.com Wed Nov  4 09:00:00 2026\n"
                     "Subject: broken\n"
                     "X-Junk: \x01\x02\0\x03\n"
                     "\n"
                     "From bob@example.com Wed Nov  4 10:00:00 2026\n"
                     "From: bob@example.com\n"
                     "Subject: last, no empty line at the end"s;  // a string literal: the NUL above is part of it
  TempFolder folder("mbox");
  folder.write("Inbox", mbox);

  auto read = read_mbox(folder.path / "Inbox");
  REQUIRE(read.messages.size() == 3);
  CHECK(read.messages[0].where == rel::Location{(folder.path / "Inbox").string(), 1, 0});
  CHECK(read.messages[0].from.name == "Jürgen Müller");
  const auto& reply = read.messages[1];
  CHECK(reply.where.line == 24);
  CHECK(reply.from == MailAddress{"alice@example.com", "Alice Chen"});
  CHECK(reply.to == std::vector<MailAddress>{{"juergen.mueller@example.de", "Jürgen"}});
  CHECK(reply.subject == "Re: Grüße");  // raw UTF-8 in a header is read as such
  CHECK(reply.date_utc == 1'793'748'600);
  CHECK(reply.in_reply_to == "CAF1234.5678@mail.example.de");
  CHECK(read.messages[2].where.line == 42);
  CHECK(read.messages[2].subject == "last, no empty line at the end");
  REQUIRE(read.problems.size() == 1);
  CHECK(read.problems[0].describe() ==
        (folder.path / "Inbox").string() + ":38: message skipped: binary bytes in its headers");
  for (const auto& m : read.messages) CHECK(all_text(m).find("SECRET-BODY") == std::string::npos);

  auto from_memory = read_mbox_text(mbox, "-");
  CHECK(from_memory.messages.size() == 3);
  CHECK(from_memory.messages[1].where == rel::Location{"-", 24, 0});

  CHECK(read_mbox_text("", "-").messages.empty());
  CHECK_THROWS_WITH_AS(read_mbox_text("Subject: not an mbox\n", "x.mbox"),
                       "x.mbox:1: not an mbox file: it does not begin with a \"From \" line", rel::Error);
  CHECK_THROWS_AS(read_mbox(folder.path / "missing"), rel::Error);
}
