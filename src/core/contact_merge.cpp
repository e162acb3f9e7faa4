// The decisions of `rel merge` and of `with:` references that follow a contact, made on the models.
#include "rel/core/contact_merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "rel/core/duration.hpp"
#include "rel/core/identity.hpp"

namespace rel {

std::vector<WithAction> retarget_with(const std::vector<std::string>& with, std::string_view from, std::string_view to,
                                      std::string_view self) {
  std::vector<WithAction> actions(with.size(), WithAction::keep);
  bool names_to = to == self || std::find(with.begin(), with.end(), to) != with.end();
  for (size_t i = 0; i < with.size(); ++i) {
    if (with[i] != from || (from == to && to != self)) continue;
    actions[i] = names_to ? WithAction::remove : WithAction::replace;
    names_to = true;
  }
  return actions;
}

size_t retarget_with(Contact& contact, std::string_view from, std::string_view to, std::string_view self) {
  size_t changed = 0;
  for (auto& entry : contact.log) {
    auto actions = retarget_with(entry.with, from, to, self);
    std::vector<std::string> with;
    for (size_t i = 0; i < actions.size(); ++i) {
      if (actions[i] != WithAction::keep) ++changed;
      if (actions[i] == WithAction::keep) with.push_back(entry.with[i]);
      if (actions[i] == WithAction::replace) with.emplace_back(to);
    }
    entry.with = std::move(with);
  }
  return changed;
}

size_t count_with(const Contact& contact, std::string_view id) {
  return static_cast<size_t>(std::count_if(contact.log.begin(), contact.log.end(), [&](const Interaction& e) {
    return std::find(e.with.begin(), e.with.end(), id) != e.with.end();
  }));
}

namespace {

std::string text_of(const std::optional<std::string>& v) { return v ? *v : std::string(); }
std::string text_of(const std::optional<Date>& v) { return v ? v->iso() : std::string(); }
std::string text_of(const std::optional<int>& days) { return days ? format_duration(*days) : std::string(); }

std::string promise_text(const Promise& p) {
  std::vector<std::string> parts;
  if (p.due) parts.push_back("due " + p.due->iso());
  if (p.done) parts.push_back("done " + p.done->iso());
  if (parts.empty()) return "open";
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
  return out;
}

class Planner {
 public:
  Planner(const Contact& into, const Contact& from, Prefer prefer) : m_into(into), m_from(from), m_prefer(prefer) {}

  MergePlan run() {
    lists();
    if (m_from.since && (!m_into.since || *m_from.since < *m_into.since)) m_plan.since = m_from.since;
    scalar("cadence", m_into.cadence_days, m_from.cadence_days);
    scalar("org", m_into.org, m_from.org);
    scalar("title", m_into.title, m_from.title);
    scalar("snooze", m_into.snooze, m_from.snooze);
    if (m_into.status != m_from.status)
      decide("status", std::string(to_string(m_into.status)), std::string(to_string(m_from.status)), m_plan.keys);
    for (const auto& field : m_from.extra) keyed(field.key, field.value, m_into.extra, m_plan.keys, "");
    for (const auto& date : m_from.dates) {
      auto it = std::find_if(m_into.dates.begin(), m_into.dates.end(), [&](auto& d) { return d.label == date.label; });
      if (it == m_into.dates.end())
        m_plan.dates.push_back(date.label);
      else if (!(*it == date))
        decide("dates." + date.label, it->text(), date.text(), m_plan.dates, date.label);
    }
    for (const auto& field : m_from.details) keyed(field.key, field.value, m_into.details, m_plan.details, "details.");
    promises();
    log();
    return std::move(m_plan);
  }

 private:
  // FROM's value where INTO has none; a different one is a conflict.
  template <typename T>
  void scalar(const std::string& key, const std::optional<T>& into, const std::optional<T>& from) {
    if (!from || into == from) return;
    if (!into)
      m_plan.keys.push_back(key);
    else
      decide(key, text_of(into), text_of(from), m_plan.keys);
  }

  void keyed(const std::string& key, const std::string& value, const std::vector<Field>& into,
             std::vector<std::string>& taken, const std::string& prefix) {
    auto it = std::find_if(into.begin(), into.end(), [&](const Field& f) { return f.key == key; });
    if (it == into.end())
      taken.push_back(key);
    else if (it->value != value)
      decide(prefix + key, it->value, value, taken, key);
  }

  // A conflict: recorded, and FROM's value taken when FROM is preferred.
  void decide(const std::string& shown, std::string into, std::string from, std::vector<std::string>& taken,
              const std::string& key = {}) {
    m_plan.conflicts.push_back({shown, std::move(into), std::move(from)});
    if (m_prefer == Prefer::from) taken.push_back(key.empty() ? shown : key);
  }

  void lists() {
    std::vector<std::string> names = {m_into.name};
    names.insert(names.end(), m_into.aka.begin(), m_into.aka.end());
    auto named = [&](const std::string& name) {
      Contact probe;
      probe.name = m_into.name;
      probe.aka.assign(names.begin() + 1, names.end());
      return has_name(probe, name);
    };
    std::vector<std::string> offered = {m_from.name};
    offered.insert(offered.end(), m_from.aka.begin(), m_from.aka.end());
    for (const auto& name : offered)
      if (!named(name)) {
        names.push_back(name);
        m_plan.aka.push_back(name);
      }
    unite(m_into.tags, m_from.tags, m_plan.tags, [](auto& a, auto& b) { return a == b; });
    unite(m_into.emails, m_from.emails, m_plan.emails, [](auto& a, auto& b) { return same_email(a, b); });
    unite(m_into.phones, m_from.phones, m_plan.phones, [](auto& a, auto& b) {
      auto digits = phone_digits(a);
      return digits.empty() ? a == b : digits == phone_digits(b);
    });
    unite(m_into.uid, m_from.uid, m_plan.uid, [](auto& a, auto& b) { return a == b; });
  }

  template <typename Same>
  static void unite(const std::vector<std::string>& into, const std::vector<std::string>& from,
                    std::vector<std::string>& added, Same same) {
    for (const auto& item : from) {
      auto is = [&](const std::string& x) { return same(x, item); };
      if (std::none_of(into.begin(), into.end(), is) && std::none_of(added.begin(), added.end(), is))
        added.push_back(item);
    }
  }

  // Each FROM entry matched with an equal INTO entry not matched yet, else new.
  template <typename T, typename Key, typename Equal>
  std::vector<std::optional<size_t>> match(const std::vector<T>& into, const std::vector<T>& from, Key key,
                                           Equal equal) {
    std::vector<bool> used(into.size(), false);
    std::vector<std::optional<size_t>> out;
    for (const auto& f : from) {
      std::optional<size_t> found;
      for (size_t i = 0; i < into.size() && !found; ++i)
        if (!used[i] && key(into[i]) == key(f) && equal(into[i], f)) found = i;
      if (found) used[*found] = true;
      out.push_back(found);
    }
    return out;
  }

  // Places FROM's new entries (each with the date it sorts by) after INTO's last entry not later than it.
  template <typename Sort>
  std::vector<MergePlan::Placed> place(size_t into_count, const std::vector<size_t>& added, Sort sort_key) {
    struct Slot {
      bool from;
      size_t index;
    };
    std::vector<Slot> result;
    for (size_t i = 0; i < into_count; ++i) result.push_back({false, i});
    auto ordered = added;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](size_t a, size_t b) { return sort_key(true, a) < sort_key(true, b); });
    for (auto j : ordered) {
      size_t at = 0;
      for (size_t k = 0; k < result.size(); ++k)
        if (!(sort_key(true, j) < sort_key(result[k].from, result[k].index))) at = k + 1;
      result.insert(result.begin() + static_cast<long>(at), {true, j});
    }
    std::vector<MergePlan::Placed> out;
    for (size_t k = 0; k < result.size(); ++k) {
      if (!result[k].from) continue;
      size_t before = into_count;
      for (size_t n = k + 1; n < result.size(); ++n)
        if (!result[n].from) {
          before = result[n].index;
          break;
        }
      out.push_back({result[k].index, before});
    }
    return out;
  }

  void log() {
    auto matched = match(
        m_into.log, m_from.log, [](const Interaction& e) { return e.when; },
        [](const Interaction& a, const Interaction& b) { return a == b; });
    std::vector<size_t> added;
    for (size_t j = 0; j < matched.size(); ++j)
      if (!matched[j]) added.push_back(j);
    m_plan.log = place(m_into.log.size(), added,
                       [&](bool from, size_t i) { return from ? m_from.log[i].when : m_into.log[i].when; });
  }

  void promises() {
    // One promise on both sides is the same what, made and by; its due and done may differ.
    auto key = [](const Promise& p) { return std::tie(p.what, p.made, p.by); };
    auto matched = match(m_into.promises, m_from.promises, key, [](const Promise&, const Promise&) { return true; });
    std::vector<size_t> added;
    for (size_t j = 0; j < matched.size(); ++j) {
      if (!matched[j]) {
        added.push_back(j);
        continue;
      }
      const auto& mine = m_into.promises[*matched[j]];
      const auto& theirs = m_from.promises[j];
      if (mine == theirs || (!mine.open() && theirs.open())) continue;
      if (mine.open() && !theirs.open() && mine.due == theirs.due) {
        m_plan.kept_promises.emplace_back(*matched[j], *theirs.done);
        continue;
      }
      m_plan.conflicts.push_back({"promise: " + theirs.what, promise_text(mine), promise_text(theirs)});
      if (m_prefer == Prefer::from) m_plan.replaced_promises.emplace_back(*matched[j], j);
    }
    // Undated promises sort last.
    auto made = [&](bool from, size_t i) {
      const auto& p = from ? m_from.promises[i] : m_into.promises[i];
      return p.made ? std::pair(0, *p.made) : std::pair(1, Date());
    };
    m_plan.promises = place(m_into.promises.size(), added, made);
  }

  const Contact& m_into;
  const Contact& m_from;
  Prefer m_prefer;
  MergePlan m_plan;
};

template <typename T>
void upsert(std::vector<T>& items, const T& value, bool (*same)(const T&, const T&)) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return same(x, value); });
  if (it != items.end())
    *it = value;
  else
    items.push_back(value);
}

template <typename T>
std::vector<T> with_placed(const std::vector<T>& into, const std::vector<T>& from,
                           const std::vector<MergePlan::Placed>& placed) {
  std::vector<T> out;
  size_t next = 0;
  for (size_t i = 0; i <= into.size(); ++i) {
    while (next < placed.size() && placed[next].before == i) out.push_back(from[placed[next++].from_index]);
    if (i < into.size()) out.push_back(into[i]);
  }
  return out;
}

}  // namespace

MergePlan plan_merge(const Contact& into, const Contact& from, Prefer prefer) {
  return Planner(into, from, prefer).run();
}

Contact apply_merge(const Contact& into, const Contact& from, const MergePlan& plan) {
  Contact c = into;
  c.aka.insert(c.aka.end(), plan.aka.begin(), plan.aka.end());
  c.tags.insert(c.tags.end(), plan.tags.begin(), plan.tags.end());
  c.emails.insert(c.emails.end(), plan.emails.begin(), plan.emails.end());
  c.phones.insert(c.phones.end(), plan.phones.begin(), plan.phones.end());
  c.uid.insert(c.uid.end(), plan.uid.begin(), plan.uid.end());
  if (plan.since) c.since = plan.since;
  for (const auto& key : plan.keys) {
    if (key == "cadence")
      c.cadence_days = from.cadence_days;
    else if (key == "org")
      c.org = from.org;
    else if (key == "title")
      c.title = from.title;
    else if (key == "snooze")
      c.snooze = from.snooze;
    else if (key == "status")
      c.status = from.status;
    else
      for (const auto& f : from.extra)
        if (f.key == key) upsert<Field>(c.extra, f, [](const Field& a, const Field& b) { return a.key == b.key; });
  }
  for (const auto& key : plan.details)
    for (const auto& f : from.details)
      if (f.key == key) upsert<Field>(c.details, f, [](const Field& a, const Field& b) { return a.key == b.key; });
  for (const auto& label : plan.dates)
    for (const auto& d : from.dates)
      if (d.label == label)
        upsert<ImportantDate>(c.dates, d,
                              [](const ImportantDate& a, const ImportantDate& b) { return a.label == b.label; });
  for (auto [mine, theirs] : plan.replaced_promises) c.promises[mine] = from.promises[theirs];
  for (auto [mine, day] : plan.kept_promises) c.promises[mine].done = day;
  c.promises = with_placed(c.promises, from.promises, plan.promises);
  c.log = with_placed(c.log, from.log, plan.log);
  return c;
}

}  // namespace rel
