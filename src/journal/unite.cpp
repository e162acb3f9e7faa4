// Uniting two files of one person by text edits of INTO: FROM's lines are copied, never re-emitted.
#include "rel/journal/unite.hpp"

#include <fmt/format.h>

#include <map>

#include "lines.hpp"
#include "rel/journal/text_edit.hpp"

namespace rel::journal {
namespace {

using namespace lines;

// Lines [begin, end) of `from`, shifted right (delta > 0) or left by `delta` columns, each ending in "\n".
std::string shifted(const Lines& from, int begin, int end, int delta) {
  std::string out;
  for (int i = begin; i < end; ++i) {
    std::string line(from.line(i));
    if (delta > 0 && !line.empty()) {
      line.insert(0, static_cast<size_t>(delta), ' ');
    } else if (delta < 0) {
      size_t spaces = 0;
      while (spaces < line.size() && spaces < static_cast<size_t>(-delta) && line[spaces] == ' ') ++spaces;
      line.erase(0, spaces);
    }
    out += line + "\n";
  }
  return out;
}

class Uniter {
 public:
  Uniter(std::string_view into_text, std::string_view from_text, const Contact& from)
      : m_out(into_text), m_from_text(from_text), m_from_lines(m_from_text), m_from(from) {
    m_from_root = parse_yaml(m_from_text, "merged file");
    refuse_unextendable_layout(tree());
    try {
      refuse_unextendable_layout(m_from_root);
    } catch (const Refusal& refusal) {
      throw refusal.in(m_from.id + ".yaml");  // not INTO's, which prepare_edit names
    }
  }

  std::string run(const MergePlan& plan) {
    for (const auto& name : plan.aka) m_out = add_list_value(m_out, tree(), "aka", name, FirstItem::as_list, "name");
    unite_list("tags", plan.tags, m_from.tags, FirstItem::as_list);
    unite_list("email", plan.emails, m_from.emails, FirstItem::as_value);
    unite_list("phone", plan.phones, m_from.phones, FirstItem::as_value);
    unite_list("uid", plan.uid, m_from.uid, FirstItem::as_value);
    if (plan.since) m_out = set_value(m_out, tree(), {"since"}, {"since", plan.since->iso(), std::nullopt});
    for (const auto& key : plan.keys) take_key(key);
    for (const auto& key : plan.details) take_nested("details", key);
    for (const auto& label : plan.dates) take_nested("dates", label);
    for (auto [mine, theirs] : plan.replaced_promises) replace_item("promises", mine, theirs);
    for (auto [mine, day] : plan.kept_promises)
      m_out = add_key_to_item(m_out, tree(), "promises", mine, "done", day.iso());
    insert_items("promises", plan.promises);
    insert_items("log", plan.log);
    return m_out;
  }

 private:
  YamlNode tree() const { return parse_yaml(m_out, "merged file"); }

  // FROM's items of a list INTO lacks altogether come as FROM wrote them; else one by one, after INTO's.
  void unite_list(const std::string& key, const std::vector<std::string>& added, const std::vector<std::string>& all,
                  FirstItem first) {
    if (added.empty()) return;
    auto root = tree();
    auto index = find_index(root, key);
    if (added == all && (index == root.entries.size() || is_empty_value(root.entries[index].second))) {
      take_key(key);
      return;
    }
    for (const auto& item : added) m_out = add_list_value(m_out, tree(), key, item, first);
  }

  // A top-level key as FROM has it; a key FROM lacks (status: active by default) is removed from INTO.
  void take_key(const std::string& key) {
    auto index = find_index(m_from_root, key);
    if (index == m_from_root.entries.size()) {
      m_out = unset_value(m_out, tree(), {key});
      return;
    }
    auto [begin, end] = entry_span(m_from_lines, m_from_root, index, m_from_lines.count());
    int from_column = m_from_root.entries[index].first.column;
    auto root = tree();
    Lines lines(m_out);
    auto at = find_index(root, key);
    if (at < root.entries.size()) {
      auto [b, e] = entry_span(lines, root, at, lines.count());
      m_out = lines.replace(b, e, shifted(m_from_lines, begin, end, root.entries[at].first.column - from_column));
      return;
    }
    int line = new_top_level_line(lines, root);
    m_out = lines.replace(line, line, shifted(m_from_lines, begin, end, -from_column));
  }

  // details.KEY or dates.LABEL as FROM has it.
  void take_nested(const std::string& parent, const std::string& key) {
    const auto* from_map = m_from_root.find(parent);
    if (!from_map || from_map->kind != YamlNode::Kind::map || from_map->flow) {
      // Written in flow style: its value as FROM's contact reads it.
      std::string value;
      if (parent == "details") {
        for (const auto& f : m_from.details)
          if (f.key == key) value = f.value;
      } else {
        for (const auto& d : m_from.dates)
          if (d.label == key) value = d.text();
      }
      m_out = set_value(m_out, tree(), {parent, key}, {key, value, std::nullopt});
      return;
    }
    auto parent_index = find_index(m_from_root, parent);
    int limit = entry_span(m_from_lines, m_from_root, parent_index, m_from_lines.count()).second;
    auto index = find_index(*from_map, key);
    auto [begin, end] = entry_span(m_from_lines, *from_map, index, limit);
    int from_column = from_map->entries[index].first.column;

    auto root = tree();
    Lines lines(m_out, &root);
    auto p = find_index(root, parent);
    if (p == root.entries.size()) {
      int at = new_top_level_line(lines, root);
      m_out = lines.replace(at, at,
                            new_top_level_key(root, parent) +
                                shifted(m_from_lines, begin, end, top_level_column(root) + 2 - from_column));
      return;
    }
    const auto& parent_key = root.entries[p].first;
    const auto& map = root.entries[p].second;
    auto [pb, pe] = entry_span(lines, root, p, lines.count());
    if (is_empty_value(map)) {
      m_out = fill_empty_value(lines, root, p, shifted(m_from_lines, begin, end, parent_key.column + 2 - from_column));
      return;
    }
    if (map.kind != YamlNode::Kind::map) throw Error(fmt::format("\"{}\" is not a map of keys", parent));
    if (map.flow) unsupported(parent);
    auto at = find_index(map, key);
    if (at < map.entries.size()) {
      auto [b, e] = entry_span(lines, map, at, pe);
      m_out = lines.replace(b, e, shifted(m_from_lines, begin, end, map.entries[at].first.column - from_column));
      return;
    }
    (void)pb;
    m_out = lines.replace(pe, pe, shifted(m_from_lines, begin, end, map.column - from_column));
  }

  // FROM's item `index` of `key`, re-indented so its `-` stands at `dash_column`.
  std::string from_item(const std::string& key, size_t index, int dash_column) const {
    auto k = find_index(m_from_root, key);
    const auto& seq = m_from_root.entries[k].second;
    if (seq.kind != YamlNode::Kind::sequence || seq.flow) unsupported(fmt::format("{} of the merged file", key));
    int limit = entry_span(m_from_lines, m_from_root, k, m_from_lines.count()).second;
    auto [begin, end] = item_extent(m_from_lines, seq, index, limit);
    return shifted(m_from_lines, begin, end, dash_column - seq.column);
  }

  void replace_item(const std::string& key, size_t mine, size_t theirs) {
    auto root = tree();
    Lines lines(m_out);
    auto item = list_item(lines, root, key, mine);
    m_out = lines.replace(item.begin, item.end, from_item(key, theirs, item.seq->column));
  }

  // FROM's new entries, each group before INTO's entry it precedes, the last group first.
  void insert_items(const std::string& key, const std::vector<MergePlan::Placed>& placed) {
    if (placed.empty()) return;
    std::map<size_t, std::vector<size_t>, std::greater<>> groups;
    for (const auto& p : placed) groups[p.before].push_back(p.from_index);
    for (const auto& group : groups) {
      const auto before = group.first;
      const auto& indexes = group.second;  // named: a lambda may not capture a structured binding (clang 14)
      auto root = tree();
      Lines lines(m_out, &root);
      auto k = find_index(root, key);
      auto block = [&](int dash_column) {
        std::string out;
        for (auto i : indexes) out += from_item(key, i, dash_column);
        return out;
      };
      if (k == root.entries.size()) {
        // No such list yet: the log ends the file, promises go where new keys go.
        int at = key == "log" ? lines.count() : new_top_level_line(lines, root);
        m_out = lines.replace(at, at, new_top_level_key(root, key) + block(top_level_column(root) + 2));
        continue;
      }
      const auto& key_node = root.entries[k].first;
      const auto& seq = root.entries[k].second;
      if (is_empty_value(seq)) {
        m_out = fill_empty_value(lines, root, k, block(key_node.column + 2));
        continue;
      }
      if (seq.kind != YamlNode::Kind::sequence) throw Error(fmt::format("\"{}\" is not a list", key));
      if (seq.flow) unsupported(key);
      auto limit = entry_span(lines, root, k, lines.count()).second;
      int at = 0;
      if (before == 0)
        at = key_node.line + 1;
      else if (before < seq.items.size())
        at = item_extent(lines, seq, before - 1, limit).second;
      else
        at = k + 1 == root.entries.size() ? lines.count() : limit;
      m_out = lines.replace(at, at, block(seq.column));
    }
  }

  std::string m_out;
  std::string m_from_text;
  Lines m_from_lines;
  YamlNode m_from_root;
  const Contact& m_from;
};

}  // namespace

std::string unite_texts(std::string_view into_text, std::string_view from_text, const Contact& from,
                        const MergePlan& plan) {
  return Uniter(into_text, from_text, from).run(plan);
}

}  // namespace rel::journal
