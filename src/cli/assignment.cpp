// Validation of settable keys and the model edits that mirror each text edit.
#include "rel/cli/assignment.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rel/core/duration.hpp"
#include "rel/core/error.hpp"
#include "rel/core/when.hpp"
#include "rel/journal/contact_codec.hpp"

namespace rel::cli {
namespace {

journal::KeyPath split_key(std::string_view key) {
  auto dot = key.find('.');
  if (key.empty()) throw UsageError("empty key");
  if (dot == std::string_view::npos) return {std::string(key)};
  auto parent = key.substr(0, dot);
  auto child = key.substr(dot + 1);
  if ((parent != "details" && parent != "dates") || child.empty())
    throw UsageError(fmt::format("cannot set \"{}\": nested keys are details.NAME or dates.NAME", key));
  return {std::string(parent), std::string(child)};
}

std::vector<std::string> split_list(std::string_view value) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= value.size()) {
    auto comma = value.find(',', start);
    auto part = value.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) items.emplace_back(part);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return items;
}

template <typename T, typename Key>
void upsert(std::vector<T>& items, const Key& key, T value) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) {
    if constexpr (std::is_same_v<T, Field>)
      return x.key == key;
    else
      return x.label == key;
  });
  if (it != items.end())
    *it = std::move(value);
  else
    items.push_back(std::move(value));
}

void check_reserved(const journal::KeyPath& path) {
  const auto& k = path.front();
  if (path.size() == 1 && (k == "log" || k == "promises"))
    throw UsageError(fmt::format("\"{}\" is written by `rel {}`, not set", k, k == "log" ? "log" : "promise"));
  if (path.size() == 1 && (k == "details" || k == "dates"))
    throw UsageError(fmt::format("set one entry at a time: {}.NAME", k));
  if (path.size() == 1 && k.find_first_of(":#{}[]&*!|>'\"%@` \t\n") != std::string::npos)
    throw UsageError(fmt::format("\"{}\" is not a plain key", k));
}

}  // namespace

Assignment parse_assignment(std::string_view key, std::string_view value, Date today) {
  Assignment a;
  a.path = split_key(key);
  check_reserved(a.path);
  std::string v(value);
  a.value = {a.path.back(), v, std::nullopt};
  const auto& k = a.path.front();
  if (a.path.size() == 2) {
    auto child = a.path[1];
    if (k == "dates") {
      auto date = journal::parse_important_date(child, v);
      if (!date && v.starts_with("--"))
        throw UsageError(fmt::format("invalid date \"{}\" for {}: expected --MM-DD (or YYYY-MM-DD)", v, key));
      if (!date) {
        // Accept a WHEN too ("yesterday" for a first meeting), written as an ISO date.
        auto when = parse_when(v, today, Lean::past);
        date = journal::parse_important_date(child, when.date.iso());
      }
      a.value.scalar = date->text();
      a.apply = [child, d = *date](Contact& c) { upsert(c.dates, child, d); };
    } else {
      a.apply = [child, v](Contact& c) { upsert(c.details, child, Field{child, v}); };
    }
    return a;
  }
  if (k == "name") {
    if (v.empty()) throw UsageError("name must not be empty");
    a.apply = [v](Contact& c) { c.name = v; };
  } else if (k == "aka" || k == "tags") {
    auto items = split_list(v);
    a.value.list = items;
    a.apply = [k, items](Contact& c) { (k == "aka" ? c.aka : c.tags) = items; };
  } else if (k == "cadence") {
    auto days = parse_duration_days(v);
    if (!days) throw UsageError(fmt::format("invalid cadence \"{}\": expected e.g. 30d, 2w, 3m, 1y", v));
    a.apply = [d = *days](Contact& c) { c.cadence_days = d; };
  } else if (k == "since") {
    auto d = parse_when(v, today, Lean::past).date;
    a.value.scalar = d.iso();
    a.apply = [d](Contact& c) { c.since = d; };
  } else if (k == "email" || k == "phone" || k == "uid") {
    // One value is written as one; several (comma-separated) as a list.
    auto items = split_list(v);
    if (items.empty()) throw UsageError(fmt::format("{} must not be empty", k));
    if (items.size() > 1) a.value.list = items;
    a.apply = [k, items](Contact& c) { (k == "email" ? c.emails : k == "phone" ? c.phones : c.uid) = items; };
  } else if (k == "org" || k == "title") {
    a.apply = [k, v](Contact& c) { (k == "org" ? c.org : c.title) = v; };
  } else if (k == "status") {
    auto status = parse_status(v);
    if (!status)
      throw UsageError(fmt::format("unknown status \"{}\": expected active, dormant, archived or deceased", v));
    a.apply = [s = *status](Contact& c) { c.status = s; };
  } else if (k == "snooze") {
    auto d = parse_when(v, today, Lean::future).date;
    a.value.scalar = d.iso();
    a.apply = [d](Contact& c) { c.snooze = d; };
  } else {
    a.apply = [k, v](Contact& c) { upsert(c.extra, k, Field{k, v}); };
  }
  return a;
}

Assignment parse_removal(std::string_view key) {
  Assignment a;
  a.path = split_key(key);
  check_reserved(a.path);
  const auto k = a.path.front();
  if (a.path.size() == 2) {
    auto child = a.path[1];
    if (k == "dates")
      a.apply = [child](Contact& c) { std::erase_if(c.dates, [&](auto& d) { return d.label == child; }); };
    else
      a.apply = [child](Contact& c) { std::erase_if(c.details, [&](auto& d) { return d.key == child; }); };
    return a;
  }
  if (k == "name") throw UsageError("name cannot be removed: every contact needs one");
  a.apply = [k](Contact& c) {
    if (k == "aka")
      c.aka.clear();
    else if (k == "tags")
      c.tags.clear();
    else if (k == "cadence")
      c.cadence_days.reset();
    else if (k == "since")
      c.since.reset();
    else if (k == "email")
      c.emails.clear();
    else if (k == "phone")
      c.phones.clear();
    else if (k == "uid")
      c.uid.clear();
    else if (k == "org")
      c.org.reset();
    else if (k == "title")
      c.title.reset();
    else if (k == "status")
      c.status = ContactStatus::active;
    else if (k == "snooze")
      c.snooze.reset();
    else
      std::erase_if(c.extra, [&](auto& f) { return f.key == k; });
  };
  return a;
}

journal::PendingWrite prepare_assignment(const std::filesystem::path& root, const std::string& id,
                                         const Assignment& assignment) {
  return journal::prepare_edit(
      root, id,
      [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
        return journal::set_value(text, tree, assignment.path, assignment.value);
      },
      assignment.apply);
}

}  // namespace rel::cli
