// Validation of contact files and `.rel.yaml` against the schema, collecting every problem.
#include "rel/journal/contact_codec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>

#include "rel/core/duration.hpp"

namespace rel::journal {
namespace {

// Collects problems in one file so that one pass reports all of them.
class Checker {
 public:
  explicit Checker(const std::string& file) : m_file(file) {}

  void problem(const YamlNode& at, std::string message) {
    m_problems.push_back({Location{m_file, at.line + 1, at.column + 1}, std::move(message)});
  }
  std::vector<Diagnostic> take() { return std::move(m_problems); }

  static bool is_null(const YamlNode& node) {
    return node.kind == YamlNode::Kind::null ||
           (node.is_scalar() && node.plain && (node.value == "~" || node.value == "null" || node.value.empty()));
  }

  std::optional<std::string> text(const YamlNode& node, std::string_view what) {
    if (node.is_scalar()) return node.value;
    problem(node, fmt::format("{} must be text", what));
    return std::nullopt;
  }

  // A list of text; a single value is accepted as a list of one.
  std::vector<std::string> text_list(const YamlNode& node, std::string_view what) {
    std::vector<std::string> out;
    if (is_null(node)) return out;
    if (node.is_scalar()) return {node.value};
    if (node.kind != YamlNode::Kind::sequence) {
      problem(node, fmt::format("{} must be a list, e.g. [a, b]", what));
      return out;
    }
    for (const auto& item : node.items)
      if (auto t = text(item, fmt::format("each item of {}", what))) out.push_back(*t);
    return out;
  }

  std::optional<Date> date(const YamlNode& node, std::string_view what) {
    if (!node.is_scalar()) {
      problem(node, fmt::format("{} must be a date (YYYY-MM-DD)", what));
      return std::nullopt;
    }
    auto d = Date::parse_iso(node.value);
    if (!d) problem(node, fmt::format("invalid date \"{}\" for {}: expected YYYY-MM-DD", node.value, what));
    return d;
  }

  bool map(const YamlNode& node, std::string_view what) {
    if (node.kind == YamlNode::Kind::map) return true;
    problem(node, fmt::format("{} must be a map of keys and values", what));
    return false;
  }

 private:
  const std::string& m_file;
  std::vector<Diagnostic> m_problems;
};

// A value of an unknown key (or a detail) as text: scalars as written, collections in flow style.
std::string flatten(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::null: return "";
    case YamlNode::Kind::scalar: return node.value;
    case YamlNode::Kind::sequence: {
      std::string out = "[";
      for (size_t i = 0; i < node.items.size(); ++i) out += (i ? ", " : "") + flatten(node.items[i]);
      return out + "]";
    }
    case YamlNode::Kind::map: {
      std::string out = "{";
      for (size_t i = 0; i < node.entries.size(); ++i)
        out += (i ? ", " : "") + node.entries[i].first.value + ": " + flatten(node.entries[i].second);
      return out + "}";
    }
  }
  return "";
}

std::optional<int> two_digits(std::string_view text) {
  if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9') return std::nullopt;
  return (text[0] - '0') * 10 + (text[1] - '0');
}

void decode_promise(Checker& check, const YamlNode& node, Contact& contact) {
  if (!check.map(node, "a promise")) return;
  Promise promise;
  bool has_what = false;
  for (const auto& [key, value] : node.entries) {
    const auto& k = key.value;
    if (k == "what") {
      if (auto t = check.text(value, "what")) promise.what = *t, has_what = true;
    } else if (k == "made" || k == "due" || k == "done") {
      if (Checker::is_null(value)) continue;
      auto d = check.date(value, k);
      (k == "made" ? promise.made : k == "due" ? promise.due : promise.done) = d;
    } else if (k == "by") {
      auto by = value.is_scalar() ? parse_by(value.value) : std::nullopt;
      if (!by)
        check.problem(value, fmt::format("unknown by \"{}\": expected me or them", flatten(value)));
      else
        promise.by = *by;
    } else {
      check.problem(key, fmt::format("unknown key \"{}\" in a promise (expected what, made, due, done, by)", k));
    }
  }
  if (!has_what) check.problem(node, "a promise needs \"what\"");
  contact.promises.push_back(std::move(promise));
}

void decode_interaction(Checker& check, const YamlNode& node, Contact& contact) {
  if (!check.map(node, "a log entry")) return;
  Interaction entry;
  bool has_date = false;
  for (const auto& [key, value] : node.entries) {
    const auto& k = key.value;
    if (k == "date") {
      auto ts = value.is_scalar() ? Timestamp::parse(value.value) : std::nullopt;
      if (!ts)
        check.problem(value,
                      fmt::format("invalid date \"{}\": expected YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"", flatten(value)));
      else
        entry.when = *ts, has_date = true;
    } else if (k == "via") {
      auto via = value.is_scalar() ? parse_via(value.value) : std::nullopt;
      if (!via)
        check.problem(value, fmt::format("unknown via \"{}\": expected meeting, call, video, message, email, "
                                         "letter, social or other",
                                         flatten(value)));
      else
        entry.via = *via;
    } else if (k == "by") {
      auto by = value.is_scalar() ? parse_by(value.value) : std::nullopt;
      if (!by)
        check.problem(value, fmt::format("unknown by \"{}\": expected me or them", flatten(value)));
      else
        entry.by = *by;
    } else if (k == "with") {
      entry.with = check.text_list(value, "with");
    } else if (k == "note") {
      if (Checker::is_null(value)) continue;
      if (auto t = check.text(value, "note")) entry.note = *t;
    } else if (k == "ref") {
      if (Checker::is_null(value)) continue;
      if (auto t = check.text(value, "ref")) entry.ref = *t;
    } else {
      check.problem(key, fmt::format("unknown key \"{}\" in a log entry (expected date, via, by, with, note, ref)", k));
    }
  }
  if (!has_date && node.entries.empty())
    check.problem(node, "a log entry needs a date");
  else if (!has_date &&
           std::none_of(node.entries.begin(), node.entries.end(), [](auto& e) { return e.first.value == "date"; }))
    check.problem(node, "a log entry needs a date");
  contact.log.push_back(std::move(entry));
}

template <typename Each>
void each_item(Checker& check, const YamlNode& node, std::string_view what, Each&& each) {
  if (Checker::is_null(node)) return;
  if (node.kind != YamlNode::Kind::sequence) {
    check.problem(node, fmt::format("{} must be a list of entries (- ...)", what));
    return;
  }
  for (const auto& item : node.items) each(item);
}

}  // namespace

std::optional<ImportantDate> parse_important_date(std::string_view label, std::string_view text) {
  ImportantDate out;
  out.label = std::string(label);
  if (auto full = Date::parse_iso(text)) {
    out.year = full->year();
    out.month = full->month();
    out.day = full->day();
    return out;
  }
  if (text.starts_with("--")) text.remove_prefix(2);
  if (text.size() != 5 || text[2] != '-') return std::nullopt;
  auto m = two_digits(text.substr(0, 2));
  auto d = two_digits(text.substr(3, 2));
  if (!m || !d || *m < 1 || *m > 12 || *d < 1 || *d > days_in_month(2000, *m)) return std::nullopt;
  out.month = *m;
  out.day = *d;
  return out;
}

Decoded decode_contact(const YamlNode& root, const std::string& id, const std::string& file) {
  Checker check(file);
  Decoded out;
  Contact& c = out.contact;
  c.id = id;
  if (root.kind != YamlNode::Kind::map) {
    check.problem(root, "a contact file must be a map of keys, starting with \"name: ...\"");
    out.problems = check.take();
    return out;
  }
  bool has_name = false;
  for (const auto& [key, value] : root.entries) {
    const auto& k = key.value;
    if (k == "name") {
      // An empty value has no place of its own (yaml-cpp marks the next line): point at the key.
      if (value.kind == YamlNode::Kind::null)
        check.problem(key, "name must not be empty");
      else if (auto t = check.text(value, "name")) {
        if (t->empty() || Checker::is_null(value))
          check.problem(value, "name must not be empty");
        else
          c.name = *t, has_name = true;
      }
      continue;
    }
    if (Checker::is_null(value)) continue;  // an empty optional key is as if absent
    if (k == "aka") {
      c.aka = check.text_list(value, "aka");
    } else if (k == "tags") {
      c.tags = check.text_list(value, "tags");
    } else if (k == "cadence") {
      auto days = value.is_scalar() ? parse_duration_days(value.value) : std::nullopt;
      if (!days)
        check.problem(value, fmt::format("invalid cadence \"{}\": expected a number and d, w, m or y (e.g. 30d)",
                                         flatten(value)));
      c.cadence_days = days;
    } else if (k == "since") {
      c.since = check.date(value, "since");
    } else if (k == "email") {
      c.emails = check.text_list(value, "email");
    } else if (k == "phone") {
      c.phones = check.text_list(value, "phone");
    } else if (k == "uid") {
      c.uid = check.text_list(value, "uid");
    } else if (k == "org") {
      c.org = check.text(value, "org");
    } else if (k == "title") {
      c.title = check.text(value, "title");
    } else if (k == "status") {
      auto status = value.is_scalar() ? parse_status(value.value) : std::nullopt;
      if (!status)
        check.problem(value, fmt::format("unknown status \"{}\": expected active, dormant, archived or deceased",
                                         flatten(value)));
      else
        c.status = *status;
    } else if (k == "snooze") {
      c.snooze = check.date(value, "snooze");
    } else if (k == "dates") {
      if (!check.map(value, "dates")) continue;
      for (const auto& [label, when] : value.entries) {
        auto d = when.is_scalar() ? parse_important_date(label.value, when.value) : std::nullopt;
        if (!d)
          check.problem(when, fmt::format("invalid date \"{}\" for {}: expected YYYY-MM-DD or --MM-DD", flatten(when),
                                          label.value));
        else
          c.dates.push_back(*d);
      }
    } else if (k == "details") {
      if (!check.map(value, "details")) continue;
      for (const auto& [detail, text] : value.entries) c.details.push_back({detail.value, flatten(text)});
    } else if (k == "promises") {
      each_item(check, value, "promises", [&](const YamlNode& item) { decode_promise(check, item, c); });
    } else if (k == "log") {
      each_item(check, value, "log", [&](const YamlNode& item) { decode_interaction(check, item, c); });
    } else {
      c.extra.push_back({k, flatten(value)});
    }
  }
  if (!has_name &&
      std::none_of(root.entries.begin(), root.entries.end(), [](auto& e) { return e.first.value == "name"; }))
    check.problem(root, "missing \"name\": every contact needs one");
  out.problems = check.take();
  return out;
}

Contact parse_contact(std::string_view text, const std::string& id, const std::string& file) {
  auto decoded = decode_contact(parse_yaml(text, file), id, file);
  if (!decoded.problems.empty()) throw Error(std::move(decoded.problems));
  return std::move(decoded.contact);
}

namespace {

// The `health:` keys of .rel.yaml: every HealthParams member under its own name, with the range
// that keeps the model meaningful (documented in the HEALTH section of rel(1)).
struct Tunable {
  enum class Kind { real, count, days };
  std::string_view key;
  Kind kind;
  double HealthParams::*real = nullptr;
  int HealthParams::*whole = nullptr;
  double min = 0;
  double max = 0;
};

constexpr Tunable real(std::string_view key, double HealthParams::*member, double min, double max) {
  return {key, Tunable::Kind::real, member, nullptr, min, max};
}
constexpr Tunable whole(std::string_view key, Tunable::Kind kind, int HealthParams::*member, double min, double max) {
  return {key, kind, nullptr, member, min, max};
}

const Tunable* find_tunable(std::string_view key) {
  using P = HealthParams;
  using K = Tunable::Kind;
  static const Tunable tunables[] = {
      real("weight_time", &P::weight_time, 0, 100),
      real("weight_intensity", &P::weight_intensity, 0, 100),
      real("weight_reciprocity", &P::weight_reciprocity, 0, 100),
      real("weight_trust", &P::weight_trust, 0, 100),
      real("contact_min_weight", &P::contact_min_weight, 0, 10),
      real("time_half_point", &P::time_half_point, 0.01, 100),
      real("time_steepness", &P::time_steepness, 0.1, 20),
      real("rhythm_weight", &P::rhythm_weight, 0, 1),
      whole("rhythm_min_gaps", K::count, &P::rhythm_min_gaps, 1, 1000),
      real("known_cushion", &P::known_cushion, 0, 10),
      whole("known_full_days", K::days, &P::known_full_days, 1, 36500),
      real("unanswered_silence_share", &P::unanswered_silence_share, 0, 1),
      real("half_life_cadences", &P::half_life_cadences, 0.01, 100),
      real("repeat_discount", &P::repeat_discount, 0, 0.99),
      real("intensity_gain", &P::intensity_gain, 0, 100),
      real("reciprocity_memory", &P::reciprocity_memory, 0, 1),
      real("reciprocity_prior", &P::reciprocity_prior, 0, 1000),
      real("reciprocity_slack", &P::reciprocity_slack, 0, 1000),
      whole("chase_contacts", K::count, &P::chase_contacts, 1, 1000),
      real("chase_points", &P::chase_points, 0, 100),
      real("chase_points_max", &P::chase_points_max, 0, 100),
      real("trust_prior", &P::trust_prior, 0, 1000),
      real("kept_late_credit", &P::kept_late_credit, 0, 1),
      whole("overdue_growth_days", K::days, &P::overdue_growth_days, 1, 36500),
      real("overdue_penalty_max", &P::overdue_penalty_max, 0, 1000),
      whole("trend_days", K::days, &P::trend_days, 1, 3650),
      real("due_cadences", &P::due_cadences, 0.01, 100),
      real("urgent_cadences", &P::urgent_cadences, 0.01, 100),
      real("urgency_due", &P::urgency_due, 0, 1000),
      real("urgency_silence_max", &P::urgency_silence_max, 0, 1000),
      real("urgency_silence_half", &P::urgency_silence_half, 0.01, 100),
      whole("never_logged_days", K::days, &P::never_logged_days, 0, 36500),
      real("urgency_today", &P::urgency_today, 0, 100000),
      whole("date_today_days", K::days, &P::date_today_days, 0, 366),
      real("urgency_waiting", &P::urgency_waiting, 0, 1000),
      real("urgency_promise", &P::urgency_promise, 0, 1000),
      real("urgency_promise_per_day", &P::urgency_promise_per_day, 0, 1000),
      whole("urgency_promise_max_days", K::days, &P::urgency_promise_max_days, 0, 36500),
      real("urgency_per_health_point", &P::urgency_per_health_point, 0, 1000),
      real("urgency_per_point_fallen", &P::urgency_per_point_fallen, 0, 1000),
      real("low_health", &P::low_health, 0, 100),
      real("falling_points", &P::falling_points, 0, 100),
      whole("date_horizon_days", K::days, &P::date_horizon_days, 0, 366),
      whole("date_due_days", K::days, &P::date_due_days, 0, 366),
      real("urgency_date", &P::urgency_date, 0, 1000),
      real("lost_cadences", &P::lost_cadences, 0.01, 100),
      whole("lost_min_days", K::days, &P::lost_min_days, 0, 36500),
      real("change_points", &P::change_points, 0, 100),
  };
  for (const auto& tunable : tunables)
    if (tunable.key == key) return &tunable;
  return nullptr;
}

}  // namespace

DecodedSettings decode_settings(const YamlNode& root, const std::string& file) {
  Checker check(file);
  DecodedSettings out;
  Settings& s = out.settings;
  if (Checker::is_null(root)) return out;
  if (!check.map(root, "the settings file")) {
    out.problems = check.take();
    return out;
  }
  auto cadence = [&](const YamlNode& value, std::string_view what) -> std::optional<int> {
    auto days = value.is_scalar() ? parse_duration_days(value.value) : std::nullopt;
    if (!days)
      check.problem(value, fmt::format("invalid cadence \"{}\" for {}: expected e.g. 30d", flatten(value), what));
    return days;
  };
  for (const auto& [key, value] : root.entries) {
    if (Checker::is_null(value)) continue;
    if (key.value == "cadence") {
      if (!check.map(value, "cadence")) continue;
      for (const auto& [k, v] : value.entries) {
        if (k.value == "default") {
          if (auto d = cadence(v, "default")) s.default_cadence_days = *d;
        } else if (k.value == "tags") {
          if (Checker::is_null(v) || !check.map(v, "cadence.tags")) continue;
          for (const auto& [tag, span] : v.entries)
            if (auto d = cadence(span, tag.value)) s.tag_cadence_days[tag.value] = *d;
        } else {
          check.problem(k, fmt::format("unknown key \"{}\" under cadence (expected default, tags)", k.value));
        }
      }
    } else if (key.value == "weights") {
      if (!check.map(value, "weights")) continue;
      for (const auto& [k, v] : value.entries) {
        auto via = parse_via(k.value);
        double weight = -1;
        if (v.is_scalar()) {
          auto [ptr, ec] = std::from_chars(v.value.data(), v.value.data() + v.value.size(), weight);
          if (ec != std::errc() || ptr != v.value.data() + v.value.size()) weight = -1;
        }
        if (!via)
          check.problem(k, fmt::format("unknown channel \"{}\" in weights", k.value));
        else if (!(weight >= 0 && weight <= 10))  // so that nan, which compares false either way, is refused too
          check.problem(v, fmt::format("weight of {} must be a number from 0 to 10", k.value));
        else
          s.weights[static_cast<size_t>(*via)] = weight;
      }
    } else if (key.value == "git") {
      if (!check.map(value, "git")) continue;
      for (const auto& [k, v] : value.entries) {
        if (k.value != "autocommit") {
          check.problem(k, fmt::format("unknown key \"{}\" under git (expected autocommit)", k.value));
        } else if (v.is_scalar() && (v.value == "true" || v.value == "yes" || v.value == "on")) {
          s.autocommit = true;
        } else if (v.is_scalar() && (v.value == "false" || v.value == "no" || v.value == "off")) {
          s.autocommit = false;
        } else {
          check.problem(v, "git.autocommit must be true or false");
        }
      }
    } else if (key.value == "monitor") {
      if (value.is_scalar() && (value.value == "true" || value.value == "yes" || value.value == "on"))
        s.monitor = true;
      else if (value.is_scalar() && (value.value == "false" || value.value == "no" || value.value == "off"))
        s.monitor = false;
      else
        check.problem(value, "monitor must be true or false");
    } else if (key.value == "health") {
      if (!check.map(value, "health")) continue;
      for (const auto& [k, v] : value.entries) {
        const Tunable* tunable = find_tunable(k.value);
        if (!tunable) {
          check.problem(k, fmt::format("unknown key \"{}\" under health (see HEALTH in rel(1))", k.value));
          continue;
        }
        std::optional<double> number;
        if (v.is_scalar()) {
          double parsed = 0;
          auto [ptr, ec] = std::from_chars(v.value.data(), v.value.data() + v.value.size(), parsed);
          if (ec == std::errc() && ptr == v.value.data() + v.value.size() && std::isfinite(parsed)) number = parsed;
          // Day counts may also be written like cadences: 30d, 4w, 3m.
          if (!number && tunable->kind == Tunable::Kind::days)
            if (auto days = parse_duration_days(v.value)) number = *days;
        }
        bool integral = tunable->kind != Tunable::Kind::real;
        if (!number || *number < tunable->min || *number > tunable->max ||
            (integral && *number != std::floor(*number))) {
          check.problem(v, fmt::format("health.{} must be {} from {} to {}{}", k.value,
                                       integral ? "a whole number" : "a number", tunable->min, tunable->max,
                                       tunable->kind == Tunable::Kind::days ? " (days, or e.g. 30d)" : ""));
          continue;
        }
        if (integral)
          s.health.*(tunable->whole) = static_cast<int>(*number);
        else
          s.health.*(tunable->real) = *number;
      }
    } else if (key.value == "me") {
      if (!check.map(value, "me")) continue;
      for (const auto& [k, v] : value.entries) {
        if (k.value != "email") {
          check.problem(k, fmt::format("unknown key \"{}\" under me (expected email)", k.value));
          continue;
        }
        auto addresses = check.text_list(v, "me.email");
        for (size_t k = 0; k < addresses.size(); ++k) {
          auto& address = addresses[k];
          const auto& at = v.kind == YamlNode::Kind::sequence && k < v.items.size() ? v.items[k] : v;
          if (address.find('@') == std::string::npos || address.find_first_of(" \t<>,") != std::string::npos)
            check.problem(at, fmt::format("me.email: \"{}\" is not an email address", address));
          else
            s.me_emails.push_back(std::move(address));
        }
      }
    } else if (key.value == "import") {
      if (!check.map(value, "import")) continue;
      for (const auto& [k, v] : value.entries) {
        int people = 0;
        if (k.value != "max_people") {
          check.problem(k, fmt::format("unknown key \"{}\" under import (expected max_people)", k.value));
        } else if (auto [ptr, ec] = std::from_chars(v.value.data(), v.value.data() + v.value.size(), people);
                   !v.is_scalar() || ec != std::errc() || ptr != v.value.data() + v.value.size() || people < 2 ||
                   people > 10000) {
          check.problem(v, "import.max_people must be a whole number from 2 to 10000");
        } else {
          s.import_max_people = people;
        }
      }
    } else if (key.value == "log") {
      if (!check.map(value, "log")) continue;
      for (const auto& [k, v] : value.entries) {
        if (k.value != "via") {
          check.problem(k, fmt::format("unknown key \"{}\" under log (expected via)", k.value));
        } else if (auto via = v.is_scalar() ? parse_via(v.value) : std::nullopt; !via) {
          check.problem(v, "log.via must be meeting, call, video, message, email, letter, social or other");
        } else {
          s.default_via = *via;
        }
      }
    } else {
      check.problem(key,
                    fmt::format("unknown key \"{}\" (expected cadence, weights, health, git, monitor, me, import, log)",
                                key.value));
    }
  }
  out.problems = check.take();
  return out;
}

}  // namespace rel::journal
