// Builds a YamlNode tree from a YAML parser's events, rejecting what rel's files must not contain.
//
// Two parsers drive the same TreeBuilder. libyaml reads about ten times faster than yaml-cpp,
// so it builds the tree of every file it reads without a fault. yaml-cpp reads every other
// file again and has the last word on it: a file libyaml or the tree builder finds any fault
// in (so each refusal, and its place, is yaml-cpp's; yaml-cpp also accepts a few files libyaml
// does not, such as broken UTF-8), a UTF-16 file, and a file with a line break that YAML 1.1
// (libyaml) and YAML 1.2 (yaml-cpp) count differently.
#include "rel/journal/yaml_tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>

namespace rel::journal {
namespace {

// Contacts nest three levels (log > entry > with); anything far deeper is hostile
// or a mistake, and refusing it early keeps yaml-cpp's recursion shallow.
constexpr int max_depth = 32;

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(const std::string& file) : m_file(file) {}

  YamlNode take_root() { return std::move(m_root); }
  int documents() const { return m_documents; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    // A second document is refused where it starts, before its content is read.
    if (++m_documents > 1) fail(mark, "more than one YAML document (---); a contact file holds one");
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YamlNode node;
    node.kind = YamlNode::Kind::null;
    place(mark, node);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(mark, "YAML aliases (*name) are not allowed in a journal file");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // yaml-cpp's tag of an untagged plain scalar is "?" (of a quoted or block one, "!").
    scalar(mark, anchor, tag == "?", value);
  }

  // A scalar; `plain` when unquoted and untagged.
  void scalar(const YAML::Mark& mark, YAML::anchor_t anchor, bool plain, std::string value) {
    check_anchor(mark, anchor);
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.value = std::move(value);
    node.plain = plain;
    place(mark, node);
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, YamlNode::Kind::sequence, style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, YamlNode::Kind::map, style);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    YamlNode node;
    bool expecting_key = true;  // for maps: the next node is a key
    YamlNode pending_key;
    // A large map's keys and the lines they are on, so that a map of many keys is checked for
    // duplicates in n log n rather than n² (80,000 keys took ten seconds); a contact's few keys are
    // simply compared, without building it. A tree, not a hash: no input can make it slow.
    std::map<std::string, int, std::less<>> keys;
  };

  // Maps up to this many keys are scanned; larger ones get Open::keys.
  static constexpr size_t scanned_keys = 16;

  // The line of an earlier `key` in the map being built, if there is one.
  static std::optional<int> earlier_key(Open& top, const std::string& key) {
    const auto& entries = top.node.entries;
    if (entries.size() <= scanned_keys) {
      for (const auto& [k, v] : entries)
        if (k.value == key) return k.line;
      return std::nullopt;
    }
    if (top.keys.empty())
      for (const auto& [k, v] : entries) top.keys.emplace(k.value, k.line);
    auto it = top.keys.find(key);
    return it == top.keys.end() ? std::nullopt : std::optional(it->second);
  }

  [[noreturn]] void fail(const YAML::Mark& mark, std::string message) {
    throw Error(Location{m_file, mark.line + 1, mark.column + 1}, std::move(message));
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) fail(mark, "YAML anchors (&name) are not allowed in a journal file");
  }

  static void place(const YAML::Mark& mark, YamlNode& node) {
    node.line = mark.line;
    node.column = mark.column;
  }

  // A list or map starts at its tag, when it has one, rather than at its first item or key, which
  // edits take their indentation from; and no contact needs one. yaml-cpp's tag of an untagged
  // collection is "?".
  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, YamlNode::Kind kind,
            YAML::EmitterStyle::value style) {
    check_anchor(mark, anchor);
    if (tag != "?") fail(mark, "YAML tags (!name) on a list or map are not allowed in a journal file");
    if (static_cast<int>(m_stack.size()) >= max_depth)
      fail(mark, fmt::format("nesting deeper than {} levels", max_depth));
    Open frame;
    frame.node.kind = kind;
    frame.node.flow = style == YAML::EmitterStyle::Flow;
    place(mark, frame.node);
    m_stack.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(m_stack.back().node);
    m_stack.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Open& top = m_stack.back();
    if (top.node.kind == YamlNode::Kind::sequence) {
      top.node.items.push_back(std::move(node));
      return;
    }
    if (top.expecting_key) {
      if (node.kind != YamlNode::Kind::scalar)
        fail_at(node, "a key must be plain text, not a list, map or empty value");
      if (auto line = earlier_key(top, node.value))
        fail_at(node, fmt::format("duplicated key \"{}\" (first at line {})", node.value, *line + 1));
      top.pending_key = std::move(node);
      top.expecting_key = false;
    } else {
      if (!top.keys.empty()) top.keys.emplace(top.pending_key.value, top.pending_key.line);
      top.node.entries.push_back({std::move(top.pending_key), std::move(node)});
      top.expecting_key = true;
    }
  }

  [[noreturn]] void fail_at(const YamlNode& node, std::string message) {
    throw Error(Location{m_file, node.line + 1, node.column + 1}, std::move(message));
  }

  const std::string& m_file;
  std::vector<Open> m_stack;
  YamlNode m_root;
  int m_documents = 0;
};

// A bound on flow nesting checked on the raw text before yaml-cpp sees it, so that no
// input can make its recursive parser run deep (libyaml keeps its own stack, and the tree
// builder stops it at max_depth); the tree builder reports real files at max_depth with a
// better position. Far above max_depth because this scan is an
// approximation: it must never refuse brackets inside quotes, comments, block
// scalars or plain text (a note of "[[[[..." is fine).
constexpr int max_scan_depth = 256;

void check_flow_depth(std::string_view text, const std::string& file) {
  int depth = 0;
  int line = 1;
  int column = 1;
  bool node_start = true;        // the next non-space character may begin a node
  bool line_start = true;        // only spaces so far on this line
  int indent = 0;                // of the current line
  int block_scalar_indent = -1;  // skipping the lines of a `|` or `>` scalar more indented than this
  Location too_deep;
  size_t i = 0;
  auto skip_to_line_end = [&] {
    while (i < text.size() && text[i] != '\n') ++i, ++column;
  };
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') {
      ++line, column = 1, ++i;
      line_start = true, indent = 0;
      if (depth == 0) node_start = true;
      continue;
    }
    if (line_start && c == ' ') {
      ++indent, ++column, ++i;
      continue;
    }
    if (line_start) {
      line_start = false;
      if (block_scalar_indent >= 0) {
        if (indent > block_scalar_indent || c == '\r') {
          skip_to_line_end();
          continue;
        }
        block_scalar_indent = -1;
      }
    }
    if (c == '#' && (column == 1 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      skip_to_line_end();
      continue;
    }
    if (c == '"' || c == '\'') {
      if (node_start) {
        // A quoted scalar, perhaps over several lines; '' and \" do not end it.
        ++i, ++column;
        while (i < text.size()) {
          char q = text[i];
          if (q == '\n') {
            ++line, column = 1, ++i;
            continue;
          }
          if (c == '"' && q == '\\') {
            i += 2, column += 2;
            continue;
          }
          if (q == c) {
            if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
              i += 2, column += 2;
              continue;
            }
            break;
          }
          ++i, ++column;
        }
        ++i, ++column;
        node_start = false;
        continue;
      }
    } else if ((c == '[' || c == '{') && (node_start || depth > 0)) {
      if (++depth == max_depth + 1) too_deep = Location{file, line, column};
      // Reported where it first went too deep, as the tree builder would have.
      if (depth > max_scan_depth) throw Error(too_deep, fmt::format("nesting deeper than {} levels", max_depth));
      node_start = true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      node_start = false;
    } else if ((c == '|' || c == '>') && node_start && depth == 0) {
      block_scalar_indent = indent;
      skip_to_line_end();
      continue;
    } else if (c == ',' && depth > 0) {
      node_start = true;
    } else if ((c == '-' || c == ':' || c == '?') &&
               (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '\r' ||
                (depth > 0 && c == ':'))) {
      node_start = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      node_start = false;
    }
    ++i, ++column;
  }
}

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Where a libyaml mark falls, counted as yaml-cpp and rel's text edits count: lines end at
// '\n' alone and columns are bytes. libyaml counts code points, and YAML 1.1's line breaks.
// Marks are asked for in file order, so one forward walk serves a whole file. libyaml counts
// from after a byte order mark, and so do yaml-cpp's columns.
class Positions {
 public:
  explicit Positions(std::string_view text) : m_text(text) {
    if (text.starts_with(utf8_bom)) m_byte = m_line_start = utf8_bom.size();
  }

  YAML::Mark at(const yaml_mark_t& mark) {
    if (mark.index < m_index) *this = Positions(m_text);
    while (m_index < mark.index && m_byte < m_text.size()) {
      if (m_text[m_byte++] == '\n') ++m_line, m_line_start = m_byte;
      while (m_byte < m_text.size() && (static_cast<unsigned char>(m_text[m_byte]) & 0xC0) == 0x80) ++m_byte;
      ++m_index;
    }
    return here();
  }

  // Where the byte at `offset` falls (libyaml's reader places its faults by byte).
  YAML::Mark at_byte(size_t offset) {
    if (offset < m_byte) *this = Positions(m_text);
    while (m_byte < offset && m_byte < m_text.size()) {
      if ((static_cast<unsigned char>(m_text[m_byte]) & 0xC0) != 0x80) ++m_index;
      if (m_text[m_byte++] == '\n') ++m_line, m_line_start = m_byte;
    }
    return here();
  }

 private:
  YAML::Mark here() const {
    YAML::Mark out;
    out.pos = static_cast<int>(m_byte);
    out.line = m_line;
    out.column = static_cast<int>(m_byte - m_line_start);
    return out;
  }

  std::string_view m_text;
  size_t m_index = 0;  // code points before m_byte
  size_t m_byte = 0;
  size_t m_line_start = 0;
  int m_line = 0;
};

// A UTF-16 file (by its byte order mark; libyaml reads no other) is yaml-cpp's alone: it would need
// positions of its own.
bool is_utf16(std::string_view text) { return text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"); }

// Calls `each(i, length)` for every character at `i` of `text` that the two parsers read apart without
// either finding a fault: a bare carriage return, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, which
// break a line for libyaml (YAML 1.1) but not for yaml-cpp (YAML 1.2); and a byte order mark after
// the first byte (as `cat a.yaml b.yaml` leaves), which libyaml skips at the start of a line and
// refuses elsewhere, and yaml-cpp reads as text.
template <typename Each>
void for_each_read_apart(std::string_view text, Each each) {
  for (size_t i = text.find_first_of("\r\xC2\xE2\xEF"); i != std::string_view::npos;
       i = text.find_first_of("\r\xC2\xE2\xEF", i + 1)) {
    std::string_view rest = text.substr(i);
    if (rest[0] == '\r' && (rest.size() == 1 || rest[1] != '\n'))
      each(i, 1);
    else if (rest.starts_with("\xC2\x85"))
      each(i, 2);
    else if (rest.starts_with("\xE2\x80\xA8") || rest.starts_with("\xE2\x80\xA9") ||
             (i > 0 && rest.starts_with(utf8_bom)))
      each(i, 3);
  }
}

// A file holding such characters is yaml-cpp's to read; this is it with each of them replaced by one
// both parsers read as a letter of text, of the same length in bytes and code points, as yaml-cpp
// reads it: a bare carriage return by `x`, a NEL by a no-break space, the rest by a narrow no-break
// space. libyaml's faults in it are then the file's, at the same places: yaml-cpp reads it but passes
// over some faults in silence (an unterminated quote at the end of the file takes the lines after it
// as text). Nothing for a file without such characters.
std::optional<std::string> as_yaml_cpp_reads(std::string_view text) {
  std::optional<std::string> out;
  for_each_read_apart(text, [&](size_t i, size_t length) {
    if (!out) out.emplace(text);
    if (length == 1) (*out)[i] = 'x';
    if (length == 2) out->replace(i, 2, "\xC2\xA0");
    if (length == 3) out->replace(i, 3, "\xE2\x80\xAF");
  });
  return out;
}

class LibyamlParser {
 public:
  explicit LibyamlParser(std::string_view text) {
    m_ready = yaml_parser_initialize(&m_parser) != 0;
    if (!m_ready) return;
    yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~LibyamlParser() {
    if (m_ready) yaml_parser_delete(&m_parser);
  }
  LibyamlParser(const LibyamlParser&) = delete;
  LibyamlParser& operator=(const LibyamlParser&) = delete;

  // The next event, or false at a fault.
  bool next(yaml_event_t& event) { return m_ready && yaml_parser_parse(&m_parser, &event) != 0; }

  // What libyaml found wrong, after next() failed, and where.
  std::string problem() const {
    std::string text = m_parser.problem ? m_parser.problem : "cannot read the file";
    if (m_parser.context) text = std::string(m_parser.context) + ": " + text;
    return text;
  }
  const yaml_mark_t& problem_mark() const { return m_parser.problem_mark; }
  // A fault of its reader (a byte that is not UTF-8, a control character) is placed by byte offset.
  std::optional<size_t> problem_offset() const {
    if (m_parser.error == YAML_READER_ERROR) return m_parser.problem_offset;
    return std::nullopt;
  }

 private:
  yaml_parser_t m_parser{};
  bool m_ready = false;
};

class Event {
 public:
  yaml_event_t& get() { return m_event; }
  ~Event() { yaml_event_delete(&m_event); }

 private:
  yaml_event_t m_event{};
};

YAML::anchor_t anchor_of(const yaml_char_t* anchor) { return anchor ? 1 : YAML::NullAnchor; }

// A collection's tag as yaml-cpp gives it: "?" when it has none.
std::string tag_of(const yaml_char_t* tag) { return tag ? reinterpret_cast<const char*>(tag) : "?"; }

YAML::EmitterStyle::value style_of(bool flow) { return flow ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block; }

// Feeds libyaml's events to the builder.
class Feed {
 public:
  Feed(TreeBuilder& builder, Positions& positions) : m_builder(builder), m_positions(positions) {}

  // Feeds one event; false at the end of the stream.
  bool operator()(yaml_event_t& e) {
    // yaml-cpp places a missing value where the next token starts (libyaml: where the value
    // would), and rel reports problems there: placed as yaml-cpp would, at the next event.
    if (m_missing) {
      m_missing = false;
      m_builder.OnNull(m_positions.at(e.start_mark), m_missing_anchor);
    }
    return dispatch(e);
  }

 private:
  bool dispatch(yaml_event_t& e);

  TreeBuilder& m_builder;
  Positions& m_positions;
  bool m_missing = false;  // a missing value waits for the next event
  YAML::anchor_t m_missing_anchor = YAML::NullAnchor;
};

bool Feed::dispatch(yaml_event_t& e) {
  switch (e.type) {
    case YAML_DOCUMENT_START_EVENT: m_builder.OnDocumentStart(m_positions.at(e.start_mark)); return true;
    case YAML_DOCUMENT_END_EVENT: m_builder.OnDocumentEnd(); return true;
    case YAML_ALIAS_EVENT: m_builder.OnAlias(m_positions.at(e.start_mark), 1); return true;
    case YAML_SCALAR_EVENT: {
      auto& s = e.data.scalar;
      YAML::Mark mark = m_positions.at(e.start_mark);
      std::string value(reinterpret_cast<const char*>(s.value), s.length);
      bool plain = s.style == YAML_PLAIN_SCALAR_STYLE && !s.tag;
      // yaml-cpp reports a missing value and a plain null word as a null.
      if (plain && value.empty())
        m_missing = true, m_missing_anchor = anchor_of(s.anchor);
      else if (plain && (value == "~" || value == "null" || value == "Null" || value == "NULL"))
        m_builder.OnNull(mark, anchor_of(s.anchor));
      else
        m_builder.scalar(mark, anchor_of(s.anchor), plain, std::move(value));
      return true;
    }
    case YAML_SEQUENCE_START_EVENT: {
      auto& s = e.data.sequence_start;
      m_builder.OnSequenceStart(m_positions.at(e.start_mark), tag_of(s.tag), anchor_of(s.anchor),
                                style_of(s.style == YAML_FLOW_SEQUENCE_STYLE));
      return true;
    }
    case YAML_SEQUENCE_END_EVENT: m_builder.OnSequenceEnd(); return true;
    case YAML_MAPPING_START_EVENT: {
      auto& m = e.data.mapping_start;
      m_builder.OnMapStart(m_positions.at(e.start_mark), tag_of(m.tag), anchor_of(m.anchor),
                           style_of(m.style == YAML_FLOW_MAPPING_STYLE));
      return true;
    }
    case YAML_MAPPING_END_EVENT: m_builder.OnMapEnd(); return true;
    case YAML_STREAM_END_EVENT: return false;
    default: return true;
  }
}

}  // namespace

namespace {

// libyaml's reading of `parsed`, with positions counted in `original` (the same length in bytes and
// code points), or its fault.
std::optional<YamlNode> libyaml_reading(std::string_view parsed, std::string_view original, const std::string& file,
                                        std::optional<Diagnostic>* fault) {
  LibyamlParser parser(parsed);
  TreeBuilder builder(file);
  Positions positions(original);
  Feed feed(builder, positions);
  try {
    for (bool more = true; more;) {
      Event event;
      if (!parser.next(event.get())) {
        if (fault) {
          const auto offset = parser.problem_offset();
          const auto mark = offset ? positions.at_byte(*offset) : positions.at(parser.problem_mark());
          *fault = Diagnostic{Location{file, mark.line + 1, mark.column + 1}, parser.problem()};
        }
        return std::nullopt;
      }
      more = feed(event.get());
    }
  } catch (const Error&) {
    return std::nullopt;  // the builder's refusal, made again on yaml-cpp's reading
  }
  return builder.take_root();
}

}  // namespace

std::optional<YamlNode> read_with_libyaml(std::string_view text, const std::string& file,
                                          std::optional<Diagnostic>* fault) {
  if (is_utf16(text)) return std::nullopt;
  if (const auto same = as_yaml_cpp_reads(text)) {
    // Read for its faults alone: the tree is yaml-cpp's, whose values keep the characters replaced.
    libyaml_reading(*same, text, file, fault);
    return std::nullopt;
  }
  return libyaml_reading(text, text, file, fault);
}

YamlNode read_with_yaml_cpp(std::string_view text, const std::string& file) {
  check_flow_depth(text, file);
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(file);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const YAML::Exception& e) {
    throw Error(Location{file, std::max(0, e.mark.line + 1), std::max(0, e.mark.column + 1)}, e.msg);
  }
  return builder.take_root();
}

const YamlNode* YamlNode::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.value == key) return &v;
  return nullptr;
}

const YamlNode* first_explicit_key(const YamlNode& root) {
  if (root.kind == YamlNode::Kind::map && !root.flow)
    for (const auto& entry : root.entries)
      if (entry.first.column != root.column) return &entry.first;
  for (const auto& entry : root.entries)
    if (const auto* key = first_explicit_key(entry.second)) return key;
  for (const auto& item : root.items)
    if (const auto* key = first_explicit_key(item)) return key;
  return nullptr;
}

namespace {

// The 1-based line of a `<<<<<<<` that a `>>>>>>>` line follows: what git leaves in a file whose merge
// needs a human.
std::optional<int> conflict_marker_line(std::string_view text) {
  auto is_marker = [](std::string_view line, char c) {
    return line.size() >= 7 && line.find_first_not_of(c) >= 7 &&
           (line.size() == 7 || line[7] == ' ' || line[7] == '\r' || line[7] == '\t');
  };
  std::optional<int> open;
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    auto line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    ++number;
    if (!open && is_marker(line, '<')) open = number;
    if (open && is_marker(line, '>')) return open;
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return std::nullopt;
}

std::string conflict_message(const std::string& file) {
  std::string_view name(file);
  auto base = name.substr(name.rfind('/') == std::string_view::npos ? 0 : name.rfind('/') + 1);
  if (name.ends_with(".yaml") && !base.starts_with("."))
    return fmt::format("unresolved merge conflict: keep what is right between <<<<<<< and >>>>>>> with `rel edit {}`",
                       name.substr(0, name.size() - 5));
  return "unresolved merge conflict: keep what is right between <<<<<<< and >>>>>>> in your editor";
}

}  // namespace

YamlNode parse_yaml(std::string_view text, const std::string& file) {
  if (text.size() > max_file_bytes)
    throw Error(Location{file, 1, 1}, fmt::format("file is {} bytes, more than the {} MiB a contact may have",
                                                  text.size(), max_file_bytes / (1024 * 1024)));
  std::optional<Diagnostic> fault;
  if (auto root = read_with_libyaml(text, file, &fault)) return std::move(*root);
  // Conflict markers break the YAML; saying so beats saying what they broke ("illegal map value").
  if (auto line = conflict_marker_line(text)) throw Error(Location{file, *line, 1}, conflict_message(file));
  // yaml-cpp's words when it refuses the file too; when only libyaml does, libyaml's: yaml-cpp
  // accepts some broken files silently (an unterminated quote, `tags:[a]` on the last line), taking
  // lines as text that every later edit or merge would then misplace.
  auto root = read_with_yaml_cpp(text, file);
  if (fault) throw Error(std::vector<Diagnostic>{*fault});
  return root;
}

}  // namespace rel::journal
