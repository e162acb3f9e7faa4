// Writing a new contact file whole, in the key order and style of a hand-written one.
#include "rel/journal/contact_text.hpp"

#include <yaml-cpp/yaml.h>

#include "rel/core/duration.hpp"
#include "rel/journal/list_items.hpp"
#include "rel/journal/text_edit.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::journal {
namespace {

// Lists longer than this are written one value a line.
constexpr size_t max_line = 100;

std::string flow_list(const std::vector<std::string>& values) {
  YAML::Emitter e;
  e << YAML::Flow << YAML::BeginSeq;
  for (const auto& v : values) {
    if (yaml11_reads_otherwise(v)) e << YAML::DoubleQuoted;
    e << v;
  }
  e << YAML::EndSeq;
  return e.c_str();
}

class Writer {
 public:
  void scalar(const std::string& key, const std::string& value) { line(key, render_scalar(value)); }

  // A date as rel writes dates: plain (render_scalar would quote 2026-01-01 as the text it looks like).
  void date(const std::string& key, const std::string& iso) { line(key, iso); }

  // A flow list when it fits on a line, else a block list of one value a line.
  void list(const std::string& key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    auto flow = flow_list(values);
    if (key.size() + 2 + flow.size() <= max_line) {
      line(key, flow);
      return;
    }
    m_text += render_scalar(key) + ":\n";
    for (const auto& v : values) m_text += "  - " + render_scalar(v) + '\n';
  }

  // email and phone: one value as itself, several as a list.
  void one_or_list(const std::string& key, const std::vector<std::string>& values) {
    if (values.size() == 1)
      scalar(key, values.front());
    else
      list(key, values);
  }

  // A map of text under `key`: `dates:` or `details:`.
  enum class Values { text, dates };
  void map(const std::string& key, const std::vector<std::pair<std::string, std::string>>& entries,
           Values values = Values::text) {
    if (entries.empty()) return;
    m_text += render_scalar(key) + ":\n";
    for (const auto& [k, v] : entries) {
      auto block = literal_block(v);
      m_text += "  " + render_scalar(k) + ": ";
      if (block) {
        // The block's lines are two spaces in from the key, which is itself two in; blank lines stay bare.
        size_t start = 0;
        while (start <= block->size()) {
          auto nl = block->find('\n', start);
          auto piece = std::string_view(*block).substr(start, nl == std::string::npos ? std::string::npos : nl - start);
          if (start > 0 && !piece.empty()) m_text += "  ";
          m_text += piece;
          if (nl == std::string::npos) break;
          m_text += '\n';
          start = nl + 1;
        }
      } else {
        m_text += values == Values::dates ? v : render_scalar(v);
      }
      m_text += '\n';
    }
  }

  std::string& text() { return m_text; }

 private:
  void line(const std::string& key, const std::string& value) { m_text += render_scalar(key) + ": " + value + '\n'; }

  std::string m_text;
};

}  // namespace

std::string contact_text(const Contact& c) {
  Writer w;
  w.scalar("name", c.name);
  w.list("aka", c.aka);
  w.list("tags", c.tags);
  if (c.cadence_days) w.scalar("cadence", format_duration(*c.cadence_days));
  if (c.since) w.date("since", c.since->iso());
  w.one_or_list("email", c.emails);
  w.one_or_list("phone", c.phones);
  if (c.org) w.scalar("org", *c.org);
  if (c.title) w.scalar("title", *c.title);
  if (c.status != ContactStatus::active) w.scalar("status", std::string(to_string(c.status)));
  if (c.snooze) w.date("snooze", c.snooze->iso());
  w.list("uid", c.uid);
  std::vector<std::pair<std::string, std::string>> dates, details;
  for (const auto& d : c.dates) dates.emplace_back(d.label, d.text());
  for (const auto& f : c.details) details.emplace_back(f.key, f.value);
  w.map("dates", dates, Writer::Values::dates);
  w.map("details", details);
  for (const auto& f : c.extra) w.scalar(f.key, f.value);
  auto text = std::move(w.text());
  for (const auto& p : c.promises)
    text = append_list_item(text, parse_yaml(text, "new contact"), "promises", promise_item(p));
  if (!c.log.empty()) {
    std::vector<std::vector<ItemValue>> items;
    for (const auto& e : c.log) items.push_back(log_item(e));
    text = append_list_items(text, parse_yaml(text, "new contact"), "log", items);
  }
  return text;
}

}  // namespace rel::journal
