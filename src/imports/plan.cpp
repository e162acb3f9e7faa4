// Planning an address-book import: each card matched, merged or made a new contact, in order.
#include "rel/imports/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <unordered_set>
#include <utility>

#include "rel/core/identity.hpp"
#include "rel/core/text.hpp"
#include "rel/imports/fill.hpp"
#include "rel/imports/identity.hpp"
#include "rel/interop/contact_card.hpp"

namespace rel::imports {
namespace {

// A contact the cards may name: one of the journal's, or one this import creates.
struct Target {
  const Contact* existing = nullptr;  // in the journal; nullptr for a new one
  std::optional<Contact> changed;     // the contact after the gains so far (a new one's whole)
  journal::ContactGains gains;        // what an existing one gains, over all its cards
  std::string id;
  std::vector<std::string> sources;
  std::vector<std::string> differences;
  bool named = false;  // some card named it

  const Contact& now() const { return changed ? *changed : *existing; }
};

void append(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
}

void merge_gains(journal::ContactGains& into, const journal::ContactGains& more) {
  append(into.aka, more.aka);
  append(into.tags, more.tags);
  append(into.emails, more.emails);
  append(into.phones, more.phones);
  append(into.uid, more.uid);
  if (more.since) into.since = more.since;
  if (more.org) into.org = more.org;
  if (more.title) into.title = more.title;
  into.dates.insert(into.dates.end(), more.dates.begin(), more.dates.end());
  into.details.insert(into.details.end(), more.details.begin(), more.details.end());
  into.log.insert(into.log.end(), more.log.begin(), more.log.end());
}

// "alice-chen", "alice-chen and bob-stone", "a, b and c".
std::string join_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
    out += ids[i];
  }
  return out;
}

struct SkippedAt {
  int line;
  Skipped skipped;
};

class Planner {
 public:
  Planner(const std::vector<Contact>& journal, const PlanOptions& options,
          const std::function<bool(const std::string&)>& taken)
      : m_options(options), m_taken(taken) {
    m_targets.resize(journal.size());
    for (size_t i = 0; i < journal.size(); ++i) {
      m_targets[i].existing = &journal[i];
      m_targets[i].id = journal[i].id;
      m_ids.add(i, journal[i]);
      m_used_ids.insert(journal[i].id);
    }
  }

  void read(CardsFrom source) {
    std::vector<SkippedAt> skipped;
    for (const auto& problem : source.problems)
      skipped.push_back(
          {problem.where.line, {fmt::format("{}:{}", source.name, problem.where.line), "unreadable", problem.message}});
    for (const auto& card : interop::merge_same_uid(std::move(source.cards))) {
      auto where = fmt::format("{}:{}", source.name, card.line);
      auto skip = [&](std::string reason, std::string detail) {
        skipped.push_back({card.line, {where, std::move(reason), std::move(detail)}});
      };
      if (card.kind == "group" || card.kind == "location") {
        skip("not a person",
             fmt::format("a card of a {} (KIND:{})", card.kind == "group" ? "group" : "place", card.kind));
        continue;
      }
      auto offered = interop::contact_from_card(card);
      auto match = m_ids.find(offered);
      if (match.outcome == Match::Outcome::ambiguous) {
        std::vector<std::string> ids;
        for (auto t : match.targets) ids.push_back(m_targets[t].id);
        skip("ambiguous", fmt::format("matches {} by {}", join_ids(ids), to_string(match.tier)));
      } else if (match.outcome == Match::Outcome::found) {
        fill(match.target, offered, where);
      } else if (offered.name.empty()) {
        skip("no name", "no name");
      } else {
        create(std::move(offered), where);
      }
    }
    std::stable_sort(skipped.begin(), skipped.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    for (auto& s : skipped) m_skipped.push_back(std::move(s.skipped));
  }

  Plan take() {
    Plan plan;
    plan.skipped = std::move(m_skipped);
    for (auto index : m_order) {
      auto& t = m_targets[index];
      Planned p;
      p.id = t.id;
      p.name = t.now().name;
      p.sources = std::move(t.sources);
      p.differences = std::move(t.differences);
      if (!t.existing) {
        p.kind = Planned::Kind::created;
        p.contact = std::move(*t.changed);
      } else {
        p.kind = t.gains.empty() ? Planned::Kind::unchanged : Planned::Kind::updated;
        p.gains = std::move(t.gains);
      }
      plan.contacts.push_back(std::move(p));
    }
    return plan;
  }

 private:
  void named(size_t index, const std::string& where) {
    auto& t = m_targets[index];
    t.sources.push_back(where);
    if (!t.named) m_order.push_back(index);
    t.named = true;
  }

  void fill(size_t index, const Contact& offered, const std::string& where) {
    auto& t = m_targets[index];
    Sides sides;
    if (!t.existing) sides = {fmt::format("the card at {}", t.sources.front()), "the first"};
    auto result = fill_from(t.now(), offered, where, sides);
    if (!result.gains.empty()) {
      if (!t.changed) t.changed = *t.existing;
      journal::add_gains(*t.changed, result.gains);
      if (t.existing) merge_gains(t.gains, result.gains);
      m_ids.add(index, *t.changed);
    }
    append(t.differences, result.differences);
    named(index, where);
  }

  void create(Contact contact, const std::string& where) {
    contact.status = m_options.new_status;
    contact.id = first_free_id(m_options.folder, slugify(contact.name),
                               [&](const std::string& id) { return m_used_ids.contains(id) || m_taken(id); });
    m_used_ids.insert(contact.id);
    Target t;
    t.id = contact.id;
    t.changed = std::move(contact);
    m_targets.push_back(std::move(t));
    const auto index = m_targets.size() - 1;
    m_ids.add(index, *m_targets[index].changed);
    named(index, where);
  }

  const PlanOptions& m_options;
  const std::function<bool(const std::string&)>& m_taken;
  std::vector<Target> m_targets;
  Identities m_ids;
  std::unordered_set<std::string> m_used_ids;
  std::vector<size_t> m_order;
  std::vector<Skipped> m_skipped;
};

}  // namespace

size_t Plan::count(Planned::Kind kind) const {
  return static_cast<size_t>(
      std::count_if(contacts.begin(), contacts.end(), [&](const Planned& p) { return p.kind == kind; }));
}

Plan plan_import(const std::vector<Contact>& journal, std::vector<CardsFrom> sources, const PlanOptions& options,
                 const std::function<bool(const std::string&)>& taken) {
  Planner planner(journal, options, taken);
  // Each source's cards are let go once read: a big address book is most of an import's memory.
  for (auto& source : sources) planner.read(std::exchange(source, {}));
  return planner.take();
}

std::string summary(const Plan& plan, size_t failed) {
  auto text = fmt::format("{} new, {} updated, {} unchanged", plan.count(Planned::Kind::created),
                          plan.count(Planned::Kind::updated), plan.count(Planned::Kind::unchanged));
  if (!plan.skipped.empty()) {
    std::vector<std::pair<std::string, size_t>> reasons;
    for (const auto& s : plan.skipped) {
      auto it = std::find_if(reasons.begin(), reasons.end(), [&](const auto& r) { return r.first == s.reason; });
      if (it == reasons.end())
        reasons.emplace_back(s.reason, 1);
      else
        ++it->second;
    }
    text += fmt::format(", {} skipped: ", plan.skipped.size());
    if (reasons.size() == 1) {
      text += reasons.front().first;
    } else {
      for (size_t i = 0; i < reasons.size(); ++i)
        text += fmt::format("{}{} {}", i ? ", " : "", reasons[i].second, reasons[i].first);
    }
  }
  if (failed > 0) text += fmt::format(", {} failed", failed);
  return text;
}

std::string describe(const journal::ContactGains& g) {
  std::vector<std::string> parts;
  auto each = [&](std::string_view what, const std::vector<std::string>& values) {
    for (const auto& v : values) parts.push_back(fmt::format("{} {}", what, v));
  };
  each("aka", g.aka);
  each("tag", g.tags);
  if (g.since) parts.push_back("since " + g.since->iso());
  each("email", g.emails);
  each("phone", g.phones);
  if (g.org) parts.push_back("org " + *g.org);
  if (g.title) parts.push_back("title " + *g.title);
  each("uid", g.uid);
  for (const auto& d : g.dates) parts.push_back(fmt::format("{} {}", d.label, d.text()));
  for (const auto& f : g.details) parts.push_back(f.key);
  if (!g.log.empty()) parts.push_back(fmt::format("{} log entr{}", g.log.size(), g.log.size() == 1 ? "y" : "ies"));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

}  // namespace rel::imports
