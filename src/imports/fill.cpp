// Working out what a matched contact gains from a card, value by value, and what it keeps instead.
#include "rel/imports/fill.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/resolve.hpp"
#include "rel/core/text.hpp"
#include "rel/imports/identity.hpp"
#include "rel/interop/contact_card.hpp"

namespace rel::imports {
namespace {

// A value in a difference: long or multi-line values are cut, so one line says it.
std::string shown(std::string_view value) {
  constexpr size_t max_shown = 60;
  std::string line(value.substr(0, value.find('\n')));
  if (line.size() > max_shown || line.size() < value.size()) {
    line = line.substr(0, std::min(line.size(), max_shown));
    while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80) line.pop_back();
    if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
    line += "…";
  }
  return line;
}

class Filler {
 public:
  Filler(const Contact& contact, std::string_view source, const Sides& sides)
      : m_contact(contact), m_source(source), m_sides(sides) {}

  void differs(std::string_view what, std::string_view ours, std::string_view theirs) {
    m_fill.differences.push_back(fmt::format("{} says {} {}, the card at {} {} (kept {})", m_sides.ours, what,
                                             shown(ours), m_source, shown(theirs), m_sides.kept));
  }

  // Appends the values of `offered` whose key (as `key_of` gives it) neither the contact's `have`
  // nor an earlier gain has.
  template <typename KeyOf>
  void list(const std::vector<std::string>& have, const std::vector<std::string>& offered,
            std::vector<std::string>& gains, KeyOf key_of) {
    std::vector<std::string> keys;
    for (const auto& value : have) keys.push_back(key_of(value));
    for (const auto& value : offered) {
      auto key = key_of(value);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(std::move(key));
      gains.push_back(value);
    }
  }

  void text(std::string_view what, const std::optional<std::string>& have, const std::optional<std::string>& offered,
            std::optional<std::string>& gain) {
    if (!offered || offered->empty()) return;
    if (!have || have->empty())
      gain = offered;
    else if (fold(*have) != fold(*offered))
      differs(what, *have, *offered);
  }

  void dates(const Contact& offered) {
    for (const auto& date : offered.dates) {
      auto same_label = std::find_if(m_contact.dates.begin(), m_contact.dates.end(),
                                     [&](const ImportantDate& d) { return d.label == date.label; });
      if (same_label != m_contact.dates.end()) {
        if (same_label->text() != date.text()) differs(date.label, same_label->text(), date.text());
        continue;
      }
      auto same_date = [&](const ImportantDate& d) { return d.text() == date.text(); };
      if (std::any_of(m_contact.dates.begin(), m_contact.dates.end(), same_date) ||
          std::any_of(m_fill.gains.dates.begin(), m_fill.gains.dates.end(), same_date))
        continue;
      m_fill.gains.dates.push_back(date);
    }
  }

  void details(const Contact& offered) {
    for (const auto& field : offered.details) {
      if (has_value(field.value)) continue;
      if (auto kind = interop::repeatable_detail(field.key)) {
        m_fill.gains.details.push_back({free_key(*kind), field.value});
        continue;
      }
      const auto* same_key = find_key(field.key);
      if (!same_key) {
        m_fill.gains.details.push_back(field);
      } else if (field.key == "note") {
        // A note the user added to keeps the card's within it; any other is their own now.
        m_fill.differences.push_back(fmt::format("{} has a note of its own, the card at {} another (kept {})",
                                                 m_sides.ours, m_source, m_sides.kept));
      } else {
        differs(field.key, same_key->value, field.value);
      }
    }
  }

  Fill take() { return std::move(m_fill); }
  journal::ContactGains& gains() { return m_fill.gains; }

 private:
  bool has_value(const std::string& value) const {
    auto holds = [&](const Field& f) {
      return f.value == value || (f.key == "note" && f.value.find(value) != std::string::npos);
    };
    return std::any_of(m_contact.details.begin(), m_contact.details.end(), holds) ||
           std::any_of(m_fill.gains.details.begin(), m_fill.gains.details.end(), holds);
  }

  const Field* find_key(std::string_view key) const {
    for (const auto* list : {&m_contact.details, &m_fill.gains.details})
      for (const auto& f : *list)
        if (f.key == key) return &f;
    return nullptr;
  }

  std::string free_key(std::string_view base) const {
    if (!find_key(base)) return std::string(base);
    for (int n = 2;; ++n) {
      auto key = fmt::format("{} {}", base, n);
      if (!find_key(key)) return key;
    }
  }

  const Contact& m_contact;
  std::string_view m_source;
  const Sides& m_sides;
  Fill m_fill;
};

}  // namespace

Fill fill_from(const Contact& contact, const Contact& offered, std::string_view source, const Sides& sides) {
  Filler f(contact, source, sides);
  auto& g = f.gains();
  if (!offered.name.empty() && match_key(offered.name) != match_key(contact.name) &&
      std::none_of(contact.aka.begin(), contact.aka.end(),
                   [&](const std::string& a) { return match_key(a) == match_key(offered.name); }))
    f.differs("name", contact.name, offered.name);
  // An aka that is the contact's name already is no gain.
  std::vector<std::string> names = contact.aka;
  names.push_back(contact.name);
  f.list(names, offered.aka, g.aka, match_key);
  f.list(contact.tags, offered.tags, g.tags, fold);
  f.list(contact.emails, offered.emails, g.emails, email_key);
  f.list(contact.phones, offered.phones, g.phones, [](const std::string& phone) {
    auto key = phone_key(phone);
    return key.empty() ? "text:" + phone : key;
  });
  f.list(contact.uid, offered.uid, g.uid, [](const std::string& uid) { return uid; });
  if (offered.since) {
    if (!contact.since)
      g.since = offered.since;
    else if (*contact.since != *offered.since)
      f.differs("since", contact.since->iso(), offered.since->iso());
  }
  f.text("org", contact.org, offered.org, g.org);
  f.text("title", contact.title, offered.title, g.title);
  f.dates(offered);
  f.details(offered);
  return f.take();
}

}  // namespace rel::imports
