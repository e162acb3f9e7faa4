// The writes of an import's plan, prepared on every core, and the settings calendar and mail need.
#include "rel/cli/import_writes.hpp"

#include <fmt/format.h>

#include <ctime>
#include <optional>

#include "rel/core/duration.hpp"
#include "rel/core/parallel.hpp"
#include "rel/core/when.hpp"
#include "rel/journal/contact_text.hpp"

namespace rel::cli {

Prepared prepare_planned(const std::vector<imports::Planned>& planned, const std::filesystem::path& root,
                         Context& ctx) {
  std::vector<std::optional<journal::PendingWrite>> writes(planned.size());
  std::vector<std::vector<Diagnostic>> failures(planned.size());
  for_each_in_parallel(
      planned.size(),
      [&](size_t k) {
        const auto& p = planned[k];
        try {
          if (p.kind == imports::Planned::Kind::created) {
            writes[k] = journal::prepare_new(root, p.id, journal::contact_text(p.contact), p.contact);
          } else if (p.kind == imports::Planned::Kind::updated) {
            writes[k] = journal::prepare_edit(
                root, p.id,
                [&](std::string_view text, const journal::YamlNode& tree, const Contact&) {
                  return journal::add_gains_to_text(text, tree, p.gains, p.id + ".yaml");
                },
                [&](Contact& c) { journal::add_gains(c, p.gains); });
          }
        } catch (const Error& e) {
          failures[k] = e.problems();
        } catch (const std::exception& e) {
          Diagnostic problem;
          problem.message = e.what();
          failures[k].push_back(std::move(problem));
        }
      },
      ctx.progress("preparing", "contacts"));
  Prepared out;
  for (size_t k = 0; k < planned.size(); ++k) {
    if (writes[k]) out.writes.push_back(std::move(*writes[k]));
    if (!failures[k].empty()) out.failures.emplace_back(planned[k].id, std::move(failures[k]));
  }
  return out;
}

std::vector<std::string> my_addresses(Context& ctx) {
  const auto& me = ctx.settings().me_emails;
  if (me.empty())
    throw Error(
        "who you are is not set: calendar and mail imports tell your invitations and messages by your "
        "addresses; add them to .rel.yaml as `me: {email: [you@example.com]}` (nothing was imported)");
  return me;
}

Date since_day(const std::string& since, Date today) {
  if (since.empty()) return today - 90;
  if (auto days = parse_duration_days(since)) return today - *days;
  return parse_when(since, today, Lean::past).date;
}

Timestamp now_for(Date today) {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  auto clock_day = Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  if (clock_day && *clock_day == today) return {today, local.tm_hour * 60 + local.tm_min};
  return {today, 23 * 60 + 59};
}

}  // namespace rel::cli
