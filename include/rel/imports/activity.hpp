// What calendars and mailboxes mean for the journal: the meetings and emails of the user's contacts
// as new log entries, the events and messages left out and why, and the people the user writes to
// who are not in the journal yet. Pure: occurrences, message headers and contacts in, a plan out;
// `rel import` and `rel log --from-mail` print it and write it through the address-book plan's steps.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rel/core/contact.hpp"
#include "rel/core/error.hpp"
#include "rel/imports/plan.hpp"
#include "rel/interop/calendar.hpp"
#include "rel/interop/mail.hpp"

namespace rel::imports {

struct ActivityOptions {
  std::vector<std::string> me;  // the user's addresses (.rel.yaml `me: {email: [...]}`)
  Date since;                   // the first day imported (--since, default 90 days ago)
  Timestamp now;                // what starts later is in the future, not yet a meeting
  int max_people = 8;           // .rel.yaml `import: {max_people: 8}`: larger events are skipped
  bool subjects = true;         // --no-subjects: no note from a subject or a title
  bool add_new = false;         // --add-new: suggested people become dormant contacts
  int suggest_from = 2;         // messages from me that make an unknown address a suggestion
};

// The occurrences one calendar file gave, and the events it could not read.
struct CalendarFrom {
  std::string name;  // as shown in messages: the path given, or "stdin"
  std::vector<interop::CalendarEvent> events;
  std::vector<Diagnostic> problems;
};

// What the plan reads of a message between people: it is held for every such message of a mailbox,
// so nothing else is (no References, list fields or display names other than on my own mail).
struct MailMessage {
  std::string where;                             // "INBOX/cur/…", "mbox:120"; only for a message with no date
  std::optional<std::int64_t> date_utc;          // Date:, seconds since 1970 UTC
  std::optional<Timestamp> date_local;           // the same in local time
  std::string from;                              // the sender's address
  std::vector<interop::MailAddress> recipients;  // To and Cc; names only on mail from me
  std::string message_id;
  std::string subject;
};

// The messages one mailbox gave (those its MailSieve kept), the others it left out by kind, and
// those it could not read.
struct MailFrom {
  std::string name;
  std::deque<MailMessage> messages;
  std::map<std::string, size_t> left_out;  // MailSieve::counts()
  std::vector<Diagnostic> problems;
};

// Sorts messages as a mailbox is read, on the reading threads: those of the window that are mail
// between people are kept for the plan, automatic, list and bulk mail is only counted, mail outside
// the window is dropped. A large mailbox is then never held whole.
class MailSieve {
 public:
  explicit MailSieve(const ActivityOptions& options);
  bool keep(const interop::MessageHeaders& message);
  // What the plan reads of a message kept.
  MailMessage kept(interop::MessageHeaders&& message) const;
  // How many messages were left out for each kind of mail (automatic, mailing list, bulk, no-reply).
  std::map<std::string, size_t> counts() const;

 private:
  std::vector<std::string> m_me;  // my addresses, as email_key has them
  Date m_since;
  Timestamp m_now;
  std::array<std::atomic<size_t>, 5> m_counts{};  // by interop::MailKind
};

// A mailbox of messages already in memory (one piped in, a test's), sieved as a read one is.
MailFrom sieve_mailbox(std::string name, std::vector<interop::MessageHeaders> messages, const ActivityOptions& options);

// Someone the user wrote to several times who is not in the journal.
struct Suggestion {
  std::string email;
  std::string name;          // the display name used last, else empty
  size_t from_me = 0;        // messages the user sent them
  std::string same_name_as;  // a contact of that name (then --add-new leaves them out)
  std::string id;            // the new contact's id, when --add-new adds them
};

// An event or message left out that concerns a contact, for the plan's lines.
struct ActivitySkip {
  std::string where;   // `work.ics: "Offsite" 2026-11-10 09:00`, `INBOX/cur/123:2,S`
  std::string reason;  // declined, cancelled, solo, all-day, large, future, without me, unreadable
  std::string detail;  // "12 people (the limit is 8)"
};

struct ActivityPlan {
  // Contacts that gain log entries (updated, gains.log in time order) and new ones (created, their
  // log in the contact), by id.
  std::vector<Planned> contacts;
  std::vector<ActivitySkip> skipped;    // those that concern a contact, and unreadable ones
  std::map<std::string, size_t> skips;  // every event and message left out, by reason
  std::vector<Suggestion> suggestions;  // most messages first
  size_t already = 0;                   // entries the journal has (the same ref, or mail that day)

  size_t entries() const;  // new log entries, over all contacts
};

// Plans the log entries of `calendars` and `mail` for `journal` (its valid contacts; addresses are
// matched to any of a contact's emails, case-insensitively; an address two contacts share matches
// neither). The rules (rel(1), IMPORT):
//  - an occurrence from options.since to options.now is one `meeting` (`video` when online) entry
//    for each contact attending, `by: me` when I organised it (or nobody did), `them` when they
//    invited me, `with:` the other contacts there, the title as note, `ref:` its UID (and recurrence
//    id); left out: cancelled, all-day, future, declined by me, solo (nobody else attends), large
//    (more than max_people, rooms aside), without me (someone else's event);
//  - a message from me to contacts, or from a contact to me, is one `email` entry per contact and
//    day: the first message of the day says when, `by:` and the note (its subject), the message id
//    is the ref (`mid:ID`); a reply later that day adds nothing;
//  - nothing is added twice: an entry whose ref the log has, or mail of a day the log has an email
//    entry for (a meeting: an entry of that day and kind without a ref), counts as already there;
//  - addresses the user sent options.suggest_from messages or more, not in the journal, are
//    suggestions; with options.add_new those with a name no contact has become dormant contacts
//    (ids slugged from the name past every one `taken` says is in use) and their mail is logged.
ActivityPlan plan_activity(const std::vector<Contact>& journal, const std::vector<CalendarFrom>& calendars,
                           const std::vector<MailFrom>& mail, const ActivityOptions& options,
                           const std::function<bool(const std::string&)>& taken);

// "12 logged for 5 contacts, 1 new, 3 already there, 4 skipped: 2 declined, 2 mailing list", then
// ", 1 failed" when `failed` contacts could not be written.
std::string activity_summary(const ActivityPlan& plan, size_t failed = 0);

// "2026-11-20 10:00 video by them with bob-lee: Quarterly review": an entry in the plan's lines.
std::string describe(const Interaction& entry);

}  // namespace rel::imports
