// The text edits and the matching model edit of what an import adds to a contact it matched.
#include "rel/journal/contact_gains.hpp"

#include "rel/journal/list_items.hpp"
#include "rel/journal/text_edit.hpp"

namespace rel::journal {

bool ContactGains::empty() const {
  return aka.empty() && tags.empty() && emails.empty() && phones.empty() && uid.empty() && !since && !org && !title &&
         dates.empty() && details.empty() && log.empty();
}

void add_gains(Contact& c, const ContactGains& g) {
  c.aka.insert(c.aka.end(), g.aka.begin(), g.aka.end());
  c.tags.insert(c.tags.end(), g.tags.begin(), g.tags.end());
  if (g.since) c.since = g.since;
  c.emails.insert(c.emails.end(), g.emails.begin(), g.emails.end());
  c.phones.insert(c.phones.end(), g.phones.begin(), g.phones.end());
  if (g.org) c.org = g.org;
  if (g.title) c.title = g.title;
  c.uid.insert(c.uid.end(), g.uid.begin(), g.uid.end());
  c.dates.insert(c.dates.end(), g.dates.begin(), g.dates.end());
  c.details.insert(c.details.end(), g.details.begin(), g.details.end());
  c.log.insert(c.log.end(), g.log.begin(), g.log.end());
}

std::string add_gains_to_text(std::string_view text, const YamlNode& tree, const ContactGains& g,
                              const std::string& file) {
  std::string out(text);
  // Each edit finds its place in the text as the previous one left it.
  std::optional<YamlNode> reparsed;
  auto current = [&]() -> const YamlNode& {
    if (!reparsed) return tree;
    return *reparsed;
  };
  auto edited = [&](std::string next) {
    out = std::move(next);
    reparsed = parse_yaml(out, file);
  };
  auto list = [&](const char* key, const std::vector<std::string>& values, OneValue one) {
    if (!values.empty()) edited(append_list_values(out, current(), key, values, one));
  };
  auto scalar = [&](const KeyPath& path, const std::string& value) {
    edited(set_value(out, current(), path, {path.back(), value, std::nullopt}));
  };
  list("aka", g.aka, OneValue::list);
  list("tags", g.tags, OneValue::list);
  if (g.since) scalar({"since"}, g.since->iso());
  list("email", g.emails, OneValue::scalar);
  list("phone", g.phones, OneValue::scalar);
  if (g.org) scalar({"org"}, *g.org);
  if (g.title) scalar({"title"}, *g.title);
  list("uid", g.uid, OneValue::list);
  for (const auto& d : g.dates) scalar({"dates", d.label}, d.text());
  for (const auto& f : g.details) scalar({"details", f.key}, f.value);
  if (!g.log.empty()) {
    std::vector<std::vector<ItemValue>> items;
    for (const auto& e : g.log) items.push_back(log_item(e));
    edited(append_list_items(out, current(), "log", items));
  }
  return out;
}

}  // namespace rel::journal
