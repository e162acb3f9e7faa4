// Pins what a calendar or mail import decides before it writes: which events and messages become
// entries for whom, which are left out and why, what counts as already there, and the suggestions.
#include "rel/imports/activity.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rel/journal/contact_codec.hpp"
#include "rel/journal/yaml_tree.hpp"

using namespace rel;
using namespace rel::imports;
using Strings = std::vector<std::string>;

namespace {

Contact person(std::string id, std::string name, Strings emails) {
  Contact c;
  c.id = std::move(id);
  c.name = std::move(name);
  c.emails = std::move(emails);
  return c;
}

Timestamp at(const char* date, int hour, int minute = 0) { return {*Date::parse_iso(date), hour * 60 + minute}; }

ActivityOptions options() {
  ActivityOptions o;
  o.me = {"me@example.com", "Me@Work.example"};
  o.since = *Date::parse_iso("2026-08-25");
  o.now = at("2026-11-23", 12);
  return o;
}

interop::Attendee attendee(std::string email, interop::Participation p = interop::Participation::accepted,
                           interop::AttendeeKind kind = interop::AttendeeKind::individual) {
  interop::Attendee a;
  a.person.email = std::move(email);
  a.participation = p;
  a.kind = kind;
  return a;
}

interop::CalendarEvent event(std::string uid, Timestamp start, std::string organizer,
                             std::vector<interop::Attendee> people) {
  interop::CalendarEvent e;
  e.uid = std::move(uid);
  e.start = start;
  e.summary = "Title of " + e.uid;
  e.organizer.email = std::move(organizer);
  e.attendees = std::move(people);
  return e;
}

interop::MessageHeaders message(std::string id, Timestamp when, std::string from, Strings to) {
  interop::MessageHeaders m;
  m.where.file = "INBOX/cur/" + id;
  m.message_id = id + "@mail.example";
  m.date_local = when;
  m.date_utc = std::int64_t{when.date.days_since_epoch()} * 86400 + *when.minute_of_day * 60;
  m.from.email = std::move(from);
  for (auto& t : to) m.to.push_back({std::move(t), ""});
  m.subject = "Subject " + id;
  return m;
}

const std::vector<Contact> people_known = {person("alice", "Alice Chen", {"alice@example.com"}),
                                           person("bob", "Bob Stone", {"bob@example.com", "BOB@home.example"})};

auto nobody_taken = [](const std::string&) { return false; };

ActivityPlan calendar(std::vector<interop::CalendarEvent> events, const ActivityOptions& o = options(),
                      const std::vector<Contact>& contacts = people_known) {
  return plan_activity(contacts, {{"work.ics", std::move(events), {}}}, {}, o, nobody_taken);
}

ActivityPlan mailbox(std::vector<interop::MessageHeaders> messages, const ActivityOptions& o = options(),
                     const std::vector<Contact>& contacts = people_known) {
  return plan_activity(contacts, {}, {sieve_mailbox("INBOX", std::move(messages), o)}, o, nobody_taken);
}

}  // namespace

TEST_CASE("a past meeting I organised is a meeting by me for each contact, with the others") {
  auto plan = calendar({event("u1", at("2026-11-20", 10), "me@example.com",
                              {attendee("ALICE@example.com"), attendee("bob@home.example"), attendee("x@y.org")})});
  REQUIRE(plan.contacts.size() == 2);
  CHECK(plan.contacts[0].id == "alice");
  CHECK(plan.contacts[0].kind == Planned::Kind::updated);
  REQUIRE(plan.contacts[0].gains.log.size() == 1);
  const auto& e = plan.contacts[0].gains.log[0];
  CHECK(e.when == at("2026-11-20", 10));
  CHECK(e.via == Via::meeting);
  CHECK(e.by == By::me);
  CHECK(e.with == Strings{"bob"});
  CHECK(e.note == "Title of u1");
  CHECK(e.ref == "ics:u1");
  CHECK(plan.contacts[1].gains.log[0].with == Strings{"alice"});
  CHECK(activity_summary(plan) == "2 logged for 2 contacts, 0 already there");
}

TEST_CASE("an invitation from a contact is by them; an online one is video") {
  auto e = event("u2", at("2026-11-20", 10), "alice@example.com", {attendee("me@work.example")});
  e.online = true;
  auto plan = calendar({e});
  REQUIRE(plan.contacts.size() == 1);
  CHECK(plan.contacts[0].gains.log[0].by == By::them);
  CHECK(plan.contacts[0].gains.log[0].via == Via::video);
}

TEST_CASE("events left out: cancelled, all-day, future, declined, without me, large, solo, no contact") {
  auto base = [](std::string uid) {
    return event(std::move(uid), at("2026-11-20", 10), "me@example.com", {attendee("alice@example.com")});
  };
  auto cancelled = base("c");
  cancelled.cancelled = true;
  auto all_day = base("a");
  all_day.all_day = true;
  all_day.start.minute_of_day.reset();
  auto future = base("f");
  future.start = at("2026-11-23", 15);
  auto declined = event("d", at("2026-11-20", 10), "alice@example.com",
                        {attendee("me@example.com", interop::Participation::declined)});
  auto not_mine = event("n", at("2026-11-20", 10), "carol@example.com", {attendee("alice@example.com")});
  std::vector<interop::Attendee> crowd = {attendee("alice@example.com")};
  for (int k = 0; k < 8; ++k) crowd.push_back(attendee("p" + std::to_string(k) + "@example.com"));
  auto large = event("l", at("2026-11-20", 10), "me@example.com", crowd);
  auto solo = event("s", at("2026-11-20", 10), "me@example.com",
                    {attendee("alice@example.com", interop::Participation::declined),
                     attendee("room@example.com", interop::Participation::accepted, interop::AttendeeKind::room)});
  auto strangers = event("x", at("2026-11-20", 10), "me@example.com", {attendee("x@y.org")});
  auto old = base("o");
  old.start = at("2026-08-24", 10);
  auto plan = calendar({cancelled, all_day, future, declined, not_mine, large, solo, strangers, old});
  CHECK(plan.entries() == 0);
  CHECK(activity_summary(plan) ==
        "0 logged for 0 contacts, 0 already there, 8 skipped: 1 all-day, 1 cancelled, 1 declined, 1 future, "
        "1 large, 1 no contact, 1 solo, 1 without me");
  REQUIRE(plan.skipped.size() == 7);  // the one with strangers only concerns no contact
  CHECK(plan.skipped[5].where == "work.ics: \"Title of l\" 2026-11-20 10:00");
  CHECK(plan.skipped[5].detail == "10 people, the limit is 8");
  auto roomy = options();
  roomy.max_people = 10;
  CHECK(calendar({large}, roomy).entries() == 1);
}

TEST_CASE("a meeting whose ref is in the log, or logged by hand that day, is not added again") {
  auto contacts = people_known;
  Interaction imported;
  imported.when = at("2026-11-20", 10);
  imported.via = Via::meeting;
  imported.ref = "ics:u1/20261120T100000Z";
  contacts[0].log.push_back(imported);
  Interaction by_hand;
  by_hand.when = {*Date::parse_iso("2026-11-19"), std::nullopt};
  by_hand.via = Via::meeting;
  contacts[1].log.push_back(by_hand);
  auto moved = event("u1", at("2026-11-21", 9), "me@example.com", {attendee("alice@example.com")});
  moved.recurrence_id = "20261120T100000Z";
  auto hand = event("u2", at("2026-11-19", 9), "me@example.com", {attendee("bob@example.com")});
  auto plan = calendar({moved, hand}, options(), contacts);
  CHECK(plan.entries() == 0);
  CHECK(plan.already == 2);
}

TEST_CASE("mail: one entry per contact and day, by whoever wrote first; a reply adds nothing") {
  auto first = message("m1", at("2026-11-20", 9), "alice@example.com", {"me@example.com"});
  auto reply = message("m2", at("2026-11-20", 11), "me@example.com", {"alice@example.com"});
  reply.in_reply_to = first.message_id;
  auto next_day = message("m3", at("2026-11-21", 8), "me@example.com", {"alice@example.com", "bob@example.com"});
  auto plan = mailbox({reply, first, next_day});
  REQUIRE(plan.contacts.size() == 2);
  const auto& log = plan.contacts[0].gains.log;
  REQUIRE(log.size() == 2);
  CHECK(log[0].when == at("2026-11-20", 9));
  CHECK(log[0].via == Via::email);
  CHECK(log[0].by == By::them);
  CHECK(log[0].note == "Subject m1");
  CHECK(log[0].ref == "mid:m1@mail.example");
  CHECK(log[1].by == By::me);
  CHECK(log[1].with == Strings{"bob"});
  CHECK(describe(log[1]) == "2026-11-21 08:00 email by me with bob: Subject m3");

  auto quiet = options();
  quiet.subjects = false;
  CHECK(mailbox({first}, quiet).contacts[0].gains.log[0].note.empty());
}

TEST_CASE("mail already logged that day, or by its Message-ID, is not added again") {
  auto contacts = people_known;
  Interaction earlier;
  earlier.when = at("2026-11-20", 9);
  earlier.via = Via::email;
  earlier.ref = "mid:m1@mail.example";
  contacts[0].log.push_back(earlier);
  auto later = message("m4", at("2026-11-20", 18), "me@example.com", {"alice@example.com"});
  auto plan = mailbox({later}, options(), contacts);
  CHECK(plan.entries() == 0);
  CHECK(plan.already == 1);
}

TEST_CASE("mail not between me and a contact is not logged; lists and machines are skipped by kind") {
  auto list = message("l", at("2026-11-20", 9), "alice@example.com", {"me@example.com"});
  list.list_id = "team.lists.example";
  auto cc_other = message("o", at("2026-11-20", 9), "alice@example.com", {"bob@example.com"});
  auto plan = mailbox({list, cc_other});
  CHECK(plan.entries() == 0);
  CHECK(activity_summary(plan) == "0 logged for 0 contacts, 0 already there, 2 skipped: 1 mailing list, 1 no contact");
  CHECK(plan.skipped.empty());  // lists and machines are only counted: nothing of them is kept
  // A message without a date is named, as it concerns a contact.
  auto undated = message("u", at("2026-11-20", 9), "alice@example.com", {"me@example.com"});
  undated.date_utc.reset();
  undated.date_local.reset();
  plan = mailbox({undated});
  REQUIRE(plan.skipped.size() == 1);
  CHECK(plan.skipped[0].where == "INBOX/cur/u");
  CHECK(plan.skipped[0].reason == "undated");
}

TEST_CASE("the sieve keeps mail between people in the window and counts the rest by kind") {
  auto o = options();
  MailSieve sieve(o);
  auto personal = message("p", at("2026-11-20", 9), "alice@example.com", {"me@example.com"});
  auto bulk = personal;
  bulk.precedence = "bulk";
  auto old = message("o", at("2026-01-20", 9), "alice@example.com", {"me@example.com"});
  CHECK(sieve.keep(personal));
  CHECK_FALSE(sieve.keep(bulk));
  CHECK_FALSE(sieve.keep(old));
  CHECK(sieve.counts() == std::map<std::string, size_t>{{"bulk", 1}});
}

TEST_CASE("people I wrote to twice are suggestions; --add-new makes them dormant contacts with their mail") {
  auto one = message("s1", at("2026-11-18", 9), "me@example.com", {"dana@new.example"});
  one.to[0].name = "Dana Ruiz";
  auto two = message("s2", at("2026-11-19", 9), "me@example.com", {"dana@new.example", "once@new.example"});
  auto alice_namesake = message("s3", at("2026-11-19", 9), "me@example.com", {"ac@other.example"});
  alice_namesake.to[0].name = "Alice Chen";
  auto again = alice_namesake;
  again.message_id = "s4@mail.example";
  auto plan = mailbox({one, two, alice_namesake, again});
  REQUIRE(plan.suggestions.size() == 2);
  CHECK(plan.suggestions[0].email == "ac@other.example");
  CHECK(plan.suggestions[0].same_name_as == "alice");
  CHECK(plan.suggestions[1].name == "Dana Ruiz");
  CHECK(plan.suggestions[1].from_me == 2);
  CHECK(plan.entries() == 0);

  auto o = options();
  o.add_new = true;
  auto added = plan_activity(people_known, {}, {sieve_mailbox("INBOX", {one, two, alice_namesake, again}, o)}, o,
                             [](const std::string& id) { return id == "dana-ruiz"; });
  REQUIRE(added.contacts.size() == 1);
  const auto& dana = added.contacts[0];
  CHECK(dana.kind == Planned::Kind::created);
  CHECK(dana.id == "dana-ruiz-2");
  CHECK(dana.contact.status == ContactStatus::dormant);
  CHECK(dana.contact.emails == Strings{"dana@new.example"});
  CHECK(dana.contact.log.size() == 2);
  CHECK(activity_summary(added) ==
        "2 logged for 1 contact, 1 new, 0 already there, 2 skipped: no contact; 1 suggested");
}

TEST_CASE(".rel.yaml: me.email and import.max_people, each problem at its place") {
  auto decode = [](const std::string& text) {
    return journal::decode_settings(journal::parse_yaml(text, ".rel.yaml"), ".rel.yaml");
  };
  auto good = decode("me: {email: [me@example.com, Me@Work.example]}\nimport: {max_people: 12}\n");
  CHECK(good.problems.empty());
  CHECK(good.settings.me_emails == Strings{"me@example.com", "Me@Work.example"});
  CHECK(good.settings.import_max_people == 12);
  auto one = decode("me:\n  email: me@example.com\n");
  CHECK(one.settings.me_emails == Strings{"me@example.com"});
  CHECK(decode("cadence: {default: 30d}\n").settings.me_emails.empty());
  CHECK(decode("cadence: {default: 30d}\n").settings.import_max_people == 8);

  auto bad = decode("me: {email: [me@example.com, not-an-address], phone: 1}\nimport: {max_people: 1, other: 2}\n");
  REQUIRE(bad.problems.size() == 4);
  CHECK(bad.problems[0].describe() == ".rel.yaml:1:30: me.email: \"not-an-address\" is not an email address");
  CHECK(bad.problems[1].describe() == ".rel.yaml:1:47: unknown key \"phone\" under me (expected email)");
  CHECK(bad.problems[2].describe() == ".rel.yaml:2:22: import.max_people must be a whole number from 2 to 10000");
  CHECK(bad.problems[3].describe() == ".rel.yaml:2:25: unknown key \"other\" under import (expected max_people)");
  CHECK(bad.settings.me_emails == Strings{"me@example.com"});
}
