// Three-way merge of contact files by their YAML structure, copying each side's lines as written.
#include "rel/git/merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "rel/core/date.hpp"
#include "rel/core/error.hpp"
#include "rel/journal/line_text.hpp"
#include "rel/journal/yaml_tree.hpp"

namespace rel::git {

using journal::parse_yaml;
using journal::YamlNode;
namespace line_text = journal::line_text;
namespace {

using Lines = std::vector<std::string>;

constexpr const char* marker_ours = "<<<<<<< ours\n";
constexpr const char* marker_middle = "=======\n";
constexpr const char* marker_theirs = ">>>>>>> theirs\n";

// One version of the file: its lines (each with its own line ending) and its tree.
struct Side {
  Lines lines;
  std::string trailer;  // a `...` end marker and what follows it, which stays last
  YamlNode root;

  explicit Side(std::string_view text) {
    const size_t end_of_document = line_text::document_end(text);
    trailer = text.substr(end_of_document);
    text = text.substr(0, end_of_document);
    size_t start = 0;
    while (start < text.size()) {
      auto nl = text.find('\n', start);
      auto end = nl == std::string_view::npos ? text.size() : nl + 1;
      lines.emplace_back(text.substr(start, end - start));
      start = end;
    }
  }

  int count() const { return static_cast<int>(lines.size()); }

  std::string_view content(int i) const { return line_text::without_line_end(lines[static_cast<size_t>(i)]); }

  // Blank lines, and comments starting at or left of `column`: they belong to what follows.
  bool is_filler(int i, int column) const { return line_text::is_filler(content(i), column); }

  // The end of lines [begin, end) less the blank lines and comments at the end that belong to what
  // follows; but the last line of a quoted scalar ending `value` (which may look like a comment), and
  // the blank lines a block scalar ending it keeps (`|+`, `>+`), are its own and go where it goes
  // (found by the text_edit fuzz target in the text edits, and here alike).
  int trim_end(int begin, int end, int column, const YamlNode& value) const {
    const int limit = end;
    while (end > begin + 1 && is_filler(end - 1, column)) --end;
    const auto& last = journal::last_node(value);
    if (last.kind != YamlNode::Kind::scalar || last.plain) return end;
    return line_text::scalar_text_end([this](int i) { return content(i); },
                                      [this](int i) { return lines[static_cast<size_t>(i)].ends_with('\n'); },
                                      last.line, static_cast<size_t>(last.column), end, std::min(limit, count()));
  }

  // Lines [begin, end) shifted right (delta > 0) or left by `delta` columns.
  Lines copy(int begin, int end, int delta = 0) const {
    Lines out;
    for (int i = std::max(begin, 0); i < std::min(end, count()); ++i) {
      std::string line = lines[static_cast<size_t>(i)];
      if (delta > 0 && !content(i).empty()) {
        line.insert(0, static_cast<size_t>(delta), ' ');
      } else if (delta < 0) {
        size_t spaces = 0;
        while (spaces < line.size() && spaces < static_cast<size_t>(-delta) && line[spaces] == ' ') ++spaces;
        line.erase(0, spaces);
      }
      out.push_back(std::move(line));
    }
    return out;
  }
};

void append(Lines& out, const Lines& more) { out.insert(out.end(), more.begin(), more.end()); }

bool is_null(const YamlNode* node) {
  if (!node) return true;
  if (node->kind == YamlNode::Kind::null) return true;
  return node->kind == YamlNode::Kind::scalar && node->plain &&
         (node->value.empty() || node->value == "~" || node->value == "null");
}

// Null, an empty text, or a list or map of nothing.
bool is_empty(const YamlNode& node) {
  if (is_null(&node)) return true;
  if (node.kind == YamlNode::Kind::scalar) return node.value.empty();
  return node.items.empty() && node.entries.empty();
}

// A value's identity, independent of layout, quoting, key order and keys without a value.
std::string canonical(const YamlNode& node) {
  if (is_null(&node)) return "~";
  switch (node.kind) {
    case YamlNode::Kind::scalar: return fmt::format("s{}:{}", node.value.size(), node.value);
    case YamlNode::Kind::sequence: {
      std::string out = "[";
      for (const auto& item : node.items) out += canonical(item) + ",";
      return out + "]";
    }
    case YamlNode::Kind::map: {
      // A key with an empty value is as good as absent to rel (`with:` and `with: []` are no one).
      std::vector<std::string> entries;
      for (const auto& [k, v] : node.entries)
        if (!is_empty(v)) entries.push_back(canonical(k) + "=" + canonical(v));
      std::sort(entries.begin(), entries.end());
      std::string out = "{";
      for (const auto& e : entries) out += e + ",";
      return out + "}";
    }
    case YamlNode::Kind::null: break;
  }
  return "~";
}

// Equal presence and equal value; an absent key and an empty one are the same to rel.
bool same(const YamlNode* a, const YamlNode* b) {
  const bool a_empty = !a || is_empty(*a);
  const bool b_empty = !b || is_empty(*b);
  if (a_empty || b_empty) return a_empty && b_empty;
  return canonical(*a) == canonical(*b);
}

bool is_block(const YamlNode* node, YamlNode::Kind kind) { return node && node->kind == kind && !node->flow; }

// A block sequence, or nothing at all: the shapes of `log:` the list merge handles.
bool is_list_or_empty(const YamlNode* node) {
  return is_null(node) || (node->kind == YamlNode::Kind::sequence && (!node->flow || node->items.empty()));
}

std::string scalar_text(const YamlNode* node) { return node && node->is_scalar() ? node->value : std::string(); }

// A `key: value  # comment` line as `key:  # comment`: the key line of a list whose empty
// inline value (`~`, `[]`, `null`) is about to get items below it.
std::string without_inline_value(const std::string& line, int key_column, const std::string& key) {
  auto colon = line.find(':', static_cast<size_t>(key_column) + key.size());
  if (colon == std::string::npos) return line;
  auto rest = std::string_view(line).substr(colon + 1);
  size_t comment = std::string_view::npos;
  for (size_t i = 0; i < rest.size(); ++i)
    if (rest[i] == '#' && (i == 0 || rest[i - 1] == ' ' || rest[i - 1] == '\t')) {
      comment = i;
      break;
    }
  std::string out = line.substr(0, colon + 1);
  if (comment != std::string_view::npos) {
    auto spaces = rest.substr(0, comment);
    auto last_value = spaces.find_last_not_of(" \t");
    out += std::string(last_value == std::string_view::npos ? spaces : spaces.substr(last_value + 1));
    if (out.back() != ' ' && out.back() != '\t') out += ' ';
    out += line_text::without_line_end(rest.substr(comment));
  }
  return out + "\n";
}

// Where each entry of a block map starts and ends in its side's lines.
struct EntrySpan {
  int begin = 0;     // the key's line
  int core_end = 0;  // after the value, less trailing comments and blank lines
  int next = 0;      // where the next entry (or the map) starts; [core_end, next) is the tail
};

EntrySpan entry_span(const Side& side, const YamlNode& map, size_t index, int limit) {
  const auto& key = map.entries[index].first;
  EntrySpan span;
  span.begin = key.line;
  span.next = index + 1 < map.entries.size() ? map.entries[index + 1].first.line : limit;
  span.core_end = side.trim_end(span.begin, span.next, key.column, map.entries[index].second);
  return span;
}

// A block map on one side: the tree node, the lines it may extend to, and its keys indexed (a map of
// thousands of keys is merged in n log n, not n²).
struct MapView {
  const Side* side = nullptr;
  const YamlNode* map = nullptr;  // nullptr when this side has no such map
  int limit = 0;                  // the end of the map's lines
  std::map<std::string_view, size_t> index;

  MapView(const Side* s, const YamlNode* m, int l) : side(s), map(m), limit(l) {
    if (map)
      for (size_t i = 0; i < map->entries.size(); ++i) index.emplace(map->entries[i].first.value, i);
  }

  size_t find_index(std::string_view key) const {
    auto it = index.find(key);
    return it == index.end() ? map->entries.size() : it->second;
  }
  const YamlNode* value(std::string_view key) const {
    if (!map) return nullptr;
    auto i = find_index(key);
    return i == map->entries.size() ? nullptr : &map->entries[i].second;
  }
  bool has(std::string_view key) const { return index.count(key) != 0; }
  EntrySpan span(std::string_view key) const { return entry_span(*side, *map, find_index(key), limit); }
  int key_column(std::string_view key) const { return map->entries[find_index(key)].first.column; }
  int column() const { return map && !map->entries.empty() ? map->entries.front().first.column : 0; }
};

// One item of a block list on one side.
struct Item {
  const YamlNode* node = nullptr;
  int begin = 0;  // the line of its `-`
  int end = 0;
  std::string identity;  // with its occurrence number, so two equal entries stay two
  std::string sort_key;  // the date it sorts by
};

struct ListView {
  const Side* side = nullptr;
  const YamlNode* seq = nullptr;  // nullptr or an empty value: no items
  std::vector<Item> items;
  std::map<std::string_view, size_t> by_identity;  // of `items`, so a long log is merged in n log n
  int body_end = 0;  // the end of the list's lines (after the last item's trailing comments)

  ListView() = default;
  ListView(ListView&&) = default;
  ListView(const ListView&) = delete;  // by_identity views the items' own strings
};

class Merger {
 public:
  Merger(const Side& base, const Side& ours, const Side& theirs) : m_base(base), m_ours(ours), m_theirs(theirs) {}

  std::string run() {
    MapView o{&m_base, top(m_base), m_base.count()};
    MapView a{&m_ours, top(m_ours), m_ours.count()};
    MapView t{&m_theirs, top(m_theirs), m_theirs.count()};
    Lines out;
    int head_end = a.map && !a.map->entries.empty() ? a.map->entries.front().first.line : m_ours.count();
    append(out, m_ours.copy(0, head_end));
    merge_map(o, a, t, "", 0, out);
    std::string text;
    for (size_t i = 0; i < out.size(); ++i) {
      text += out[i];
      if (i + 1 < out.size() && (out[i].empty() || out[i].back() != '\n')) text += '\n';
    }
    return text + m_ours.trailer;
  }

  const std::vector<std::string>& conflicts() const { return m_conflicts; }

 private:
  static const YamlNode* top(const Side& side) { return side.root.kind == YamlNode::Kind::map ? &side.root : nullptr; }

  // Keys in ours' order, with keys only theirs has placed after the key that precedes them there. A
  // list with each key's place indexed, so that many keys cost n log n.
  static std::vector<std::string> key_order(const MapView& a, const MapView& t) {
    std::list<std::string_view> order;
    std::map<std::string_view, std::list<std::string_view>::iterator> placed;
    if (a.map)
      for (const auto& [k, v] : a.map->entries) placed.emplace(k.value, order.insert(order.end(), k.value));
    if (t.map) {
      std::optional<std::string_view> previous;
      for (const auto& [k, v] : t.map->entries) {
        if (!placed.count(k.value)) {
          auto at = previous ? std::next(placed.at(*previous)) : order.begin();
          // Ours' own new keys at that spot come first, as ours' entries do for equal dates.
          while (at != order.end() && !t.has(*at)) ++at;
          placed.emplace(k.value, order.insert(at, k.value));
        }
        previous = k.value;
      }
    }
    return {order.begin(), order.end()};
  }

  void merge_map(const MapView& o, const MapView& a, const MapView& t, const std::string& prefix, int depth,
                 Lines& out) {
    int delta = a.map && t.map ? a.column() - t.column() : 0;
    for (const auto& key : key_order(a, t)) {
      const YamlNode* ov = o.value(key);
      const YamlNode* av = a.value(key);
      const YamlNode* tv = t.value(key);
      bool in_o = o.has(key), in_a = a.has(key), in_t = t.has(key);
      std::string path = prefix.empty() ? key : prefix + "." + key;
      std::optional<EntrySpan> as = in_a ? std::optional(a.span(key)) : std::nullopt;
      std::optional<EntrySpan> ts = in_t ? std::optional(t.span(key)) : std::nullopt;
      auto ours_core = [&] { return m_ours.copy(as->begin, as->core_end); };
      auto ours_tail = [&] { return as ? m_ours.copy(as->core_end, as->next) : Lines{}; };
      auto theirs_core = [&] {
        int shift = in_a ? a.key_column(key) - t.key_column(key) : delta;
        return m_theirs.copy(ts->begin, ts->core_end, shift);
      };

      bool ours_unchanged = in_a == in_o && same(av, ov);
      bool theirs_unchanged = in_t == in_o && same(tv, ov);
      if ((in_a == in_t && same(av, tv)) || theirs_unchanged) {
        if (in_a) append(out, m_ours.copy(as->begin, as->next));
        continue;
      }
      if (depth == 0 && in_a && in_t && (key == "log" || key == "promises") && is_list_or_empty(av) &&
          is_list_or_empty(tv) && is_list_or_empty(ov)) {
        merge_list_entry(key, o, a, t, *as, *ts, out);
        append(out, ours_tail());
        continue;
      }
      if (depth == 0 && in_a && in_t && is_block(av, YamlNode::Kind::map) && is_block(tv, YamlNode::Kind::map)) {
        const auto& a_map = *av;
        append(out, m_ours.copy(as->begin, a_map.entries.front().first.line));
        MapView o_sub{&m_base, ov && ov->kind == YamlNode::Kind::map ? ov : nullptr, in_o ? o.span(key).core_end : 0};
        MapView a_sub{&m_ours, av, as->core_end};
        MapView t_sub{&m_theirs, tv, ts->core_end};
        merge_map(o_sub, a_sub, t_sub, path, depth + 1, out);
        append(out, ours_tail());
        continue;
      }
      if (ours_unchanged) {
        if (in_t) append(out, theirs_core());
        append(out, ours_tail());
        continue;
      }
      m_conflicts.push_back(path);
      out.emplace_back(marker_ours);
      if (in_a) append(out, ours_core());
      out.emplace_back(marker_middle);
      if (in_t) append(out, theirs_core());
      out.emplace_back(marker_theirs);
      append(out, ours_tail());
    }
  }

  // The `-` of item `index`, which may sit on a line above the item's first key.
  static int dash_line(const Side& side, const YamlNode& seq, size_t index) {
    // An empty last item (a bare `-`) is placed where the next token would start: past the last line.
    int line = std::min(seq.items[index].line, side.count() - 1);
    int floor = index == 0 ? seq.line : seq.items[index - 1].line + 1;
    for (int l = line; l >= floor && l >= 0; --l) {
      auto text = side.content(l);
      auto first = text.find_first_not_of(' ');
      if (first != std::string_view::npos && static_cast<int>(first) == seq.column && text[first] == '-') return l;
    }
    return line;
  }

  static std::string date_key(const YamlNode* node) {
    auto text = scalar_text(node);
    if (auto ts = Timestamp::parse(text)) return ts->text();
    return {};
  }

  static ListView list_view(const Side& side, const std::string& key, const YamlNode* seq, int key_line, int limit) {
    ListView view;
    view.side = &side;
    view.body_end = limit;
    if (!is_block(seq, YamlNode::Kind::sequence) || seq->items.empty()) return view;
    view.seq = seq;
    std::map<std::string, int> seen;
    std::string previous_key;
    // Comments and blank lines just above an item's `-` belong to it and travel with it.
    std::vector<int> begins;
    for (size_t i = 0; i < seq->items.size(); ++i) {
      int begin = dash_line(side, *seq, i);
      int floor =
          i == 0 ? key_line + 1 : side.trim_end(dash_line(side, *seq, i - 1), begin, seq->column, seq->items[i - 1]);
      while (begin - 1 >= floor && side.is_filler(begin - 1, seq->column)) --begin;
      begins.push_back(begin);
    }
    for (size_t i = 0; i < seq->items.size(); ++i) {
      Item item;
      item.node = &seq->items[i];
      item.begin = begins[i];
      item.end = i + 1 < seq->items.size() ? begins[i + 1] : side.trim_end(item.begin, limit, seq->column, *item.node);
      std::string identity = canonical(*item.node);
      if (key == "promises" && item.node->kind == YamlNode::Kind::map && item.node->find("what")) {
        const auto* made = item.node->find("made");
        identity = "what=" + canonical(*item.node->find("what")) + ",made=" + (made ? canonical(*made) : "~");
      }
      item.identity = fmt::format("{}#{}", identity, seen[identity]++);
      auto date = date_key(item.node->kind == YamlNode::Kind::map ? item.node->find(key == "promises" ? "made" : "date")
                                                                  : nullptr);
      // An undated entry keeps its place next to the entry before it.
      item.sort_key = date.empty() ? previous_key : date;
      previous_key = item.sort_key;
      view.items.push_back(std::move(item));
    }
    for (size_t i = 0; i < view.items.size(); ++i) view.by_identity.emplace(view.items[i].identity, i);
    return view;
  }

  static const Item* find_item(const ListView& view, std::string_view identity) {
    auto it = view.by_identity.find(identity);
    return it == view.by_identity.end() ? nullptr : &view.items[it->second];
  }

  // What makes two versions of an entry the same entry when its text changed on both sides: a log
  // entry's date, channel and direction; a promise's day and who made it.
  static std::string entry_key(const std::string& key, const YamlNode* node) {
    if (node->kind != YamlNode::Kind::map) return {};
    auto field = [node](const char* name) {
      const auto* value = node->find(name);
      return value ? canonical(*value) : std::string("~");
    };
    if (key == "promises") return "made=" + field("made") + ",by=" + field("by");
    return "date=" + field("date") + ",via=" + field("via") + ",by=" + field("by");
  }

  static bool has_done(const Item* item) {
    return item && item->node->kind == YamlNode::Kind::map && !is_null(item->node->find("done"));
  }

  // The `log:` or `promises:` entry of the result: ours' key line, then the merged items.
  void merge_list_entry(const std::string& key, const MapView& o, const MapView& a, const MapView& t,
                        const EntrySpan& as, const EntrySpan& ts, Lines& out) {
    const YamlNode* ov = o.value(key);
    const YamlNode* av = a.value(key);
    const YamlNode* tv = t.value(key);
    auto ol = o.has(key) ? list_view(m_base, key, ov, o.span(key).begin, o.span(key).core_end) : ListView{};
    auto al = list_view(m_ours, key, av, as.begin, as.core_end);
    auto tl = list_view(m_theirs, key, tv, ts.begin, ts.core_end);

    // Theirs' items move to ours' indentation.
    int delta = al.seq && tl.seq ? al.seq->column - tl.seq->column : a.key_column(key) - t.key_column(key);

    struct Chosen {
      std::string sort_key;
      int rank;  // 0: in the ancestor, 1: new in ours, 2: new in theirs
      size_t index;
      Lines lines;
    };
    std::vector<Chosen> chosen;
    auto lines_of = [&](const ListView& view, const Item& item) {
      return view.side->copy(item.begin, item.end, view.side == &m_theirs ? delta : 0);
    };
    auto position = [](const ListView& view, const Item* item) {
      return static_cast<size_t>(item - view.items.data());
    };

    std::vector<std::string_view> identities;
    std::set<std::string_view> listed;
    for (const auto* view : {&ol, &al, &tl})
      for (const auto& item : view->items)
        if (listed.insert(item.identity).second) identities.push_back(item.identity);

    // An entry of the ancestor that neither side has any more, where each side has new entries of the
    // same date, channel and direction (or, for a promise, made that day by the same one): the same
    // entry, edited on both sides in different ways. Keeping both would log it twice, keeping one
    // would lose the other's edit: a conflict, with every such entry of each side in it.
    std::set<std::string_view> in_conflict;
    auto new_on = [&](const ListView& view, const ListView& other) {
      std::multimap<std::string, const Item*> out;
      for (const auto& item : view.items)
        if (!find_item(ol, item.identity) && !find_item(other, item.identity))
          out.emplace(entry_key(key, item.node), &item);
      return out;
    };
    auto ours_new = new_on(al, tl);
    auto theirs_new = new_on(tl, al);
    for (const auto& oi : ol.items) {
      if (find_item(al, oi.identity) || find_item(tl, oi.identity)) continue;
      const auto entry = entry_key(key, oi.node);
      auto [a_begin, a_end] = ours_new.equal_range(entry);
      auto [t_begin, t_end] = theirs_new.equal_range(entry);
      if (entry.empty() || a_begin == a_end || t_begin == t_end) continue;
      Chosen c;
      c.sort_key = oi.sort_key;
      c.rank = 0;
      c.index = position(ol, &oi);
      c.lines.emplace_back(marker_ours);
      for (auto it = a_begin; it != a_end; ++it) append(c.lines, lines_of(al, *it->second));
      c.lines.emplace_back(marker_middle);
      for (auto it = t_begin; it != t_end; ++it) append(c.lines, lines_of(tl, *it->second));
      c.lines.emplace_back(marker_theirs);
      in_conflict.insert(oi.identity);
      for (auto it = a_begin; it != a_end; ++it) in_conflict.insert(it->second->identity);
      for (auto it = t_begin; it != t_end; ++it) in_conflict.insert(it->second->identity);
      ours_new.erase(a_begin, a_end);
      theirs_new.erase(t_begin, t_end);
      m_conflicts.push_back(fmt::format("{}: {}", key,
                                        key == "promises" ? scalar_text(oi.node->find("what"))
                                                          : fmt::format("the entry of {}, edited on both sides",
                                                                        scalar_text(oi.node->find("date")))));
      chosen.push_back(std::move(c));
    }

    for (const auto& identity : identities) {
      if (in_conflict.count(identity)) continue;
      const Item* oi = find_item(ol, identity);
      const Item* ai = find_item(al, identity);
      const Item* ti = find_item(tl, identity);
      const Item* keep = nullptr;
      const ListView* from = nullptr;
      bool conflict = false;
      if (ai && ti) {
        if (same(ai->node, ti->node) || (oi && same(ti->node, oi->node)))
          keep = ai, from = &al;
        else if (oi && same(ai->node, oi->node))
          keep = ti, from = &tl;
        else if (has_done(ai) != has_done(ti))
          keep = has_done(ai) ? ai : ti, from = has_done(ai) ? &al : &tl;
        else
          conflict = true;
      } else if (ai) {
        // Theirs deleted what ours left as it was: the deletion stands; anything else is kept.
        if (!(oi && same(ai->node, oi->node))) keep = ai, from = &al;
      } else if (ti) {
        if (!(oi && same(ti->node, oi->node))) keep = ti, from = &tl;
      }
      if (!keep && !conflict) continue;
      Chosen c;
      // Equal dates keep the ancestor's order, then ours' new entries, then theirs'.
      if (oi)
        c.rank = 0, c.index = position(ol, oi);
      else if (ai)
        c.rank = 1, c.index = position(al, ai);
      else
        c.rank = 2, c.index = position(tl, ti);
      if (conflict) {
        c.sort_key = ai->sort_key;
        c.lines.emplace_back(marker_ours);
        append(c.lines, lines_of(al, *ai));
        c.lines.emplace_back(marker_middle);
        append(c.lines, lines_of(tl, *ti));
        c.lines.emplace_back(marker_theirs);
        m_conflicts.push_back(fmt::format("{}: {}", key, scalar_text(ai->node->find("what"))));
      } else {
        c.sort_key = keep->sort_key;
        c.lines = lines_of(*from, *keep);
      }
      chosen.push_back(std::move(c));
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const Chosen& x, const Chosen& y) {
      return std::tie(x.sort_key, x.rank, x.index) < std::tie(y.sort_key, y.rank, y.index);
    });

    // Ours' key line and whatever precedes its first item stay as they are.
    if (al.seq) {
      append(out, m_ours.copy(as.begin, al.items.front().begin));
    } else {
      // `log: ~` or `log: []` becomes `log:` with the items below it (a comment on the line stays).
      // The tree cannot tell `log: ~` from a bare `log:` (both are null events), so the line decides.
      const auto& key_node = a.map->entries[a.find_index(key)].first;
      out.push_back(without_inline_value(m_ours.lines[static_cast<size_t>(key_node.line)], key_node.column, key));
      append(out, m_ours.copy(key_node.line + 1, as.core_end));
    }
    for (auto& c : chosen) append(out, c.lines);
    if (al.seq) append(out, m_ours.copy(al.items.back().end, as.core_end));
  }

  const Side& m_base;
  const Side& m_ours;
  const Side& m_theirs;
  std::vector<std::string> m_conflicts;
};

// Parses one side; only a map (or an empty file) can be merged by entries.
std::optional<std::string> load(Side& side, std::string_view text, const char* which) {
  try {
    side.root = parse_yaml(text, which);
  } catch (const Error& e) {
    return fmt::format("{} does not parse: {}", which, e.what());
  }
  // A line broken other than at a newline (a carriage return alone, NEL...) is refused as the text
  // edits refuse it: this merge counts lines at newlines, and the line end it adds to a last line
  // turned `note: x\r` into `note: x\r\n`, a note of another text (found by the merge fuzz target).
  try {
    line_text::refuse_other_line_breaks(text, which);
  } catch (const Error& e) {
    return fmt::format("{} cannot be merged by entries: {}", which, e.what());
  }
  if (side.root.kind == YamlNode::Kind::null) return std::nullopt;
  if (side.root.kind != YamlNode::Kind::map || side.root.flow) return fmt::format("{} is not a block map", which);
  // A key written after `?` stands two columns right of its map's column, and this merge lines up
  // the other sides' entries by their keys' columns: theirs' new `phone: 1` went two columns right,
  // into ours' last log item, in a clean merge.
  if (const auto* key = first_explicit_key(side.root))
    return fmt::format("{} cannot be merged by entries: {}:{}:{}: a key is written after '?' (an explicit key)", which,
                       which, key->line + 1, key->column + 1);
  return std::nullopt;
}

}  // namespace

MergeResult merge_contact_texts(std::string_view base, std::string_view ours, std::string_view theirs) {
  MergeResult result;
  Side o(base), a(ours), t(theirs);
  for (auto [side, text, which] :
       {std::tuple{&o, base, "ancestor"}, std::tuple{&a, ours, "ours"}, std::tuple{&t, theirs, "theirs"}}) {
    if (auto problem = load(*side, text, which)) {
      result.outcome = MergeOutcome::unparseable;
      result.problem = *problem;
      return result;
    }
  }
  Merger merger(o, a, t);
  result.text = merger.run();
  result.conflicts = merger.conflicts();
  if (!result.conflicts.empty()) {
    result.outcome = MergeOutcome::conflict;
    return result;
  }
  try {
    (void)parse_yaml(result.text, "merged");
  } catch (const Error& e) {
    // A layout this merge does not understand; a line merge will do better than a broken file.
    result.outcome = MergeOutcome::unparseable;
    result.problem = fmt::format("the merged text would not parse: {}", e.what());
    result.text.clear();
  }
  return result;
}

}  // namespace rel::git
