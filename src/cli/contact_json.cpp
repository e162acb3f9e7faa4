// One contact as a JSON record, shared by `rel show --json` and `rel export --format json`.
#include "rel/cli/contact_json.hpp"

#include "rel/cli/render.hpp"
#include "rel/core/entry_address.hpp"
#include "rel/core/sparkline.hpp"
#include "rel/core/urgency.hpp"

namespace rel::cli {
namespace {

nlohmann::json fields_json(const std::vector<Field>& fields) {
  auto object = nlohmann::json::object();
  for (const auto& field : fields) object[field.key] = field.value;
  return object;
}

nlohmann::json dates_json(const Contact& contact, Date today) {
  auto list = nlohmann::json::array();
  for (const auto& date : contact.dates) {
    auto occurrence = next_occurrence(date, today);
    list.push_back({{"label", date.label},
                    {"date", date.text()},
                    {"next", occurrence.next.iso()},
                    {"days_until", occurrence.days_until},
                    {"years", number_json(occurrence.years)}});
  }
  return list;
}

nlohmann::json promises_json(const Contact& contact, Date today) {
  auto list = nlohmann::json::array();
  const EntryAddresses addresses(contact);
  for (size_t i = 0; i < contact.promises.size(); ++i) {
    const auto& p = contact.promises[i];
    list.push_back({{"address", addresses.of_promise(i)},
                    {"what", p.what},
                    {"made", date_json(p.made)},
                    {"due", date_json(p.due)},
                    {"done", date_json(p.done)},
                    {"by", to_string(p.by)},
                    {"overdue_days", number_json(overdue_days(p, today))}});
  }
  return list;
}

nlohmann::json log_json(const Contact& contact) {
  auto list = nlohmann::json::array();
  const EntryAddresses addresses(contact);
  for (const auto* e : interactions_by_date(contact))
    list.push_back({{"address", addresses.of_interaction(static_cast<size_t>(e - contact.log.data()))},
                    {"date", e->when.text()},
                    {"via", to_string(e->via)},
                    {"by", to_string(e->by)},
                    {"with", e->with},
                    {"note", e->note},
                    {"ref", e->ref.empty() ? nlohmann::json(nullptr) : nlohmann::json(e->ref)}});
  return list;
}

}  // namespace

std::optional<int> overdue_days(const Promise& p, Date today) {
  if (p.open() && p.due && *p.due < today) return today - *p.due;
  return std::nullopt;
}

nlohmann::json contact_json(const Contact& c, const Settings& settings, Date today) {
  auto record = contact_record(c);
  record["aka"] = c.aka;
  record["tags"] = c.tags;
  record["cadence_days"] = cadence_for(c, settings);
  record["since"] = date_json(c.since);
  // `email` and `phone` are the first of each (kept as they were before lists); `emails`, `phones` all.
  record["email"] = c.emails.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.emails.front());
  record["phone"] = c.phones.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.phones.front());
  record["emails"] = c.emails;
  record["phones"] = c.phones;
  record["org"] = c.org ? nlohmann::json(*c.org) : nullptr;
  record["title"] = c.title ? nlohmann::json(*c.title) : nullptr;
  record["contact_status"] = to_string(c.status);
  record["snooze"] = date_json(c.snooze);
  record["uid"] = c.uid;
  record["details"] = fields_json(c.details);
  record["dates"] = dates_json(c, today);
  record["promises"] = promises_json(c, today);
  record["log"] = log_json(c);
  record["extra"] = fields_json(c.extra);
  // The health fields of every listing (health, sinews, trend, last, days_since, reasons, ...);
  // `last` is the last contact, as in who-to-call, so a "like" does not hide a silence.
  add_urgency_fields(record, assess_urgency(c, settings, today));
  record["per_month"] = monthly_counts(c, today, months_shown);
  return record;
}

}  // namespace rel::cli
