// Planning the log entries of calendars and mailboxes: who each event and message is with, which
// are left out and why, and what the journal already has.
#include "rel/imports/activity.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "rel/core/identity.hpp"
#include "rel/core/text.hpp"
#include "rel/imports/identity.hpp"

namespace rel::imports {
namespace {

constexpr size_t no_contact = static_cast<size_t>(-1);

// A message's reference in a log entry: RFC 2392's mid: URL of its Message-ID.
std::string message_ref(const MailMessage& m) { return m.message_id.empty() ? std::string() : "mid:" + m.message_id; }

// Who an address is: me, a contact (its index), or nobody the journal knows.
class People {
 public:
  People(const std::vector<Contact>& contacts, const std::vector<std::string>& me) {
    for (const auto& address : me) m_me.insert(email_key(address));
    for (size_t k = 0; k < contacts.size(); ++k) add(k, contacts[k]);
  }
  void add(size_t index, const Contact& contact) {
    std::unordered_set<std::string> own;  // one contact listing an address twice is still one
    for (const auto& email : contact.emails) {
      auto key = email_key(email);
      if (key.empty() || !own.insert(key).second) continue;
      auto [it, inserted] = m_contact.emplace(key, index);
      if (!inserted) it->second = no_contact;  // shared by two people: it tells neither
    }
  }
  bool is_me(std::string_view email) const { return m_me.contains(email_key(email)); }
  size_t contact(std::string_view email) const {
    auto it = m_contact.find(email_key(email));
    return it == m_contact.end() ? no_contact : it->second;
  }
  bool known(std::string_view email) const { return m_contact.contains(email_key(email)); }

 private:
  std::unordered_set<std::string> m_me;
  std::unordered_map<std::string, size_t> m_contact;
};

// The plan being built: the journal's contacts and the new ones, and what each gains.
class Builder {
 public:
  Builder(const std::vector<Contact>& journal, const ActivityOptions& options)
      : m_journal(journal), m_people(journal, options.me) {}

  const People& people() const { return m_people; }
  const Contact& contact(size_t index) const {
    return index < m_journal.size() ? m_journal[index] : m_new[index - m_journal.size()];
  }
  size_t add_contact(Contact contact) {
    m_new.push_back(std::move(contact));
    const size_t index = m_journal.size() + m_new.size() - 1;
    m_people.add(index, m_new.back());
    return index;
  }

  // Whether the contact's log (or this import) has the entry already; else adds it.
  void log(size_t index, Interaction entry, const std::vector<std::string>& refs) {
    auto [at, fresh] = m_refs.try_emplace(index);
    auto& seen = at->second;
    if (fresh)
      for (const auto& e : contact(index).log)
        if (!e.ref.empty()) seen.insert(e.ref);
    bool there = (!entry.ref.empty() && seen.contains(entry.ref)) ||
                 std::any_of(refs.begin(), refs.end(), [&](const std::string& r) { return seen.contains(r); });
    auto same_day = [&](const Interaction& e) {
      if (e.when.date != entry.when.date || e.via != entry.via) return false;
      // Mail is one entry a day, however it was logged; a meeting is the same as one logged by hand.
      return entry.via == Via::email || e.ref.empty();
    };
    const auto& log = contact(index).log;
    auto& added = m_logged[index];
    there = there || std::any_of(log.begin(), log.end(), same_day) ||
            (entry.via == Via::email && std::any_of(added.begin(), added.end(), same_day));
    if (there) {
      ++m_already;
      return;
    }
    for (const auto& r : refs) seen.insert(r);
    if (!entry.ref.empty()) seen.insert(entry.ref);
    added.push_back(std::move(entry));
  }

  void skip_count(const std::string& reason, size_t n) { m_skips[reason] += n; }
  void skip(std::string reason, std::string where = {}, std::string detail = {}) {
    ++m_skips[reason];
    if (!where.empty()) m_skipped.push_back({std::move(where), std::move(reason), std::move(detail)});
  }

  ActivityPlan finish(std::vector<Suggestion> suggestions) {
    ActivityPlan plan;
    for (auto& [index, entries] : m_logged) {
      const bool created = index >= m_journal.size();
      if (entries.empty() && !created) continue;
      std::stable_sort(entries.begin(), entries.end(),
                       [](const Interaction& a, const Interaction& b) { return a.when < b.when; });
      Planned p;
      const auto& c = contact(index);
      p.id = c.id;
      p.name = c.name;
      if (created) {
        p.kind = Planned::Kind::created;
        p.contact = c;
        p.contact.log = std::move(entries);
      } else {
        p.kind = Planned::Kind::updated;
        p.gains.log = std::move(entries);
      }
      plan.contacts.push_back(std::move(p));
    }
    // New people that had no mail in the window are still added: the user asked for them.
    for (size_t k = 0; k < m_new.size(); ++k) {
      if (m_logged.contains(m_journal.size() + k)) continue;
      Planned p;
      p.kind = Planned::Kind::created;
      p.id = m_new[k].id;
      p.name = m_new[k].name;
      p.contact = m_new[k];
      plan.contacts.push_back(std::move(p));
    }
    std::sort(plan.contacts.begin(), plan.contacts.end(),
              [](const Planned& a, const Planned& b) { return a.id < b.id; });
    plan.skipped = std::move(m_skipped);
    plan.skips = std::move(m_skips);
    plan.suggestions = std::move(suggestions);
    plan.already = m_already;
    return plan;
  }

 private:
  const std::vector<Contact>& m_journal;
  People m_people;
  std::vector<Contact> m_new;
  std::map<size_t, std::vector<Interaction>> m_logged;  // by contact index
  std::unordered_map<size_t, std::unordered_set<std::string>> m_refs;
  std::vector<ActivitySkip> m_skipped;
  std::map<std::string, size_t> m_skips;
  size_t m_already = 0;
};

void plan_event(const interop::CalendarEvent& event, const std::string& source, Builder& b,
                const ActivityOptions& options) {
  const auto& people = b.people();
  // Everyone invited once, rooms and resources aside; the organizer is there unless listed otherwise.
  struct Person {
    std::string email;
    bool declined = false;
  };
  std::vector<Person> invited;
  std::unordered_set<std::string> listed;
  auto invite = [&](const std::string& email, bool declined) {
    if (email.empty() || !listed.insert(email_key(email)).second) return;
    invited.push_back({email, declined});
  };
  for (const auto& a : event.attendees)
    if (!a.is_place_or_thing()) invite(a.person.email, a.participation == interop::Participation::declined);
  invite(event.organizer.email, false);

  bool me_there = false;
  bool me_declined = false;
  std::vector<size_t> present;  // contacts attending, in order
  std::vector<size_t> involved;
  size_t others = 0;
  for (const auto& p : invited) {
    if (people.is_me(p.email)) {
      me_there = true;
      me_declined = me_declined || p.declined;
      continue;
    }
    auto c = people.contact(p.email);
    if (c != no_contact) involved.push_back(c);
    if (p.declined) continue;
    ++others;
    if (c != no_contact && std::find(present.begin(), present.end(), c) == present.end()) present.push_back(c);
  }
  const bool mine = event.organizer.email.empty() || people.is_me(event.organizer.email);

  std::string where;
  if (!involved.empty()) where = fmt::format("{}: \"{}\" {}", source, event.summary, event.start.text());
  auto skip = [&](std::string reason, std::string detail = {}) { b.skip(std::move(reason), where, std::move(detail)); };
  if (event.start.date < options.since) return;  // read with a day to spare: not in the window
  if (event.cancelled) return skip("cancelled");
  if (event.all_day) return skip("all-day");
  if (event.start > options.now) return skip("future");
  if (me_declined) return skip("declined");
  if (!me_there && !mine) return skip("without me", "you are not invited");
  if (invited.size() > static_cast<size_t>(options.max_people))
    return skip("large", fmt::format("{} people, the limit is {}", invited.size(), options.max_people));
  if (others == 0) return skip("solo", "nobody else attends");
  if (present.empty()) return b.skip("no contact");

  for (auto c : present) {
    Interaction entry;
    entry.when = event.start;
    entry.via = event.online ? Via::video : Via::meeting;
    entry.by = mine ? By::me : By::them;
    for (auto other : present)
      if (other != c) entry.with.push_back(b.contact(other).id);
    std::sort(entry.with.begin(), entry.with.end());
    if (options.subjects) entry.note = event.summary;
    entry.ref = event.ref();
    b.log(c, std::move(entry), {});
  }
}

// One message's part in a day of mail with a contact.
struct MailOfDay {
  const MailMessage* message;
  By by;
  std::vector<size_t> with;  // the other contacts it is logged for
};

// The contacts a message is logged for, and by whom it was written: a message from me, for each
// contact it went to; a contact's message to me, for them.
std::pair<std::vector<size_t>, By> mail_contacts(const MailMessage& m, const People& people) {
  std::vector<size_t> out;
  if (people.is_me(m.from)) {
    for (const auto& a : m.recipients) {
      auto c = people.contact(a.email);
      if (c != no_contact && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
    return {out, By::me};
  }
  auto c = people.contact(m.from);
  if (c == no_contact) return {out, By::them};
  if (std::any_of(m.recipients.begin(), m.recipients.end(), [&](const auto& a) { return people.is_me(a.email); }))
    out.push_back(c);
  return {out, By::them};
}

// A name for someone new: "Ruiz, Dana" as "Dana Ruiz" (an address book's display name), an address
// alone by its local part ("j.doe" of j.doe@x.org).
std::string name_of(const Suggestion& s) {
  if (s.name.empty()) return s.email.substr(0, s.email.find('@'));
  auto comma = s.name.find(',');
  if (comma == std::string::npos || s.name.find(',', comma + 1) != std::string::npos) return s.name;
  auto last = s.name.substr(0, comma);
  auto first = s.name.substr(s.name.find_first_not_of(' ', comma + 1) == std::string::npos
                                 ? s.name.size()
                                 : s.name.find_first_not_of(' ', comma + 1));
  return first.empty() || last.empty() ? s.name : first + " " + last;
}

std::vector<Suggestion> suggest(const std::vector<MailFrom>& mail, const std::vector<Contact>& journal,
                                const People& people, const ActivityOptions& options) {
  struct Seen {
    std::string email;
    std::string name;
    std::int64_t last = 0;
    std::unordered_set<std::string> messages;
    size_t count = 0;
  };
  std::unordered_map<std::string, Seen> by_key;
  for (const auto& box : mail)
    for (const auto& m : box.messages) {
      if (!people.is_me(m.from) || !m.date_utc) continue;
      for (const auto& a : m.recipients) {
        if (a.email.empty() || people.is_me(a.email) || people.known(a.email) || interop::is_no_reply(a.email))
          continue;
        auto& s = by_key[email_key(a.email)];
        if (s.email.empty()) s.email = a.email;
        // The same message in two folders (Sent and a copy) is one message.
        if (!m.message_id.empty() && !s.messages.insert(m.message_id).second) continue;
        ++s.count;
        if (!a.name.empty() && *m.date_utc >= s.last) {
          s.name = a.name;
          s.last = *m.date_utc;
        }
      }
    }
  std::vector<Suggestion> out;
  for (auto& [key, s] : by_key) {
    if (s.count < static_cast<size_t>(options.suggest_from)) continue;
    Suggestion suggestion;
    suggestion.email = s.email;
    suggestion.name = s.name == s.email ? std::string() : s.name;
    if (!suggestion.name.empty()) suggestion.name = name_of(suggestion);
    suggestion.from_me = s.count;
    if (!suggestion.name.empty())
      for (const auto& c : journal)
        if (has_name(c, suggestion.name)) {
          suggestion.same_name_as = c.id;
          break;
        }
    out.push_back(std::move(suggestion));
  }
  std::sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) {
    return a.from_me != b.from_me ? a.from_me > b.from_me : a.email < b.email;
  });
  return out;
}

}  // namespace

MailSieve::MailSieve(const ActivityOptions& options) : m_since(options.since), m_now(options.now) {
  for (const auto& address : options.me) m_me.push_back(email_key(address));
}

bool MailSieve::keep(const interop::MessageHeaders& message) {
  if (message.date_local && (message.date_local->date < m_since || message.date_local->date > m_now.date))
    return false;  // outside the window: not even counted
  auto kind = interop::classify_mail(message);
  if (kind == interop::MailKind::personal) return true;
  m_counts[static_cast<size_t>(kind)].fetch_add(1, std::memory_order_relaxed);
  return false;
}

MailMessage MailSieve::kept(interop::MessageHeaders&& message) const {
  MailMessage m;
  m.date_utc = message.date_utc;
  m.date_local = message.date_local;
  if (!m.date_utc || !m.date_local)
    m.where = message.where.line > 0 ? fmt::format("{}:{}", message.where.file, message.where.line)
                                     : std::move(message.where.file);
  m.from = std::move(message.from.email);
  const bool from_me = std::find(m_me.begin(), m_me.end(), email_key(m.from)) != m_me.end();
  m.recipients.reserve(message.to.size() + message.cc.size());
  for (auto* list : {&message.to, &message.cc})
    for (auto& a : *list) m.recipients.push_back({std::move(a.email), from_me ? std::move(a.name) : std::string()});
  m.message_id = std::move(message.message_id);
  m.subject = std::move(message.subject);
  return m;
}

std::map<std::string, size_t> MailSieve::counts() const {
  std::map<std::string, size_t> out;
  for (size_t k = 1; k < m_counts.size(); ++k)
    if (auto n = m_counts[k].load()) out[std::string(to_string(static_cast<interop::MailKind>(k)))] = n;
  return out;
}

MailFrom sieve_mailbox(std::string name, std::vector<interop::MessageHeaders> messages,
                       const ActivityOptions& options) {
  MailSieve sieve(options);
  MailFrom box{std::move(name), {}, {}, {}};
  for (auto& m : messages)
    if (sieve.keep(m)) box.messages.push_back(sieve.kept(std::move(m)));
  box.left_out = sieve.counts();
  return box;
}

size_t ActivityPlan::entries() const {
  size_t n = 0;
  for (const auto& p : contacts) n += p.kind == Planned::Kind::created ? p.contact.log.size() : p.gains.log.size();
  return n;
}

ActivityPlan plan_activity(const std::vector<Contact>& journal, const std::vector<CalendarFrom>& calendars,
                           const std::vector<MailFrom>& mail, const ActivityOptions& options,
                           const std::function<bool(const std::string&)>& taken) {
  Builder b(journal, options);

  // Suggestions first: with --add-new the people added are then contacts whose mail is logged.
  auto suggestions = suggest(mail, journal, b.people(), options);
  if (options.add_new) {
    std::unordered_set<std::string> used;
    for (auto& s : suggestions) {
      if (!s.same_name_as.empty()) continue;
      Contact c;
      c.name = name_of(s);
      c.emails = {s.email};
      c.status = ContactStatus::dormant;
      c.id = first_free_id("", slugify(c.name), [&](const std::string& id) { return used.contains(id) || taken(id); });
      used.insert(c.id);
      s.id = c.id;
      b.add_contact(std::move(c));
    }
  }

  for (const auto& calendar : calendars) {
    for (const auto& problem : calendar.problems) b.skip("unreadable", problem.describe(), "");
    for (const auto& event : calendar.events) plan_event(event, calendar.name, b, options);
  }

  // Mail: each message's contacts, then one entry per contact and day from the day's first message.
  std::map<std::pair<size_t, int>, std::vector<MailOfDay>> days;
  for (const auto& box : mail) {
    for (const auto& problem : box.problems) b.skip("unreadable", problem.describe(), "");
    for (const auto& [reason, n] : box.left_out) b.skip_count(reason, n);
    for (const auto& m : box.messages) {
      auto [contacts, by] = mail_contacts(m, b.people());
      if (!m.date_utc || !m.date_local) {
        b.skip("undated", contacts.empty() ? std::string() : m.where, "no readable Date: header");
        continue;
      }
      if (m.date_local->date < options.since || *m.date_local > options.now) continue;
      if (contacts.empty()) {
        b.skip("no contact");
        continue;
      }
      for (auto c : contacts) {
        MailOfDay day{&m, by, {}};
        for (auto other : contacts)
          if (other != c) day.with.push_back(other);
        days[{c, m.date_local->date.days_since_epoch()}].push_back(std::move(day));
      }
    }
  }
  for (auto& [key, messages] : days) {
    std::stable_sort(messages.begin(), messages.end(), [](const MailOfDay& x, const MailOfDay& y) {
      if (*x.message->date_utc != *y.message->date_utc) return *x.message->date_utc < *y.message->date_utc;
      return x.message->message_id < y.message->message_id;
    });
    const auto& first = messages.front();
    Interaction entry;
    entry.when = *first.message->date_local;
    entry.via = Via::email;
    entry.by = first.by;
    for (auto other : first.with) entry.with.push_back(b.contact(other).id);
    std::sort(entry.with.begin(), entry.with.end());
    if (options.subjects) entry.note = first.message->subject;
    entry.ref = message_ref(*first.message);
    std::vector<std::string> refs;
    for (const auto& day : messages)
      if (auto r = message_ref(*day.message); !r.empty()) refs.push_back(std::move(r));
    b.log(key.first, std::move(entry), refs);
  }
  return b.finish(std::move(suggestions));
}

std::string activity_summary(const ActivityPlan& plan, size_t failed) {
  size_t updated = 0, created = 0;
  for (const auto& p : plan.contacts) (p.kind == Planned::Kind::created ? created : updated) += 1;
  const size_t entries = plan.entries();
  auto text =
      fmt::format("{} logged for {} {}", entries, updated + created, updated + created == 1 ? "contact" : "contacts");
  if (created > 0) text += fmt::format(", {} new", created);
  text += fmt::format(", {} already there", plan.already);
  size_t skipped = 0;
  std::vector<std::string> reasons;
  for (const auto& [reason, n] : plan.skips) {
    skipped += n;
    reasons.push_back(fmt::format("{} {}", n, reason));
  }
  if (skipped > 0) {
    text += fmt::format(", {} skipped: ", skipped);
    if (reasons.size() == 1)
      text += plan.skips.begin()->first;
    else
      for (size_t k = 0; k < reasons.size(); ++k) text += (k > 0 ? ", " : "") + reasons[k];
  }
  size_t suggested = 0;
  for (const auto& s : plan.suggestions) suggested += s.id.empty() ? 1 : 0;
  if (suggested > 0) text += fmt::format("; {} suggested", suggested);
  if (failed > 0) text += fmt::format(", {} failed", failed);
  return text;
}

std::string describe(const Interaction& entry) {
  auto text = fmt::format("{} {} by {}", entry.when.text(), to_string(entry.via), to_string(entry.by));
  if (!entry.with.empty()) {
    text += " with ";
    for (size_t k = 0; k < entry.with.size(); ++k) text += (k > 0 ? ", " : "") + entry.with[k];
  }
  if (!entry.note.empty()) text += ": " + entry.note;
  return text;
}

}  // namespace rel::imports
